import { useState, type FormEvent } from 'react';
import { DEBT_KINDS, type DebtKind } from '../../../flows/money/debt-kinds';
import type { Debt } from '../../../flows/money/debts';
import type { MoneyStrings } from '../../i18n/lazy-bundles';
import { TextField } from '../form/TextField';
import { amountText, readAmount, readCount } from './amount-text';

export interface DebtFormProps {
  readonly strings: MoneyStrings;
  /** The debt being changed; null to add one. */
  readonly editing: Debt | null;
  readonly onSave: (debt: Omit<Debt, 'id'>) => void;
  readonly onCancel: () => void;
}

interface Texts {
  lender: string;
  kind: DebtKind;
  balance: string;
  contract_monthly: string;
  overdue_months: string;
  judgment: boolean;
  judgment_monthly: string;
}

function textsOf(debt: Debt | null): Texts {
  return {
    lender: debt?.lender ?? '',
    kind: debt?.kind ?? 'online_lender',
    balance: amountText(debt?.balance),
    contract_monthly: amountText(debt?.contract_monthly),
    overdue_months: debt?.overdue_months === undefined ? '' : String(debt.overdue_months),
    judgment: debt?.judgment ?? false,
    judgment_monthly: amountText(debt?.judgment_monthly),
  };
}

type Checked =
  | { ok: true; debt: Omit<Debt, 'id'> }
  | { ok: false; errors: Partial<Record<keyof Texts, string>> };

function check(texts: Texts, strings: MoneyStrings): Checked {
  const errors: Partial<Record<keyof Texts, string>> = {};
  const lender = texts.lender.trim();
  if (lender.length < 1 || lender.length > 60) errors.lender = strings.debts.lender_error;
  const balance = readAmount(texts.balance, { required: true, positive: true });
  if (!balance.ok) errors.balance = strings.amount_error[balance.error];
  const monthly = readAmount(texts.contract_monthly);
  if (!monthly.ok) errors.contract_monthly = strings.amount_error[monthly.error];
  const overdue = readCount(texts.overdue_months, false);
  if (!overdue.ok) errors.overdue_months = strings.amount_error.whole_number;
  const judgmentMonthly = texts.judgment
    ? readAmount(texts.judgment_monthly, { positive: true })
    : ({ ok: true, yuan: undefined } as const);
  if (!judgmentMonthly.ok) errors.judgment_monthly = strings.amount_error[judgmentMonthly.error];
  if (!balance.ok || !monthly.ok || !overdue.ok || !judgmentMonthly.ok || errors.lender) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    debt: {
      lender,
      kind: texts.kind,
      balance: balance.yuan ?? 0,
      ...(monthly.yuan === undefined ? {} : { contract_monthly: monthly.yuan }),
      ...(overdue.value === undefined ? {} : { overdue_months: overdue.value }),
      judgment: texts.judgment,
      ...(judgmentMonthly.yuan === undefined ? {} : { judgment_monthly: judgmentMonthly.yuan }),
    },
  };
}

/** Adds or changes one debt; what was typed stays as typed, with a message beside what is wrong. */
export function DebtForm({ strings, editing, onSave, onCancel }: DebtFormProps) {
  const [texts, setTexts] = useState(() => textsOf(editing));
  const [tried, setTried] = useState(false);
  const checked = check(texts, strings);
  const errors = tried && !checked.ok ? checked.errors : {};
  const s = strings.debts;
  const set =
    <K extends keyof Texts>(key: K) =>
    (value: Texts[K]) =>
      setTexts((all) => ({ ...all, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (checked.ok) onSave(checked.debt);
  };

  return (
    <form className="money-form" onSubmit={submit} noValidate>
      <h2>{editing ? s.edit_heading : s.add_heading}</h2>
      <TextField
        id="debt-lender"
        label={s.lender}
        hint={s.lender_hint}
        value={texts.lender}
        onChange={set('lender')}
        error={errors.lender}
      />
      <div className="field">
        <label htmlFor="debt-kind">{s.kind_label}</label>
        <select
          id="debt-kind"
          value={texts.kind}
          onChange={(e) => set('kind')(e.target.value as DebtKind)}
        >
          {DEBT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {strings.kind[kind]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id="debt-balance"
        label={s.balance}
        hint={s.balance_hint}
        value={texts.balance}
        onChange={set('balance')}
        error={errors.balance}
        inputMode="decimal"
      />
      <TextField
        id="debt-monthly"
        label={s.contract_monthly}
        value={texts.contract_monthly}
        onChange={set('contract_monthly')}
        error={errors.contract_monthly}
        inputMode="decimal"
      />
      <TextField
        id="debt-overdue"
        label={s.overdue_months}
        value={texts.overdue_months}
        onChange={set('overdue_months')}
        error={errors.overdue_months}
        inputMode="numeric"
      />
      <div className="field choice">
        <input
          id="debt-judgment"
          type="checkbox"
          checked={texts.judgment}
          onChange={(e) => set('judgment')(e.target.checked)}
        />
        <label htmlFor="debt-judgment">{s.judgment}</label>
      </div>
      {texts.judgment && (
        <TextField
          id="debt-judgment-monthly"
          label={s.judgment_monthly}
          value={texts.judgment_monthly}
          onChange={set('judgment_monthly')}
          error={errors.judgment_monthly}
          inputMode="decimal"
        />
      )}
      <div className="button-row">
        <button type="submit" className="button">
          {s.save}
        </button>
        {editing && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {s.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
