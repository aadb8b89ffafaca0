import { useTranslation } from 'react-i18next';

/** "A new version is ready": reloads only when tapped; the answers are saved and come back. */
export function UpdateBanner({ apply }: { readonly apply: (() => void) | null }) {
  const { t } = useTranslation();
  if (!apply) return null;
  return (
    <section className="notice update-banner" role="status">
      <p>{t(($) => $.update.ready)}</p>
      <button type="button" className="button" onClick={apply}>
        {t(($) => $.update.reload)}
      </button>
    </section>
  );
}
