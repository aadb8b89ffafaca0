// `npx tsx scripts/make-icons.ts`: draws the home-screen icons in public/icons/ from the favicon's
// shapes with Debian's Chromium. Run again only when the favicon changes; the PNGs are committed.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './perf/chromium';
import { PROJECT_ROOT } from './perf/paths';

const OUT = join(PROJECT_ROOT, 'public', 'icons');
const FAVICON = readFileSync(join(PROJECT_ROOT, 'public', 'favicon.svg'), 'utf8');
// The favicon's tick, alone, inside the maskable icon's safe zone (the middle 80%).
const MASKABLE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1f5fa8"/><g transform="translate(16 16) scale(0.7) translate(-16 -16)"><path d="M9 16.5l4.5 4.5L23 11" stroke="#fff" stroke-width="3.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/></g></svg>`;

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: FAVICON },
  { file: 'icon-512.png', size: 512, svg: FAVICON },
  { file: 'icon-maskable-512.png', size: 512, svg: MASKABLE },
];

const browser = await launchChromium();
try {
  mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage();
  for (const { file, size, svg } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<body style="margin:0">${sized}</body>`);
    await page.screenshot({ path: join(OUT, file), omitBackground: true });
    process.stdout.write(`public/icons/${file}\n`);
  }
} finally {
  await browser.close();
}
