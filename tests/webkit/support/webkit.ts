// Debian's WebKitGTK for the tests: an X server of our own (Xvfb picks a free display), the
// WebKitWebDriver from `webkit2gtk-driver` on a free port, and a MiniBrowser session (starting one
// takes seconds, so the run shares one). MiniBrowser has no headless mode; full-screen, it drops
// its toolbar, so the window size is the page's viewport. A driver allows one session at a time.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../e2e/support/preview-server';
import { newSession, Session } from './webdriver';

export const WEBKIT_DRIVER_PATH = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** The X screen's height: a window grows up to it for a full-page screenshot. */
export const SCREEN_HEIGHT = 8_000;

export interface Running {
  close(): Promise<void>;
}

export interface Xvfb extends Running {
  /** The DISPLAY value, e.g. ":1". */
  readonly display: string;
}

export interface WebKitSession extends Running {
  readonly driverURL: string;
  readonly sessionId: string;
  /** Where MiniBrowser saves downloads (its HOME: no XDG download folder is configured). */
  readonly downloadDir: string;
}

/** Resolves with the first line `child` writes to file descriptor `fd`; rejects if it exits. */
function firstLine(child: ChildProcess, fd: number, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdio[fd]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end >= 0) resolve(text.slice(0, end).trim());
    });
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready`)));
    child.once('error', reject);
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function startXvfb(): Promise<Xvfb> {
  // 24-bit colour for screenshots; tall, so that a window can grow for a full-page screenshot.
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', `1280x${SCREEN_HEIGHT}x24`, '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const display = `:${await firstLine(xvfb, 3, 'Xvfb')}`;
  return { display, close: () => stop(xvfb) };
}

/** Polls the driver's /status until it is ready, for at most `ms`. */
async function waitUntilReady(driverURL: string, driver: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const response = await fetch(`${driverURL}/status`);
      const { value } = (await response.json()) as { value: { ready: boolean } };
      if (value.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`WebKitWebDriver was not ready within ${ms} ms`);
}

export interface SessionOptions {
  /** WebKit features to switch off, e.g. "ServiceWorkers" (MiniBrowser's --features=-Name). */
  readonly withoutFeatures?: readonly string[];
}

/** A WebKitWebDriver of its own and one MiniBrowser session in it, on `display`. */
export async function startWebKit(
  display: string,
  options: SessionOptions = {},
): Promise<WebKitSession> {
  const port = await freePort();
  const driverURL = `http://127.0.0.1:${port}`;
  // A HOME of its own: MiniBrowser's cache and its downloads land there, not in the user's.
  const home = mkdtempSync(join(tmpdir(), 'dcg-webkit-'));
  const output: string[] = [];
  const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=local'], {
    // No accessibility bus on a bare X server: GTK need not look for one.
    env: { ...process.env, DISPLAY: display, HOME: home, NO_AT_BRIDGE: '1', GTK_A11Y: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean));
  driver.stdout.on('data', keep);
  driver.stderr.on('data', keep);
  const args = ['--automation', '--full-screen'];
  if (options.withoutFeatures?.length) {
    args.push(`--features=${options.withoutFeatures.map((name) => `-${name}`).join(',')}`);
  }
  const close = async (sessionId?: string) => {
    if (sessionId) await new Session(driverURL, sessionId).close().catch(() => undefined);
    await stop(driver);
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(driverURL, driver, 30_000);
    const sessionId = await newSession(driverURL, {
      'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args },
    });
    return { driverURL, sessionId, downloadDir: home, close: () => close(sessionId) };
  } catch (error) {
    await close();
    throw new Error(`${String(error)}\n${output.slice(-20).join('\n')}`);
  }
}
