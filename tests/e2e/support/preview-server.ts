// The production build, served the way a person gets it: `vite build`, then `vite preview` on
// 127.0.0.1 (with the CSP header from vite.config.ts). Built into a temporary folder so that
// parallel runs and `npm run build` never overwrite each other. The same build is read by the size
// budgets (tests/perf/budget.test.ts), so a test run builds the app once.
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { preview } from 'vite';
import { buildApp } from '../../../scripts/perf/build';
import { REPO_ROOT } from './paths';

export interface PreviewServer {
  readonly url: string;
  /** The build being served (with Vite's manifest and hidden source maps). */
  readonly outDir: string;
  close(): Promise<void>;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export async function startPreviewServer(): Promise<PreviewServer> {
  const outDir = buildApp();
  const port = await freePort();
  const server = await preview({
    root: REPO_ROOT,
    configFile: join(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}`,
    outDir,
    async close() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
