// Keyboard only: Tab to move, arrow keys within a radio group or menu, Space to tick, Enter to
// press. Nothing here clicks. Targets are resolved to elements once, then checked cheaply after
// each key (resolving a role query re-reads the whole page's accessibility tree).
import type { ElementHandle, Locator, Page } from 'playwright-core';

type Target = ElementHandle<Node>;

function focused(target: Target): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

async function resolve(target: Locator): Promise<Target> {
  await target.waitFor({ state: 'visible' });
  return target.elementHandle();
}

/** Presses Tab until `reached` holds; fails when it never does (the target is not reachable). */
async function tabUntil(
  page: Page,
  reached: () => Promise<boolean>,
  what: string,
  limit = 120,
): Promise<void> {
  for (let presses = 0; presses <= limit; presses++) {
    if (await reached()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what} (focus is on ${await describeFocus(page)})`);
}

export async function tabTo(page: Page, target: Locator): Promise<void> {
  const element = await resolve(target);
  await tabUntil(page, () => focused(element), String(target));
}

/** Tabs to a button or link and presses Enter. */
export async function press(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tabs into a radio group, then moves with the arrow keys to `target` and selects it. */
export async function chooseRadio(page: Page, group: Locator, target: Locator): Promise<void> {
  const [groupElement, radio] = await Promise.all([resolve(group), resolve(target)]);
  await tabUntil(
    page,
    () =>
      groupElement.evaluate((g) => {
        const active = document.activeElement;
        return g.contains(active) && active instanceof HTMLInputElement && active.type === 'radio';
      }),
    `the options of ${String(group)}`,
  );
  const count = await group.getByRole('radio').count();
  for (let moves = 0; moves < count && !(await focused(radio)); moves++) {
    await page.keyboard.press('ArrowDown');
  }
  if (!(await focused(radio))) throw new Error(`arrow keys never reached ${String(target)}`);
  if (!(await radio.evaluate((r) => (r as HTMLInputElement).checked))) {
    await page.keyboard.press('Space');
  }
}

/** Tabs through every checkbox of a group, ticking or unticking each to match `wanted` values. */
export async function setCheckboxes(
  page: Page,
  group: Locator,
  wanted: readonly string[],
): Promise<void> {
  await group.waitFor({ state: 'visible' });
  const boxes = await group.locator('input[type="checkbox"]').elementHandles();
  for (const box of boxes) {
    await tabUntil(page, () => focused(box), 'a checkbox');
    const [checked, value] = await box.evaluate((b) => {
      const input = b as HTMLInputElement;
      return [input.checked, input.value] as const;
    });
    if (checked !== wanted.includes(value)) await page.keyboard.press('Space');
  }
}

/** Selects an option of a <select> with the arrow keys (each step is a change, as for a person). */
export async function chooseWithArrows(page: Page, select: Locator, value: string): Promise<void> {
  await tabTo(page, select);
  const values = await select.evaluate((s: HTMLSelectElement) =>
    [...s.options].map((o) => o.value),
  );
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`no option ${value} in ${String(select)}`);
  const current = values.indexOf(await select.inputValue());
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
}

/** Waits until the focused element is a heading of `level` reading exactly `name`. */
export async function expectFocusOn(page: Page, name: string, level = 1): Promise<void> {
  try {
    await page.waitForFunction(
      ([text, tag]) => {
        const active = document.activeElement;
        return active?.tagName === tag && active.textContent === text;
      },
      [name, `H${level}`] as const,
      { timeout: 30_000 },
    );
  } catch {
    throw new Error(
      `expected focus on the h${level} "${name}", found ${await describeFocus(page)}`,
    );
  }
}

export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'the page itself';
    return `<${active.tagName.toLowerCase()}> "${(active.textContent ?? '').slice(0, 60)}"`;
  });
}
