// What the browser tests need from Debian: its Chromium (never a downloaded browser), the CJK fonts
// the screenshots need, and poppler's pdftotext for the printed pages. Installs what is missing
// when we may (root on Debian), otherwise stops at once with the one command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/perf/chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

function hasCjkFont(): boolean {
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return fonts.status === 0 && /Noto Sans CJK/i.test(fonts.stdout);
}

function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Debian packages the browser tests need and this machine lacks. */
export function missingPackages(): string[] {
  return [
    ...(existsSync(CHROMIUM_PATH) ? [] : ['chromium']),
    ...(hasCjkFont() ? [] : ['fonts-noto-cjk']),
    ...(hasCommand('pdftotext') ? [] : ['poppler-utils']),
  ];
}

function stop(line: string): never {
  const error = new Error(line);
  error.stack = line; // one line, not a stack trace
  throw error;
}

export function ensureSystemPackages(): void {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  const mayInstall = process.getuid?.() === 0 && existsSync('/etc/debian_version');
  if (!mayInstall) {
    stop(`Browser tests need ${missing.join(', ')}: run \`sudo ${command}\`, then npm test again.`);
  }
  console.info(`Installing ${missing.join(', ')} for the browser tests (${command}) …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch {
    stop(`Could not install ${missing.join(', ')}: run \`${command}\`, then npm test again.`);
  }
  const still = missingPackages();
  if (still.length > 0) stop(`Still missing after apt-get: ${still.join(', ')}.`);
}
