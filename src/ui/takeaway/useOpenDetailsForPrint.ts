import { useEffect } from 'react';

/**
 * Opens every closed <details> (the cards, the assessment, the legal basis) while printing and closes them again after, so
 * paper and PDF carry the whole plan. The print stylesheet does the same where browsers support
 * ::details-content; this covers the rest.
 */
export function useOpenDetailsForPrint(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
