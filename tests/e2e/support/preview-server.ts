// The production build, served the way a person gets it: `vite build`, then `vite preview` on
// 127.0.0.1 (with the CSP header from vite.config.ts). Built into a temporary folder so that
// parallel runs and `npm run build` never overwrite each other.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { preview } from 'vite';
import { REPO_ROOT } from './paths';

export interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
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

/**
 * `vite build` in its own process: inside Vitest NODE_ENV is "test", which would bundle React's
 * development code. This is the build a person gets.
 */
async function buildInto(outDir: string): Promise<void> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')),
  );
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  try {
    await promisify(execFile)(
      process.execPath,
      [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: REPO_ROOT, env: { ...env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    // eslint-disable-next-line no-control-regex -- removing the terminal's colour codes
    const plain = stderr.replace(/\u001b\[[0-9;]*m/g, '').slice(0, 3000);
    const failure = new Error(`vite build failed:\n${plain}`);
    failure.stack = failure.message;
    throw failure;
  }
}

export async function startPreviewServer(): Promise<PreviewServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'dcg-e2e-'));
  await buildInto(outDir);
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
    async close() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
