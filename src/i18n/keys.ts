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
}

type Tree<T> = Record<string, T | undefined>;

export function questionText(t: TFunction, question: QuestionId): QuestionText {
  const all = t(($) => $.question, { returnObjects: true }) as unknown as Tree<QuestionText>;
  return all[question] ?? { title: '', why: '', option: {} };
}

export function optionLabel(t: TFunction, question: QuestionId, option: string): string {
  return questionText(t, question).option[option]?.label ?? '';
}

export function actionText(t: TFunction, action: ActionId): ActionText {
  const all = t(($) => $.action, { returnObjects: true }) as unknown as Tree<ActionText>;
  return all[action] ?? { title: '', why: {}, steps: [], evidence: '' };
}

export function factText(t: TFunction, fact: FactKey): FactText {
  const all = t(($) => $.fact, { returnObjects: true }) as unknown as Tree<FactText>;
  return all[fact] ?? { name: '', summary: '' };
}
