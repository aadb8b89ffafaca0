import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmPanel } from './ConfirmPanel';
import { HelpBar } from './HelpBar';
import { LanguageSwitcher } from './LanguageSwitcher';
import { QuickExit, type QuickExitProps } from './QuickExit';

export interface HeaderProps {
  readonly showRestart: boolean;
  readonly onRestart: () => void;
  readonly quickExit: QuickExitProps;
}

export const Header = memo(function Header({ showRestart, onRestart, quickExit }: HeaderProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <header className="header">
      <a className="skip-link" href="#main">
        {t(($) => $.app.skip_to_content)}
      </a>
      <QuickExit {...quickExit} />
      <div className="header-bar">
        <p className="brand">{t(($) => $.app.title)}</p>
        <div className="header-tools">
          <LanguageSwitcher />
          {showRestart && (
            <button
              type="button"
              className="button-link"
              onClick={() => setConfirming(true)}
              aria-expanded={confirming}
            >
              {t(($) => $.nav.restart)}
            </button>
          )}
        </div>
      </div>
      <HelpBar />
      {confirming && (
        <ConfirmPanel
          title={t(($) => $.restart.confirm_title)}
          body={t(($) => $.restart.confirm_body)}
          confirmLabel={t(($) => $.restart.confirm)}
          cancelLabel={t(($) => $.restart.cancel)}
          onConfirm={() => {
            setConfirming(false);
            onRestart();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </header>
  );
});
