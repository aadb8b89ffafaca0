import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { pendingUpdate, subscribeToUpdate } from '../../app/update-ready';

/** "A new version is ready": reloads only when tapped; the answers are saved and come back. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const apply = useSyncExternalStore(subscribeToUpdate, pendingUpdate, () => null);
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
