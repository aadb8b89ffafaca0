import { useTranslation } from 'react-i18next';

/** Every card's disclosure, found in the page: the cards keep their own open state. */
function setAllOpen(open: boolean) {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.action-more')) {
    details.open = open;
  }
}

/** "Open all" for those who want every step at once, and "Close all" to go back to the list. */
export function OpenAll() {
  const { t } = useTranslation();
  return (
    <div className="button-row open-all">
      <button type="button" className="button button-secondary" onClick={() => setAllOpen(true)}>
        {t(($) => $.result.open_all)}
      </button>
      <button type="button" className="button button-secondary" onClick={() => setAllOpen(false)}>
        {t(($) => $.result.close_all)}
      </button>
    </div>
  );
}
