/**
 * localStorage that never throws: private modes, full quotas and disabled storage all read as
 * "nothing saved" and report that writes failed, so the guide keeps working without it.
 */
export interface SafeStorage {
  read(key: string): string | null;
  write(key: string, value: string): boolean;
  remove(key: string): void;
  readonly available: boolean;
}

export function safeStorage(
  get: () => Storage | undefined = () => globalThis.localStorage,
): SafeStorage {
  const store = (): Storage | undefined => {
    try {
      return get();
    } catch {
      return undefined;
    }
  };
  const probe = (() => {
    try {
      const s = store();
      if (!s) return false;
      s.setItem('dcg.probe', '1');
      s.removeItem('dcg.probe');
      return true;
    } catch {
      return false;
    }
  })();
  return {
    available: probe,
    read(key) {
      try {
        return store()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        const s = store();
        if (!s) return false;
        s.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        store()?.removeItem(key);
      } catch {
        // nothing to remove when storage is off
      }
    },
  };
}

export type StoredJson =
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'json'; readonly json: unknown };

/** Reads one stored JSON value, refusing anything over `maxBytes` or that does not parse. */
export function readStoredJson(storage: SafeStorage, key: string, maxBytes: number): StoredJson {
  const raw = storage.read(key);
  if (raw === null) return { kind: 'none' };
  if (raw.length > maxBytes) return { kind: 'unreadable' };
  try {
    return { kind: 'json', json: JSON.parse(raw) as unknown };
  } catch {
    return { kind: 'unreadable' };
  }
}
