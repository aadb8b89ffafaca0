import { use, useState } from 'react';
import { budgetTotalsFen, SPENDING_CATEGORIES } from '../../../flows/money/budget';
import { makeOffer } from '../../../flows/money/offer';
import { fill } from '../../i18n/fill';
import { loadMoneyStrings } from '../../i18n/lazy-bundles';
import { useLanguage } from '../../i18n/useLanguage';
import { TextField } from '../form/TextField';
import { useFocusOnMount } from '../useFocusOnMount';
import { formatYuan } from './amount-text';
import { budgetOfTexts, textsOfBudget, type BudgetTexts } from './budget-texts';
import { MoneyNotices } from './MoneyNotices';
import type { MoneyStore } from './money-store';
import { OfferSection } from './OfferSection';
import '../form/form.css';
import './money.css';

export interface BudgetScreenProps {
  readonly store: MoneyStore;
  readonly onBack: () => void;
  readonly onOpenDebts: () => void;
  readonly onOpenLetter?: ((debtId: string) => void) | undefined;
}

export function BudgetScreen({ store, onBack, onOpenDebts, onOpenLetter }: BudgetScreenProps) {
  const strings = use(loadMoneyStrings(useLanguage()));
  const s = strings.budget;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [loaded] = useState(() => ({ budget: store.loadBudget(), debts: store.loadDebts() }));
  const [texts, setTexts] = useState<BudgetTexts>(() => textsOfBudget(loaded.budget.value));
  const { budget, errors } = budgetOfTexts(texts);

  // Every change is kept at once; a field that is not a number keeps its text on screen.
  const change = (next: BudgetTexts) => {
    setTexts(next);
    store.saveBudget(budgetOfTexts(next).budget);
  };
  const error = (key: string) => {
    const reason = errors.get(key);
    return reason === undefined ? undefined : strings.amount_error[reason];
  };
  const totals = budgetTotalsFen(budget);
  const offer = makeOffer(budget, loaded.debts.value);
  const nextKey = Math.max(-1, ...texts.income.map((l) => l.key)) + 1;

  return (
    <section className="screen money" aria-labelledby="budget-heading">
      <h1 id="budget-heading" tabIndex={-1} ref={heading}>
        {s.heading}
      </h1>
      <p className="lead">{s.intro}</p>
      <MoneyNotices
        strings={strings}
        dropped={loaded.budget.dropped + loaded.debts.dropped}
        available={store.available}
      />
      <p>{s.why}</p>
      <h2>{s.income_heading}</h2>
      {texts.income.map((line, index) => (
        <div key={line.key} className="income-line">
          <TextField
            id={`income-label-${line.key}`}
            label={`${fill(s.income_default, { n: String(index + 1) })}: ${s.income_label}`}
            value={line.label}
            onChange={(label) =>
              change({
                ...texts,
                income: texts.income.map((l) => (l.key === line.key ? { ...l, label } : l)),
              })
            }
          />
          <TextField
            id={`income-${line.key}`}
            label={`${fill(s.income_default, { n: String(index + 1) })}: ${s.income_amount}`}
            value={line.amount}
            inputMode="decimal"
            error={error(`income-${line.key}`)}
            onChange={(amount) =>
              change({
                ...texts,
                income: texts.income.map((l) => (l.key === line.key ? { ...l, amount } : l)),
              })
            }
          />
          {texts.income.length > 1 && (
            <p>
              <button
                type="button"
                className="button-link"
                onClick={() =>
                  change({ ...texts, income: texts.income.filter((l) => l.key !== line.key) })
                }
              >
                {s.remove_income}
                <span className="visually-hidden">
                  : {fill(s.income_default, { n: String(index + 1) })}
                </span>
              </button>
            </p>
          )}
        </div>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          change({ ...texts, income: [...texts.income, { key: nextKey, label: '', amount: '' }] })
        }
      >
        {s.add_income}
      </button>
      <h2>{s.spending_heading}</h2>
      {SPENDING_CATEGORIES.map((category) => (
        <TextField
          key={category}
          id={`spending-${category}`}
          label={s.category[category]}
          hint={s.category_why[category]}
          value={texts.spending[category]}
          inputMode="decimal"
          error={error(category)}
          onChange={(value) =>
            change({ ...texts, spending: { ...texts.spending, [category]: value } })
          }
        />
      ))}
      <p className="money-figure" role="status">
        {fill(s.totals, {
          income: formatYuan(totals.income / 100),
          spending: formatYuan(totals.spending / 100),
          available: formatYuan(Math.max(offer.available, 0)),
        })}
      </p>
      <OfferSection
        strings={strings}
        debts={loaded.debts.value}
        offer={offer}
        onOpenLetter={onOpenLetter}
      />
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onOpenDebts}>
          {s.to_debts}
        </button>
        <button type="button" className="button button-secondary" onClick={onBack}>
          {strings.back}
        </button>
      </div>
    </section>
  );
}
