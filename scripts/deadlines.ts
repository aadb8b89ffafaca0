// Entry point of `npm run deadlines`. See scripts/deadlines-cli.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CourtStrings } from '../src/i18n/lazy-bundles';
import { processIo } from './cli-runner';
import { run, type Language } from './deadlines-cli';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function wordsFor(lang: Language): CourtStrings {
  return JSON.parse(
    readFileSync(join(root, 'locales', lang, 'court.json'), 'utf8'),
  ) as CourtStrings;
}

process.exitCode = run(process.argv.slice(2), processIo, { wordsFor, now: () => new Date() });
