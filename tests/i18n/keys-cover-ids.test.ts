// Every id in the flow has its words in every language: questions, options, actions (title,
// a why per trigger, steps, contact, evidence, details) and every fact. No key is left unused.
import { ACTION_RULES } from '../../flows/debt-collection/actions';
import { FACT_KEYS } from '../../flows/debt-collection/legal-facts';
import { QUESTIONS, QUESTION_IDS } from '../../flows/debt-collection/questions';
import type { ActionRule, Cite } from '../../flows/debt-collection/rule-helpers';
import { LANGUAGES, readLocale, type Tree } from '../support/locales';

const rules = ACTION_RULES as readonly ActionRule[];
const factOf = (cite: Cite) => (typeof cite === 'string' ? cite : cite.fact);

describe.each(LANGUAGES)('%s', (language) => {
  const files = readLocale(language);
  const question = files['questions.json']?.question as Record<string, Tree>;
  const action = files['actions.json']?.action as Record<string, Tree>;
  const fact = files['facts.json']?.fact as Record<string, Tree>;

  it('has a title, a why and a label for every option of every question, and nothing else', () => {
    expect(Object.keys(question).sort()).toEqual([...QUESTION_IDS].sort());
    for (const q of QUESTION_IDS) {
      const text = question[q] as {
        title: string;
        why: string;
        option: Record<string, { label: string }>;
      };
      expect(text.title, q).toBeTruthy();
      expect(text.why, q).toBeTruthy();
      expect(Object.keys(text.option).sort(), q).toEqual([...QUESTIONS[q].options].sort());
      for (const o of QUESTIONS[q].options) expect(text.option[o]?.label, `${q}.${o}`).toBeTruthy();
    }
  });

  it('has every part of every action, a why for each trigger and text for each detail', () => {
    expect(Object.keys(action).sort()).toEqual(rules.map((r) => r.id).sort());
    for (const rule of rules) {
      const text = action[rule.id] as {
        title: string;
        why: Record<string, string>;
        steps: string[];
        contact?: string;
        evidence: string;
        detail?: Record<string, string>;
      };
      expect(text.title, rule.id).toBeTruthy();
      expect(Object.keys(text.why).sort(), rule.id).toEqual(
        [...new Set(rule.triggers.map((t) => t.id))].sort(),
      );
      expect(text.steps.length, rule.id).toBeGreaterThanOrEqual(2);
      expect(text.steps.length, rule.id).toBeLessThanOrEqual(5);
      expect(text.evidence, rule.id).toBeTruthy();
      expect(text.contact !== undefined, `${rule.id} contact`).toBe(
        (rule.contacts ?? []).length > 0,
      );
      expect(Object.keys(text.detail ?? {}).sort(), rule.id).toEqual(
        [...new Set((rule.details ?? []).map((d) => d.id))].sort(),
      );
    }
  });

  it('has a name and summary for every fact, and every cited fact exists', () => {
    expect(Object.keys(fact).sort()).toEqual([...FACT_KEYS].sort());
    for (const key of FACT_KEYS) {
      const text = fact[key] as { name: string; summary: string };
      expect(text.name, key).toBeTruthy();
      expect(text.summary, key).toBeTruthy();
    }
    for (const rule of rules) {
      expect(rule.cites.length, rule.id).toBeGreaterThan(0);
      for (const cite of rule.cites) expect(FACT_KEYS, rule.id).toContain(factOf(cite));
      for (const contact of rule.contacts ?? []) expect(FACT_KEYS, rule.id).toContain(contact.fact);
    }
  });
});
