import { useTranslation } from 'react-i18next';
import {
  FACTS_CHECKED_ON,
  OFFICIAL_TEXT_LINKS,
  isCited,
  officialTextOf,
  type FactKey,
} from '../../../flows/debt-collection/legal-facts';
import { factText } from '../../i18n/keys';

/**
 * The facts an action rests on: the rule's name, what it says, its official citation and where the
 * official text is published (shared/spec/legal-facts.md, version 2), and the checked date.
 */
export function LegalBasis({ facts }: { readonly facts: readonly FactKey[] }) {
  const { t } = useTranslation();
  return (
    <details className="legal-basis">
      <summary>{t(($) => $.result.legal_basis)}</summary>
      <ul>
        {facts.map((fact) => {
          const text = factText(t, fact);
          return (
            <li key={fact}>
              <strong>{text.name}</strong>
              <p>{text.summary}</p>
              {isCited(fact) && text.citation && (
                <p className="citation">
                  <cite>{text.citation}</cite>
                </p>
              )}
              <OfficialText fact={fact} />
            </li>
          );
        })}
      </ul>
      <p className="muted">{t(($) => $.result.checked, { date: FACTS_CHECKED_ON })}</p>
    </details>
  );
}

function OfficialText({ fact }: { readonly fact: FactKey }) {
  const { t } = useTranslation();
  const place = officialTextOf(fact);
  if (place === undefined) return null;
  const where = t(($) => $.official_text[place]);
  const link = OFFICIAL_TEXT_LINKS[place];
  return (
    <p className="official-text">
      {t(($) => $.official_text.read_at)}
      {link === undefined ? (
        where
      ) : (
        <a href={link} rel="noopener noreferrer" target="_blank">
          {where}
        </a>
      )}
    </p>
  );
}
