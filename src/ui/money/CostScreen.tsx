import { use, useState } from 'react';
import { isCalendarDate } from '../../../flows/dates/calendar-date';
import { PERIODS_PER_YEAR, parseLoan, type Loan, type Period } from '../../../flows/money/loan';
import { PRIVATE_CAP_SINCE } from '../../../flows/money/rate-lines';
import { costPerHundredYuanPerYear, trueCost } from '../../../flows/money/true-cost';
import { fill } from '../../i18n/fill';
import { loadMoneyStrings, type MoneyStrings } from '../../i18n/lazy-bundles';
import { useLanguage } from '../../i18n/useLanguage';
import { TextField } from '../form/TextField';
import { useFocusOnMount } from '../useFocusOnMount';
import { formatYuan, readAmount, readCount } from './amount-text';
import { startingTexts, type CostTexts as Texts } from './cost-start';
import '../form/form.css';
import './money.css';

export interface CostScreenProps {
  readonly onBack: () => void;
  /** The loan last computed here (kept on the device): the screen starts from it. */
  readonly lastLoan?: Loan | null;
  /** Else a debt of the list with a contractual monthly payment: it fills the amount. */
  readonly fromDebt?: { readonly lender: string; readonly monthly: number } | null;
  /** Each loan computed, to keep (the complaint letter quotes its rate). */
  readonly onComputed?: (loan: Loan) => void;
}

const PERIODS = Object.keys(PERIODS_PER_YEAR) as Period[];

type Read = { loan: Loan | null; errors: Partial<Record<keyof Texts, string>> };

function readLoan(texts: Texts, strings: MoneyStrings): Read {
  const errors: Read['errors'] = {};
  const received = readAmount(texts.received, { positive: true });
  if (!received.ok) errors.received = strings.amount_error[received.error];
  const principal = readAmount(texts.principal, { positive: true });
  if (!principal.ok) errors.principal = strings.amount_error[principal.error];
  const date = texts.date.normalize('NFKC').trim();
  if (date !== '' && !isCalendarDate(date)) errors.date = strings.cost.date_error;
  const count = readCount(texts.count, false);
  if (!count.ok) errors.count = strings.amount_error.whole_number;
  const amount = readAmount(texts.amount, { positive: true });
  if (!amount.ok) errors.amount = strings.amount_error[amount.error];
  if (
    received.ok &&
    principal.ok &&
    principal.yuan !== undefined &&
    received.yuan !== undefined &&
    principal.yuan < received.yuan
  ) {
    errors.principal = strings.cost.principal_below;
  }
  if (!received.ok || !principal.ok || !count.ok || !amount.ok || Object.keys(errors).length > 0)
    return { loan: null, errors };
  if (received.yuan === undefined || count.value === undefined || amount.yuan === undefined)
    return { loan: null, errors };
  const parsed = parseLoan({
    received: received.yuan,
    ...(principal.yuan === undefined ? {} : { contract_principal: principal.yuan }),
    ...(date === '' ? {} : { contract_date: date }),
    schedule: { count: count.value, every: texts.every, amount: amount.yuan },
  });
  return { loan: parsed.ok ? parsed.loan : null, errors };
}

/** A percentage for people: no more than 2 decimals, thousands separated. */
function percent(rate: number): string {
  return `${(rate * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;
}

export function CostScreen({ onBack, lastLoan, fromDebt, onComputed }: CostScreenProps) {
  const strings = use(loadMoneyStrings(useLanguage()));
  const s = strings.cost;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [start] = useState(() => startingTexts(lastLoan, fromDebt));
  const [texts, setTexts] = useState<Texts>(start.texts);
  const change = (next: Texts) => {
    setTexts(next);
    const computed = readLoan(next, strings).loan;
    if (computed !== null) onComputed?.(computed);
  };
  const set = (key: keyof Texts) => (value: string) => change({ ...texts, [key]: value });
  const { loan, errors } = readLoan(texts, strings);
  const cost = loan === null ? null : trueCost(loan);

  return (
    <section className="screen money" aria-labelledby="cost-heading">
      <h1 id="cost-heading" tabIndex={-1} ref={heading}>
        {s.heading}
      </h1>
      <p className="lead">{s.intro}</p>
      {start.from === 'kept' && <p className="notice">{s.from_kept}</p>}
      {start.from === 'debt' && fromDebt && (
        <p className="notice">{fill(s.from_debt, { lender: fromDebt.lender })}</p>
      )}
      <form className="money-form" onSubmit={(e) => e.preventDefault()} noValidate>
        <TextField
          id="cost-received"
          label={s.received}
          hint={s.received_hint}
          value={texts.received}
          onChange={set('received')}
          error={errors.received}
          inputMode="decimal"
        />
        <TextField
          id="cost-principal"
          label={s.contract_principal}
          hint={s.contract_principal_hint}
          value={texts.principal}
          onChange={set('principal')}
          error={errors.principal}
          inputMode="decimal"
        />
        <TextField
          id="cost-date"
          label={s.contract_date}
          hint={s.contract_date_hint}
          value={texts.date}
          onChange={set('date')}
          error={errors.date}
        />
        <TextField
          id="cost-count"
          label={s.count}
          value={texts.count}
          onChange={set('count')}
          error={errors.count}
          inputMode="numeric"
        />
        <div className="field">
          <label htmlFor="cost-every">{s.every}</label>
          <select
            id="cost-every"
            value={texts.every}
            onChange={(e) => change({ ...texts, every: e.target.value as Period })}
          >
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {s.period[period]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="cost-amount"
          label={s.amount}
          value={texts.amount}
          onChange={set('amount')}
          error={errors.amount}
          inputMode="decimal"
        />
      </form>
      <section aria-labelledby="cost-result-heading" aria-live="polite">
        <h2 id="cost-result-heading">{s.result_heading}</h2>
        {cost === null ? (
          <p>{s.incomplete}</p>
        ) : (
          <>
            <p className="money-figure">{fill(s.apr, { rate: percent(cost.apr) })}</p>
            <p>
              {cost.effective_annual === null
                ? s.effective_huge
                : fill(s.effective, { rate: percent(cost.effective_annual) })}
            </p>
            <p className="muted">{s.rates_note}</p>
            <p className="money-figure">
              {cost.apr > 0
                ? fill(s.plain, { amount: String(costPerHundredYuanPerYear(cost.apr)) })
                : s.plain_none}
            </p>
            <p>
              {fill(s.total_repaid, {
                amount: formatYuan(cost.total_repaid),
                received: formatYuan(cost.received),
              })}
            </p>
            {cost.deducted_upfront > 0 && (
              <p>{fill(s.deducted, { amount: formatYuan(cost.deducted_upfront) })}</p>
            )}
            <h3>{s.lines_heading}</h3>
            <ul className="rate-lines">
              <RateLine
                name={s.line_24}
                crossed={cost.above_24}
                scope={s.line_24_scope}
                strings={s}
              />
              <RateLine
                name={s.line_36}
                crossed={cost.above_36}
                scope={s.line_36_scope}
                strings={s}
              />
              {cost.private_cap !== null && cost.lpr_as_of !== null ? (
                <RateLine
                  name={fill(s.line_cap, { cap: percent(cost.private_cap), date: cost.lpr_as_of })}
                  crossed={cost.above_private_cap === true}
                  scope={s.line_cap_scope}
                  strings={s}
                />
              ) : (
                loan?.contract_date !== undefined &&
                loan.contract_date < PRIVATE_CAP_SINCE && <li>{s.line_cap_old}</li>
              )}
            </ul>
            <p>{s.not_void}</p>
          </>
        )}
      </section>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onBack}>
          {strings.back}
        </button>
      </div>
    </section>
  );
}

function RateLine({
  name,
  crossed,
  scope,
  strings,
}: {
  readonly name: string;
  readonly crossed: boolean;
  readonly scope: string;
  readonly strings: MoneyStrings['cost'];
}) {
  return (
    <li>
      <strong>
        {crossed ? strings.crossed : strings.not_crossed} {name}
      </strong>
      <br />
      {scope}
    </li>
  );
}
