import { useTranslation } from 'react-i18next';

/** "A new version is ready": reloads only when tapped; the answers are saved and come back. */
export interface UpdateBannerProps {
  readonly apply: () => void;
}

/** Fetched only when a new version is waiting (app/lazy-screens.ts). */
export function UpdateBanner({ apply }: UpdateBannerProps) {
  const { t } = useTranslation();
  return (
    <section className="notice update-banner" role="status">
      <p>{t(($) => $.update.ready)}</p>
      <button type="button" className="button" onClick={apply}>
        {t(($) => $.update.reload)}
      </button>
    </section>
  );
}
