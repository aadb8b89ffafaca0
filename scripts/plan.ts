// Entry point of `npm run plan`. See scripts/plan-cli.ts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processIo } from './cli-runner';
import { run, type Language, type TitleOf } from './plan-cli';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function titlesFor(lang: Language): TitleOf {
  const file = join(root, 'locales', lang, 'actions.json');
  const { action } = JSON.parse(readFileSync(file, 'utf8')) as {
    action: Record<string, { title?: string }>;
  };
  return (id) => action[id]?.title ?? id;
}

process.exitCode = run(process.argv.slice(2), processIo, titlesFor);
