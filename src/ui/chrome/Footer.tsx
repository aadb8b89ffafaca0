import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmPanel } from './ConfirmPanel';

export const Footer = memo(function Footer({ onClear }: { readonly onClear: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <footer className="footer">
      {confirming ? (
        <ConfirmPanel
          title={t(($) => $.clear.confirm_title)}
          body={t(($) => $.clear.confirm_body)}
          confirmLabel={t(($) => $.clear.confirm)}
          cancelLabel={t(($) => $.restart.cancel)}
          onConfirm={() => {
            setConfirming(false);
            onClear();
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className="button-link" onClick={() => setConfirming(true)}>
          {t(($) => $.nav.clear)}
        </button>
      )}
    </footer>
  );
});
