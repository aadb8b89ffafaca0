// A new version of the app, installed by the service worker and waiting. The banner offers it;
// nothing reloads until the person taps.
type Apply = () => void;

let pending: Apply | null = null;
const listeners = new Set<() => void>();

export function offerUpdate(apply: Apply): void {
  pending = apply;
  for (const listener of listeners) listener();
}

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function pendingUpdate(): Apply | null {
  return pending;
}
