// Builds the production app into a folder of its own (never dist/, which others may be serving),
// with Vite's manifest and hidden source maps: the maps name the modules in each chunk without
// adding a single byte to the files a browser downloads.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths';

export function buildApp(outDir: string = mkdtempSync(join(tmpdir(), 'dcg-build-'))): string {
  const vite = join(PROJECT_ROOT, 'node_modules', '.bin', 'vite');
  execFileSync(
    vite,
    [
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
      '--sourcemap',
      'hidden',
      '--logLevel',
      'warn',
    ],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: productionEnv() },
  );
  return outDir;
}

// Run from a test, the environment says NODE_ENV=test (and VITEST=…): Vite would then build
// React's development bundle. A production build must not depend on who starts it.
function productionEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')),
  );
  return { ...env, NODE_ENV: 'production' };
}
