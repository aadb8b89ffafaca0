// The screens a person reaches only after answering, and the notices only a returning visitor
// may see: not part of the first screen's download. The screens are fetched once the person
// starts answering (prefetchLaterScreens), so they usually open at once; fetched, they render
// without suspending.
import { createElement, lazy, type ComponentType } from 'react';
import type { StartupNoticesProps } from '../ui/chrome/StartupNotices';
import type { UpdateBannerProps } from '../ui/chrome/UpdateBanner';
import type { ReviewScreenProps } from '../ui/review/ReviewScreen';
import type { ResultPageProps } from './ResultPage';
import type { ToolScreensProps } from './ToolScreens';

function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined; // offline before it was fetched: try again next time
        throw error;
      },
    ));
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  const Screen = (props: P) => createElement(loaded ?? Suspending, props);
  return { Screen, preload };
}

const result = lazyScreen<ResultPageProps>(() => import('./ResultPage').then((m) => m.ResultPage));
const review = lazyScreen<ReviewScreenProps>(() =>
  import('../ui/review/ReviewScreen').then((m) => m.ReviewScreen),
);

const notices = lazyScreen<StartupNoticesProps>(() =>
  import('../ui/chrome/StartupNotices').then((m) => m.StartupNotices),
);

// Not prefetched: most people never open a tool; it is one small chunk that fetches the screen.
const tools = lazyScreen<ToolScreensProps>(() =>
  import('./ToolScreens').then((m) => m.ToolScreens),
);

// Only when a new version is waiting: rare, so not prefetched.
const update = lazyScreen<UpdateBannerProps>(() =>
  import('../ui/chrome/UpdateBanner').then((m) => m.UpdateBanner),
);

export const UpdateBanner = update.Screen;
export const ResultPage = result.Screen;
export const ToolScreens = tools.Screen;
export const ReviewScreen = review.Screen;
export const StartupNotices = notices.Screen;

export function preloadLaterScreens(): Promise<unknown> {
  return Promise.all([result.preload(), review.preload(), notices.preload()]);
}

/** Fetches them in the background; a failure (offline) is retried when the screen opens. */
export function prefetchLaterScreens(): void {
  preloadLaterScreens().catch(() => undefined);
}
