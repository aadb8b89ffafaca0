import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Focus moves in an effect once a screen has mounted, which on a busy machine can be a moment
 * after its heading is in the document: wait for it, rather than checking at once.
 */
export async function expectFocusMovesTo(element: HTMLElement): Promise<void> {
  await waitFor(() => expect(element).toHaveFocus(), { timeout: 10_000 });
}
