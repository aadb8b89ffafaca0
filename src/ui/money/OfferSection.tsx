import type { Debt } from '../../../flows/money/debts';
import type { Offer } from '../../../flows/money/offer';
import { offerWarnings, type OfferWarning } from '../../../flows/money/offer-warnings';
import { fill } from '../../i18n/fill';
import type { MoneyStrings } from '../../i18n/lazy-bundles';
import { formatYuan } from './amount-text';

export interface OfferSectionProps {
  readonly strings: MoneyStrings;
  readonly debts: readonly Debt[];
  readonly offer: Offer;
  /** Opens the negotiation letter for one debt; absent until the guide's questions are answered. */
  readonly onOpenLetter?: ((debtId: string) => void) | undefined;
}

/** The offer as a table (share and months to clear per debt, the total), with its warnings. */
export function OfferSection({ strings, debts, offer, onOpenLetter }: OfferSectionProps) {
  const s = strings.offer;
  const lenderOf = (id: string) => debts.find((d) => d.id === id)?.lender ?? '';
  const total = offer.shares.reduce((sum, share) => sum + share.share, 0);
  return (
    <section className="offer" aria-labelledby="offer-heading">
      <h2 id="offer-heading">{s.heading}</h2>
      {debts.length === 0 ? (
        <p>{s.no_debts}</p>
      ) : (
        <>
          <ul className="warnings">
            {offerWarnings(offer, debts).map((warning) => (
              <li key={warningKey(warning)} className="notice">
                {warningText(warning, s.warning, lenderOf)}
              </li>
            ))}
          </ul>
          <div className="offer-table-wrap">
            <table className="offer-table">
              <caption>
                {fill(s.caption, { available: formatYuan(Math.max(offer.available, 0)) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{s.col_lender}</th>
                  <th scope="col">{s.col_balance}</th>
                  <th scope="col">{s.col_share}</th>
                  <th scope="col">{s.col_months}</th>
                </tr>
              </thead>
              <tbody>
                {debts.map((debt, i) => {
                  const share = offer.shares[i];
                  return (
                    <tr key={debt.id}>
                      <th scope="row">{debt.lender}</th>
                      <td>{formatYuan(debt.balance)}</td>
                      <td>{formatYuan(share?.share ?? 0)}</td>
                      <td>
                        {share?.months_to_clear == null
                          ? s.never
                          : fill(s.months, { count: String(share.months_to_clear) })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{s.total}</th>
                  <td>{formatYuan(debts.reduce((sum, d) => sum + d.balance, 0))}</td>
                  <td>{formatYuan(total)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="muted">{s.how}</p>
          <h3>{s.letters_heading}</h3>
          {onOpenLetter ? (
            <>
              <p>{s.letters_intro}</p>
              <ul className="offer-letters">
                {debts.map((debt) => (
                  <li key={debt.id}>
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => onOpenLetter(debt.id)}
                    >
                      {fill(s.letter_for, { lender: debt.lender })}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{s.letters_after_guide}</p>
          )}
        </>
      )}
    </section>
  );
}

function warningKey(warning: OfferWarning): string {
  return 'id' in warning ? `${warning.kind}-${warning.id}` : warning.kind;
}

function warningText(
  warning: OfferWarning,
  s: MoneyStrings['offer']['warning'],
  lenderOf: (id: string) => string,
): string {
  switch (warning.kind) {
    case 'no_surplus':
      return s.no_surplus;
    case 'short_of_judgments':
      return fill(s.short_of_judgments, { lenders: warning.ids.map(lenderOf).join('、') });
    case 'far_below_contract':
      return fill(s.far_below_contract, { lender: lenderOf(warning.id) });
    case 'judgment_without_monthly':
      return fill(s.judgment_without_monthly, { lender: lenderOf(warning.id) });
  }
}
