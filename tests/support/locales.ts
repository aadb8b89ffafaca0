// Reads the locale files as data, for tests that check every language.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '../../src/i18n/languages';

export const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'locales');

export type Tree = { readonly [key: string]: Tree | string | readonly (Tree | string)[] };

export function localeFiles(language: Language): string[] {
  return readdirSync(join(LOCALES_DIR, language)).filter((f) => f.endsWith('.json'));
}

export function readLocale(language: Language): Record<string, Tree> {
  return Object.fromEntries(
    localeFiles(language).map((file) => [
      file,
      JSON.parse(readFileSync(join(LOCALES_DIR, language, file), 'utf8')) as Tree,
    ]),
  );
}

/** Every leaf as [dotted.key, text]; arrays are indexed (steps.0, steps.1 …). */
export function flatten(tree: Tree | readonly (Tree | string)[], prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value]];
    return flatten(value, path);
  });
}

export function allStrings(language: Language): Map<string, string> {
  const files = readLocale(language);
  return new Map(Object.entries(files).flatMap(([file, tree]) => flatten(tree, file)));
}

export { LANGUAGES };
export type { Language };
