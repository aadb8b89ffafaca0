import { use, useState } from 'react';
import type { Debt } from '../../../flows/money/debts';
import { fill } from '../../i18n/fill';
import { loadMoneyStrings, type MoneyStrings } from '../../i18n/lazy-bundles';
import { useLanguage } from '../../i18n/useLanguage';
import { useFocusOnMount } from '../useFocusOnMount';
import { formatYuan } from './amount-text';
import { DebtForm } from './DebtForm';
import { MoneyNotices } from './MoneyNotices';
import type { MoneyStore } from './money-store';
import '../form/form.css';
import './money.css';

export interface DebtsScreenProps {
  readonly store: MoneyStore;
  readonly onBack: () => void;
  readonly onOpenBudget: () => void;
}

function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
}

export function DebtsScreen({ store, onBack, onOpenBudget }: DebtsScreenProps) {
  const strings = use(loadMoneyStrings(useLanguage()));
  const s = strings.debts;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [loaded] = useState(() => store.loadDebts());
  const [debts, setDebts] = useState<readonly Debt[]>(loaded.value);
  const [editing, setEditing] = useState<Debt | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [status, setStatus] = useState('');

  const commit = (next: readonly Debt[], message: string) => {
    setDebts(next);
    setStatus(store.saveDebts(next) ? message : strings.storage_off);
  };
  const save = (debt: Omit<Debt, 'id'>) => {
    commit(
      editing
        ? debts.map((d) => (d.id === editing.id ? { ...debt, id: editing.id } : d))
        : [...debts, { ...debt, id: newId() }],
      strings.saved,
    );
    setEditing(null);
    setFormKey((k) => k + 1);
  };
  const total = debts.reduce((sum, d) => sum + Math.round(d.balance * 100), 0) / 100;

  return (
    <section className="screen money" aria-labelledby="debts-heading">
      <h1 id="debts-heading" tabIndex={-1} ref={heading}>
        {s.heading}
      </h1>
      <p className="lead">{s.intro}</p>
      <MoneyNotices strings={strings} dropped={loaded.dropped} available={store.available} />
      <h2>{fill(s.list_heading, { count: String(debts.length) })}</h2>
      {debts.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <>
          <ul className="debt-list">
            {debts.map((debt) => (
              <li key={debt.id} className="debt-item">
                <p className="debt-lender">
                  <strong>{debt.lender}</strong> · {strings.kind[debt.kind]}
                </p>
                <p>{debtFacts(debt, strings.debts)}</p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => {
                      setEditing(debt);
                      setFormKey((k) => k + 1);
                    }}
                  >
                    {s.edit}
                    <span className="visually-hidden">: {debt.lender}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() =>
                      commit(
                        debts.filter((d) => d.id !== debt.id),
                        fill(s.removed, { lender: debt.lender }),
                      )
                    }
                  >
                    {s.remove}
                    <span className="visually-hidden">: {debt.lender}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <p>
            <strong>{fill(s.total, { amount: formatYuan(total) })}</strong>
          </p>
        </>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <DebtForm
        key={formKey}
        strings={strings}
        editing={editing}
        onSave={save}
        onCancel={() => {
          setEditing(null);
          setFormKey((k) => k + 1);
        }}
      />
      <div className="button-row">
        <button type="button" className="button" onClick={onOpenBudget}>
          {s.to_budget}
        </button>
        <button type="button" className="button button-secondary" onClick={onBack}>
          {strings.back}
        </button>
      </div>
    </section>
  );
}

function debtFacts(debt: Debt, s: MoneyStrings['debts']): string {
  const parts = [fill(s.row_balance, { amount: formatYuan(debt.balance) })];
  if (debt.contract_monthly !== undefined) {
    parts.push(fill(s.row_monthly, { amount: formatYuan(debt.contract_monthly) }));
  }
  if (debt.overdue_months !== undefined) {
    parts.push(fill(s.row_overdue, { count: String(debt.overdue_months) }));
  }
  if (debt.judgment) {
    parts.push(
      debt.judgment_monthly === undefined
        ? s.row_judgment_unknown
        : fill(s.row_judgment, { amount: formatYuan(debt.judgment_monthly) }),
    );
  }
  return parts.join(' · ');
}
