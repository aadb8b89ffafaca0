import { memo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The numbers are legal-facts.ts's hotline_110 and hotline_12356 (tests/ui/help-bar.test.tsx
 * holds them to it): importing the facts table here would put all of it on the first screen.
 */
export const HELP_LINES = { danger: '110', talk: '12356' } as const;

/** Help one tap away on every screen: the police, and someone to talk to. */
export const HelpBar = memo(function HelpBar() {
  const { t } = useTranslation();
  return (
    <p className="help-bar">
      <a className="help-call help-danger" href={`tel:${HELP_LINES.danger}`}>
        {t(($) => $.help.danger, { phone: HELP_LINES.danger })}
      </a>
      <a className="help-call" href={`tel:${HELP_LINES.talk}`}>
        {t(($) => $.help.talk, { phone: HELP_LINES.talk })}
      </a>
    </p>
  );
});
