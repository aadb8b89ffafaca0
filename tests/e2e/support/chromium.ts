// Every Debian package the browser tests need, in one place: its Chromium (never a downloaded
// browser), the CJK fonts the screenshots need, poppler's pdftotext for the printed pages, and for
// the WebKit tests (tests/webkit) WebKitGTK's WebDriver with its MiniBrowser, and Xvfb to show it
// on. Installs what is missing when we may (root on Debian), otherwise stops at once with the one
// command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/perf/chromium';
import { MINIBROWSER_PATH, WEBKIT_DRIVER_PATH } from '../../webkit/support/webkit';

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
    // The driver package pulls in libwebkit2gtk-4.1-0, which holds MiniBrowser.
    ...(existsSync(WEBKIT_DRIVER_PATH) && existsSync(MINIBROWSER_PATH)
      ? []
      : ['webkit2gtk-driver']),
    ...(hasCommand('Xvfb') ? [] : ['xvfb']),
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
