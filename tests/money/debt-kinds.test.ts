// A debt's kind is a `debt_type` option id. The two lists are kept apart for now: this fails the
// moment they disagree beyond the one id still being added to the questions.
import { QUESTIONS } from '../../flows/debt-collection/questions';
import { DEBT_KINDS } from '../../flows/money/debt-kinds';

const PENDING_IN_QUESTIONS = ['unlicensed_online'];

describe('debt kinds', () => {
  it('include every debt_type option', () => {
    const kinds: readonly string[] = DEBT_KINDS;
    expect(QUESTIONS.debt_type.options.filter((o) => !kinds.includes(o))).toEqual([]);
  });
  it('add nothing to the debt_type options but the id being added there', () => {
    const options: readonly string[] = QUESTIONS.debt_type.options;
    const extra = DEBT_KINDS.filter((kind) => !options.includes(kind));
    expect(extra.every((kind) => PENDING_IN_QUESTIONS.includes(kind))).toBe(true);
  });
  it('are the six ids of the money tools contract', () => {
    expect([...DEBT_KINDS].sort()).toEqual(
      [
        'bank_credit_card',
        'bank_loan',
        'online_lender',
        'private_lender',
        'unknown',
        'unlicensed_online',
      ].sort(),
    );
  });
});
