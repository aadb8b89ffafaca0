// A share link is read once, at start-up, and then removed from the address bar so the answers
// do not linger in the visible address, in bookmarks or in a link copied later.
import { readShareFragment, type ShareLinkResult } from '../boundaries/share-link';

export function takeShareLink(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'replaceState' | 'state'>,
): ShareLinkResult {
  const result = readShareFragment(location.hash);
  if (result.kind !== 'none') {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }
  if (result.kind === 'invalid') console.warn(`share link refused: ${result.problem}`);
  return result;
}
