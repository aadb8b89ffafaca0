// A small static server for a build folder, on 127.0.0.1 (a secure context, so the service worker
// runs), gzip like a real host, and index.html for any unknown path. It can be closed to take
// the network away for real.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const cache = new Map<string, { body: Buffer; gzipped: Buffer | null }>();
  // Keyed by modification time too: a test may change a file (a new version of the app).
  const load = (file: string) => {
    const key = `${file}@${statSync(file).mtimeMs}`;
    let entry = cache.get(key);
    if (!entry) {
      const body = readFileSync(file);
      const compressible = !file.endsWith('.png');
      entry = { body, gzipped: compressible ? gzipSync(body, { level: 9 }) : null };
      cache.set(key, entry);
    }
    return entry;
  };

  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(root, normalize(path).replace(/^([/\\])+/, ''));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(root, 'index.html');
    }
    const { body, gzipped } = load(file);
    const gzip = gzipped !== null && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const hashed = path.startsWith('/assets/');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    response.end(gzip ? gzipped : body);
  });
  // Keep-alive sockets would hold close() open after a test.
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
