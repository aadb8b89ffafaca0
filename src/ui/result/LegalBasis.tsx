import { useTranslation } from 'react-i18next';
import {
  FACTS_CHECKED_ON,
  LEGAL_FACTS,
  type FactKey,
} from '../../../flows/debt-collection/legal-facts';
import { factText } from '../../i18n/keys';

/** The facts an action rests on: the law or rule's name, what it says, its sources and the checked date. */
export function LegalBasis({ facts }: { readonly facts: readonly FactKey[] }) {
  const { t } = useTranslation();
  return (
    <details className="legal-basis">
      <summary>{t(($) => $.result.legal_basis)}</summary>
      <ul>
        {facts.map((fact) => {
          const text = factText(t, fact);
          const sources: readonly string[] = LEGAL_FACTS[fact].sources;
          return (
            <li key={fact}>
              <strong>{text.name}</strong>
              <p>{text.summary}</p>
              {sources.length > 0 && (
                <p className="sources">
                  {t(($) => $.result.source)}
                  {sources.map((url) => (
                    <a key={url} href={url} rel="noopener noreferrer" target="_blank">
                      {new URL(url).hostname}
                    </a>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {facts.some((fact) => LEGAL_FACTS[fact].confidence !== 'V') && (
        <p className="muted">{t(($) => $.result.confidence_l)}</p>
      )}
      <p className="muted">{t(($) => $.result.checked, { date: FACTS_CHECKED_ON })}</p>
    </details>
  );
}
