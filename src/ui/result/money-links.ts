// Which actions lead on to a money screen (shared/spec/money-tools.md §6): negotiating needs the
// budget and the offer; disputing a rate needs the loan's true cost.
import type { ActionId } from '../../../flows/debt-collection/actions';

export type MoneyLink = 'budget' | 'cost';

const LINKS: Partial<Record<ActionId, MoneyLink>> = {
  prepare_negotiation: 'budget',
  negotiate_with_creditor: 'budget',
  renegotiate: 'budget',
  request_card_instalment: 'budget',
  challenge_interest: 'cost',
  report_illegal_lending: 'cost',
};

export function moneyLinkOf(action: ActionId): MoneyLink | null {
  return LINKS[action] ?? null;
}
