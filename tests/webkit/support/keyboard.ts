// Keyboard only, through WebDriver's Actions API as WebKitGTK takes it: Tab to move (WebKitGTK
// tabs to buttons and links too, unlike Safari on a Mac by default), arrow keys within a radio
// group, Space to tick, Enter to press. Nothing here clicks.
import type { WebKitPage } from './page';
import { Key, type ElementRef } from './webdriver';

/** Presses Tab until `reached` holds; fails when it never does (the target is not reachable). */
async function tabUntil(
  page: WebKitPage,
  reached: () => Promise<boolean>,
  what: string,
  limit = 150,
): Promise<void> {
  for (let presses = 0; presses <= limit; presses++) {
    if (await reached()) return;
    await page.press(Key.Tab);
  }
  throw new Error(`Tab never reached ${what} (focus is on ${await page.describeFocus()})`);
}

export async function tabTo(page: WebKitPage, target: ElementRef, what: string): Promise<void> {
  await tabUntil(page, () => page.isFocused(target), what);
}

/** Tabs to a button or link and presses Enter. */
export async function press(page: WebKitPage, target: ElementRef, what: string): Promise<void> {
  await tabTo(page, target, what);
  await page.press(Key.Enter);
}

/** Tabs into a radio group, moves with the arrow keys to `radio` and selects it. */
export async function chooseRadio(
  page: WebKitPage,
  group: ElementRef,
  radio: ElementRef,
  what: string,
): Promise<void> {
  await tabUntil(
    page,
    () =>
      page.evaluate((g: Element) => {
        const active = document.activeElement;
        return g.contains(active) && active instanceof HTMLInputElement && active.type === 'radio';
      }, group),
    `the options of ${what}`,
  );
  // WebKit's arrow keys stop at the ends of a radio group (Chromium's wrap around): go the
  // right way from the radio Tab landed on.
  const [from, to] = await page.evaluate(
    (g: Element, r: Element) => {
      const radios = [...g.querySelectorAll('input[type="radio"]')];
      return [radios.indexOf(document.activeElement as Element), radios.indexOf(r)];
    },
    group,
    radio,
  );
  const key = to > from ? Key.ArrowDown : Key.ArrowUp;
  for (let moves = 0; moves < Math.abs(to - from); moves++) await page.press(key);
  if (!(await page.isFocused(radio))) throw new Error(`arrow keys never reached ${what}`);
  if (!(await page.evaluate((r: HTMLInputElement) => r.checked, radio))) {
    await page.press(Key.Space);
  }
}

/** Tabs through every checkbox of a group, ticking or unticking each to match `wanted` values. */
export async function setCheckboxes(
  page: WebKitPage,
  group: ElementRef,
  wanted: readonly string[],
): Promise<void> {
  const boxes = await page.evaluate(
    (g: Element) => [...g.querySelectorAll('input[type="checkbox"]')],
    group,
  );
  for (const box of boxes) {
    await tabTo(page, box, 'a checkbox');
    const [checked, value] = await page.evaluate(
      (b: HTMLInputElement) => [b.checked, b.value] as const,
      box,
    );
    if (checked !== wanted.includes(value)) await page.press(Key.Space);
  }
}
