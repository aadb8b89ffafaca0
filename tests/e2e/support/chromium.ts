// Debian's Chromium, never a downloaded browser. Installs it (and the CJK fonts the screenshots
// need) when we may, otherwise stops with one line saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/perf/chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

function hasCjkFont(): boolean {
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return fonts.status === 0 && /Noto Sans CJK/i.test(fonts.stdout);
}

export function missingPackages(): string[] {
  return [
    ...(existsSync(CHROMIUM_PATH) ? [] : ['chromium']),
    ...(hasCjkFont() ? [] : ['fonts-noto-cjk']),
  ];
}

export function ensureChromium(): void {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const mayInstall = process.getuid?.() === 0 && existsSync('/etc/debian_version');
  if (!mayInstall) {
    const line = `Browser tests need ${missing.join(' and ')}: run \`sudo apt-get install -y ${missing.join(' ')}\` (Debian/Ubuntu), then npm test again.`;
    const error = new Error(line);
    error.stack = line; // one line, not a stack trace
    throw error;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { env, stdio: 'inherit' });
}
