import { useEffect, useRef } from 'react';

/** Moves focus to the element (a screen's heading) when the screen appears. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
