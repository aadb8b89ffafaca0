// The guide open in MiniBrowser, seen the way the Chromium tests see it: by role and accessible
// name, waiting on conditions in the page (polled each frame, up to a deadline), never on time.
import { writeFileSync } from 'node:fs';
import { SCREEN_HEIGHT } from './webkit';
import { type ElementRef, type Remote, type RemoteArgs, type Session } from './webdriver';

declare global {
  interface Window {
    __problems?: string[];
  }
}

/** Where to look: the landmarks the Chromium tests use (main, banner, contentinfo). */
export type Scope = 'main' | 'header' | 'footer' | 'body';

/** Waits are on conditions; the limit only has to outlast a busy 2-core machine. */
const WAIT_MS = 30_000;

/** A part of a full-page screenshot: well within the X screen, and quick to paint. */
const SHOT_HEIGHT = Math.min(6_000, SCREEN_HEIGHT);

export class WebKitPage {
  constructor(
    readonly session: Session,
    readonly baseURL: string,
  ) {}

  /** Runs `fn` in the page; it must not close over anything from the test (it is sent as text). */
  evaluate<T, A extends unknown[]>(
    fn: (...args: A) => T,
    ...args: NoInfer<RemoteArgs<A>>
  ): Promise<Remote<Awaited<T>>> {
    return this.session.execute(fn, ...args);
  }

  /**
   * Waits until `probe` (run in the page, each animation frame) returns something truthy, and
   * returns it; fails after the deadline (30 s unless `waited` says) saying what it waited for.
   */
  async waitFor<T, A extends unknown[]>(
    waited: string | { readonly what: string; readonly ms: number },
    probe: (...args: A) => T,
    ...args: NoInfer<RemoteArgs<A>>
  ): Promise<Remote<NonNullable<T>>> {
    const { what, ms } = typeof waited === 'string' ? { what: waited, ms: WAIT_MS } : waited;
    // Built here as script text: the page's CSP rightly forbids eval() inside it. The arguments
    // stay flat: WebKitWebDriver turns element references back into elements only at the top.
    const script = `
      const check = (${probe.toString()});
      const [ms, ...args] = arguments;
      const deadline = performance.now() + ms;
      let failure = '';
      return new Promise((resolve) => {
        const tick = () => {
          let value;
          try { value = check(...args); } catch (error) { failure = String(error); }
          if (value) resolve({ value });
          else if (performance.now() > deadline) resolve({ failure });
          else requestAnimationFrame(tick);
        };
        tick();
      });`;
    const result = await this.session.executeScript<
      { value: Remote<NonNullable<T>> } | { failure: string }
    >(script, [ms, ...args]);
    if ('failure' in result) {
      const thrown = result.failure ? ` (the check threw ${result.failure})` : '';
      throw new Error(
        `waited ${ms} ms for ${what}${thrown}; focus is on ${await this.describeFocus()}`,
      );
    }
    return result.value;
  }

  async goto(path: string): Promise<void> {
    await this.session.navigate(new URL(path, this.baseURL).href);
    await this.watch();
  }

  async reload(): Promise<void> {
    await this.session.refresh();
    await this.watch();
  }

  /** The browser's own Back (the history, not the guide's button). */
  async historyBack(): Promise<void> {
    await this.session.back();
    await this.watch();
  }

  async historyForward(): Promise<void> {
    await this.session.forward();
    await this.watch();
  }

  url(): Promise<string> {
    return this.session.url();
  }

  press(...keys: string[]): Promise<void> {
    return this.session.press(keys);
  }

  /** Types `text` key by key through the Actions API (Chinese characters included). */
  typeKeys(text: string): Promise<void> {
    return this.session.press([...text]);
  }

  /** The form control labelled exactly `label` (by <label for>). */
  field(label: string): Promise<ElementRef> {
    return this.waitFor(
      `the field "${label}"`,
      (text: string) => {
        const found = [...document.querySelectorAll('label')].find(
          (l) => l.textContent === text && l.htmlFor,
        );
        return found ? document.getElementById(found.htmlFor) : null;
      },
      label,
    );
  }

  /** A visible button (or link styled as one) in `scope` whose accessible name is `name`. */
  button(name: string, scope: Scope = 'main'): Promise<ElementRef> {
    return this.waitFor(
      `the button "${name}" in <${scope}>`,
      (n: string, s: string) => {
        const named = (e: Element) =>
          (e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ').trim();
        const root = document.querySelector(s);
        const all = root ? [...root.querySelectorAll('button, a[href], [role="button"]')] : [];
        return all.find((b) => b.getClientRects().length > 0 && named(b) === n) ?? null;
      },
      name,
      scope,
    );
  }

  /** Waits until focus is on a heading of `level` reading exactly `text`. */
  async expectFocusOn(text: string, level = 1): Promise<void> {
    await this.waitFor(
      `focus on the h${level} "${text}"`,
      (t: string, tag: string) => {
        const active = document.activeElement;
        return active?.tagName === tag && active.textContent === t;
      },
      text,
      `H${level}`,
    );
  }

  isFocused(element: ElementRef): Promise<boolean> {
    return this.evaluate((e: Element) => e === document.activeElement, element);
  }

  describeFocus(): Promise<string> {
    return this.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return 'the page itself';
      return `<${active.tagName.toLowerCase()}> "${(active.textContent ?? '').slice(0, 60)}"`;
    }).catch((error: unknown) => `(unknown: ${String(error)})`);
  }

  /**
   * After each load: records uncaught errors, rejected promises, CSP violations and console
   * errors in the page. (WebDriver classic has no init scripts, so a problem in the first moments
   * of a load goes unseen here; the start screen failing to appear would show it.)
   */
  private async watch(): Promise<void> {
    await this.evaluate(() => {
      if (window.__problems) return;
      const problems: string[] = [];
      window.__problems = problems;
      window.addEventListener('error', (e) => problems.push(`uncaught: ${e.message}`));
      window.addEventListener('unhandledrejection', (e) =>
        problems.push(`unhandled rejection: ${String(e.reason)}`),
      );
      document.addEventListener('securitypolicyviolation', (e) =>
        problems.push(`CSP violation: ${e.effectiveDirective} refused ${e.blockedURI}`),
      );
      const error = console.error.bind(console);
      console.error = (...args: unknown[]) => {
        problems.push(`console error: ${args.map(String).join(' ')}`);
        error(...args);
      };
    });
  }

  /** What went wrong in the page since it loaded (a clean journey leaves this empty). */
  problems(): Promise<string[]> {
    return this.evaluate(() => window.__problems ?? []);
  }

  /**
   * Sizes the window so that the page's viewport is `width` × `height`. MiniBrowser's window may
   * hold more than the page: after a download it shows a downloads bar below it.
   */
  async setViewport(width: number, height: number): Promise<void> {
    // A resize reaches the page a frame or more later, and the bar's height is not known ahead:
    // set, let the page paint, measure, correct by the difference; a few rounds at most.
    let window = await this.session.setWindowSize(width, height);
    let inner: readonly [number, number] = [0, 0];
    for (let round = 0; round < 4; round++) {
      await this.nextFrame();
      inner = await this.evaluate(() => [innerWidth, innerHeight] as const);
      if (inner[0] === width && inner[1] === height) return;
      window = await this.session.setWindowSize(
        window.width + width - inner[0],
        window.height + height - inner[1],
      );
    }
    throw new Error(`MiniBrowser shows ${inner.join('×')} px, not ${width}×${height}`);
  }

  /** A PNG of what the window shows now. */
  async screenshot(path: string): Promise<void> {
    await this.nextFrame();
    writeFileSync(path, await this.session.screenshot());
  }

  /**
   * The whole page as PNGs, from the top: the window grows to the page's height (as Playwright's
   * full-page screenshots do in Chromium), in parts of at most `SHOT_HEIGHT` px for a long page
   * (`path` gets -1, -2, … before .png; the fixed exit bar shows atop each part). Returns the
   * files written.
   */
  async fullPageScreenshots(path: string): Promise<string[]> {
    const [width, viewport, height] = await this.evaluate(
      () => [innerWidth, innerHeight, document.documentElement.scrollHeight] as const,
    );
    const parts = Math.ceil(height / SHOT_HEIGHT);
    const files: string[] = [];
    try {
      for (let part = 0; part < parts; part++) {
        const top = part * SHOT_HEIGHT;
        await this.setViewport(width, Math.min(SHOT_HEIGHT, height - top));
        await this.evaluate((y: number) => window.scrollTo(0, y), top);
        const file = parts === 1 ? path : path.replace(/\.png$/, `-${part + 1}.png`);
        await this.screenshot(file);
        files.push(file);
      }
    } finally {
      await this.setViewport(width, viewport);
      await this.evaluate(() => window.scrollTo(0, 0));
    }
    return files;
  }

  /** Two animation frames: whatever changed has been painted. */
  private nextFrame(): Promise<void> {
    return this.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        ),
    );
  }
}
