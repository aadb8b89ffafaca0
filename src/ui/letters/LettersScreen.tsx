import { use, useState } from 'react';
import { onPathAnswers } from '../../../flows/debt-collection/position';
import { FlowContext } from '../../app/flow-context';
import { loadEvidence } from '../../boundaries/evidence-store';
import { loadBudget, loadDebts, loadLastLoan } from '../../boundaries/money-store';
import { trueCost } from '../../../flows/money/true-cost';
import type { SafeStorage } from '../../boundaries/storage';
import { loadLettersStrings, loadMoneyStrings } from '../../i18n/lazy-bundles';
import type { Debt } from '../../../flows/money/debts';
import { fill } from '../../i18n/fill';
import {
  asksLenderKind,
  hasNegotiationOffers,
  letterNotes,
  negotiationOffer,
  regulatorFor,
  suggestedLetters,
  type LetterKind,
} from '../../../flows/debt-collection/letters';
import { composeLetter, type LetterOptions } from '../../letters/compose';
import { fieldsFor } from '../../letters/letter-fields';
import {
  letterLanguageFor,
  offersScriptChoice,
  type LetterScript,
} from '../../letters/letter-language';
import {
  checkLetterForm,
  emptyLetterForm,
  type LetterField,
  type LetterFormValues,
} from '../../letters/letter-form';
import { useLanguage } from '../../i18n/useLanguage';
import { useFocusOnMount } from '../useFocusOnMount';
import { todayIso } from '../today';
import { LetterChooser } from './LetterChooser';
import { LetterDebtChoice } from './LetterDebtChoice';
import { LetterFields } from './LetterFields';
import { LetterNotes } from './LetterNotes';
import { LetterOptionsFields } from './LetterOptionsFields';
import { LetterOutput } from './LetterOutput';
import { LetterScriptChoice } from './LetterScriptChoice';
import '../form/form.css';
import './letters.css';

export interface LettersScreenProps {
  readonly storage: SafeStorage;
  readonly onBack: () => void;
  readonly onOpenEvidence: () => void;
  /** The debt of the list whose negotiation letter was asked for (from the offer). */
  readonly debtId?: string | null;
}

/** The form's fields a debt of the list fills in: who it is owed to and how much. */
function debtValues(debt: Debt | undefined) {
  return debt === undefined ? {} : { creditor: debt.lender, total: String(debt.balance) };
}

export function LettersScreen({ storage, onBack, onOpenEvidence, debtId }: LettersScreenProps) {
  const language = useLanguage();
  const [script, setScript] = useState<LetterScript>('zh-CN');
  const letterLanguage = letterLanguageFor(language, script);
  const strings = use(loadLettersStrings(language));
  const letterText = use(loadLettersStrings(letterLanguage)).letter;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const answers = onPathAnswers(FlowContext.useSelector((s) => s.context));
  const [evidence] = useState(() => {
    const loaded = loadEvidence(storage);
    return loaded.kind === 'ok' ? loaded.entries : [];
  });
  const [money] = useState(() => {
    const debts = loadDebts(storage).value;
    const budget = loadBudget(storage).value;
    return hasNegotiationOffers(budget, debts) ? { debts, budget } : null;
  });
  // The rate last computed on the cost screen, quoted by the complaint.
  const [cost] = useState(() => {
    const loan = loadLastLoan(storage);
    return loan === null ? null : trueCost(loan);
  });
  const asked = money?.debts.find((debt) => debt.id === debtId);
  // Asked for from the offer, or chosen here: the form's creditor and total come from it.
  const [letterDebt, setLetterDebt] = useState<string | null>(asked?.id ?? null);
  const suggested = suggestedLetters(answers);
  const [kind, setKind] = useState<LetterKind>(
    asked ? 'negotiation' : (suggested[0] ?? 'negotiation'),
  );
  const [values, setValues] = useState<LetterFormValues>(() => ({
    ...emptyLetterForm(todayIso()),
    ...debtValues(asked),
  }));
  const [visited, setVisited] = useState<ReadonlySet<LetterField>>(new Set());
  const [options, setOptions] = useState<LetterOptions>({
    recipient: 'creditor',
    lenderKind: 'unsure',
    includeEvidence: evidence.length > 0,
  });
  // The person's own edits, kept per letter, per script and per debt: none mixes with another.
  const [edits, setEdits] = useState<Partial<Record<string, string>>>({});

  const offer =
    kind === 'negotiation' && money !== null && letterDebt !== null
      ? negotiationOffer(money.budget, money.debts, letterDebt)
      : null;
  const categoryNames = offer ? use(loadMoneyStrings(letterLanguage)).budget.category : null;
  const { input, problems } = checkLetterForm(values);
  const context = {
    answers,
    input,
    options,
    evidence,
    language: letterLanguage,
    ...(offer && categoryNames ? { offer: { offer, categoryNames } } : {}),
    ...(cost ? { cost } : {}),
  };
  const generated = composeLetter(kind, letterText, context);
  const editKey = `${kind}/${letterLanguage}/${offer ? letterDebt : ''}`;
  const edited = edits[editKey];
  const regulator = regulatorFor(answers.debt_type, options.lenderKind);
  const fields = fieldsFor(kind, options, offer !== null);
  const chooseDebt = (id: string | null) => {
    setLetterDebt(id);
    setValues((all) => ({ ...all, ...debtValues(money?.debts.find((debt) => debt.id === id)) }));
  };
  const shownProblems = fields.filter((f) => visited.has(f) && problems[f] !== undefined).length;
  const ui = strings.ui;

  return (
    <section className="screen letters-screen" aria-labelledby="letters-heading">
      <h1 id="letters-heading" tabIndex={-1} ref={heading}>
        {ui.heading}
      </h1>
      <p>{ui.intro}</p>
      {language !== letterLanguage && <p className="muted">{ui.language_note}</p>}
      <button type="button" className="button-link" onClick={onBack}>
        {ui.back}
      </button>
      {offersScriptChoice(language) && (
        <LetterScriptChoice strings={ui} script={script} onChange={setScript} />
      )}
      <LetterChooser strings={ui} chosen={kind} suggested={suggested} onChoose={setKind} />
      <LetterNotes strings={ui} notes={letterNotes(kind, answers, options.lenderKind)} />
      <section className="letter-form" aria-labelledby="letter-form-heading">
        <h2 id="letter-form-heading">{ui.form_heading}</h2>
        <p className="muted">{ui.form_hint}</p>
        {kind === 'negotiation' && money !== null && (
          <LetterDebtChoice
            strings={ui}
            debts={money.debts}
            chosen={letterDebt}
            onChoose={chooseDebt}
          />
        )}
        {kind === 'complaint' && (
          <LetterOptionsFields
            strings={ui}
            options={options}
            evidenceCount={evidence.length}
            askRecipient={regulator !== 'none'}
            askLenderKind={asksLenderKind(answers.debt_type)}
            onChange={setOptions}
            onOpenEvidence={onOpenEvidence}
          />
        )}
        <LetterFields
          strings={ui}
          fields={fields}
          values={values}
          problems={problems}
          visited={visited}
          onChange={(field, value) => setValues((all) => ({ ...all, [field]: value }))}
          onLeave={(field) => setVisited((all) => new Set(all).add(field))}
        />
        <p className="form-status" aria-live="polite">
          {shownProblems > 0 ? fill(ui.error_summary, { count: String(shownProblems) }) : ''}
        </p>
      </section>
      <LetterOutput
        strings={ui}
        title={ui.template[kind].name}
        text={edited ?? generated}
        edited={edited !== undefined}
        language={letterLanguage}
        onEdit={(text) => setEdits((all) => ({ ...all, [editKey]: text }))}
        onRegenerate={() => setEdits(({ [editKey]: _dropped, ...rest }) => rest)}
      />
      {language !== letterLanguage && (
        <section className="letter-preview" aria-labelledby="letter-preview-heading">
          <h2 id="letter-preview-heading">{ui.preview_heading}</h2>
          <p className="muted">{ui.preview_note}</p>
          <div className="letter-preview-text" lang={language}>
            {composeLetter(kind, strings.letter, { ...context, language })}
          </div>
        </section>
      )}
      <button type="button" className="button button-secondary" onClick={onBack}>
        {ui.back}
      </button>
    </section>
  );
}
