// The few typed helpers for keys built from ids (question, option, action, fact). Casting happens
// here and nowhere else; tests/i18n/keys-cover-ids.test.ts proves every id has its keys.
import type { TFunction } from 'i18next';
import type { ActionId } from '../../flows/debt-collection/actions';
import type { FactKey } from '../../flows/debt-collection/legal-facts';
import type { QuestionId } from '../../flows/debt-collection/questions';

export interface OptionText {
  readonly label: string;
  readonly hint?: string;
}
export interface QuestionText {
  readonly title: string;
  readonly why: string;
  readonly option: Readonly<Record<string, OptionText>>;
}
export interface ActionText {
  readonly title: string;
  readonly why: Readonly<Record<string, string>>;
  readonly steps: readonly string[];
  readonly contact?: string;
  readonly evidence: string;
  readonly detail?: Readonly<Record<string, string>>;
}
export interface FactText {
  readonly name: string;
  readonly summary: string;
  /** The official citation (document, issuer, number, date), or a hotline's owner. */
  readonly citation?: string;
  /** A hotline's own button label, where "call {{name}}" would mislead (12368, 12321, 12378). */
  readonly call?: string;
  /** The label for a hotline's official website. */
  readonly site?: string;
}

// Each helper asks i18next for one subtree: asking for the whole tree would make it interpolate
// every string of every question or action on each call (milliseconds per tap on a slow phone).
function subtree<T extends object>(text: unknown, empty: T): T {
  return typeof text === 'object' && text !== null ? (text as T) : empty;
}

export function questionText(t: TFunction, question: QuestionId): QuestionText {
  const text: unknown = t(($) => $.question[question], { returnObjects: true });
  return subtree<QuestionText>(text, { title: '', why: '', option: {} });
}

export function optionLabel(t: TFunction, question: QuestionId, option: string): string {
  return questionText(t, question).option[option]?.label ?? '';
}

export function actionText(t: TFunction, action: ActionId): ActionText {
  const text: unknown = t(($) => $.action[action], { returnObjects: true });
  return subtree<ActionText>(text, { title: '', why: {}, steps: [], evidence: '' });
}

export function factText(t: TFunction, fact: FactKey): FactText {
  const text: unknown = t(($) => $.fact[fact], { returnObjects: true });
  return subtree<FactText>(text, { name: '', summary: '' });
}

/** A hotline's button or list label: its own words where it has them, else "call <name>". */
export function hotlineLabel(t: TFunction, fact: FactKey): string {
  const text = factText(t, fact);
  return text.call ?? t(($) => $.result.call_named, { name: text.name });
}
