import type { MoneyStrings } from '../../i18n/lazy-bundles';
import { fill } from '../../i18n/fill';

/** What could not be read back, and whether anything is kept at all. */
export function MoneyNotices({
  strings,
  dropped,
  available,
}: {
  readonly strings: MoneyStrings;
  readonly dropped: number;
  readonly available: boolean;
}) {
  return (
    <>
      {dropped > 0 && (
        <p className="notice" role="status">
          {fill(strings.dropped, { count: String(dropped) })}
        </p>
      )}
      {!available && <p className="notice">{strings.storage_off}</p>}
    </>
  );
}
