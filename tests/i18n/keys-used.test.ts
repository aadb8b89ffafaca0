// Every interface string is used by the code: a key nothing reads is a leftover or a typo.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { flatten, readLocale } from '../support/locales';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) =>
      statSync(path).isDirectory()
        ? sourceText(path)
        : /\.tsx?$/.test(path)
          ? readFileSync(path, 'utf8')
          : '',
    )
    .join('\n');
}

const code = sourceText(SRC);

/** Read as $.a.b.c, or through a dynamic index somewhere along the path ($.a.b[x]). */
function isRead(key: string): boolean {
  const parts = key.split('.');
  if (code.includes(`$.${key}`)) return true;
  return parts.some((_, i) => i > 0 && code.includes(`$.${parts.slice(0, i).join('.')}[`));
}

describe('interface strings', () => {
  it('are all read by the code', () => {
    const ui = readLocale('zh-CN')['ui.json'];
    if (!ui) throw new Error('locales/zh-CN/ui.json is missing');
    const unused = flatten(ui)
      .map(([key]) => key)
      .filter((key) => !isRead(key));
    expect(unused).toEqual([]);
  });
});
