// Once per WebKit run: the Debian packages (the same list as the Chromium tests), the production
// build served as tests/e2e serves it, an X server, and one MiniBrowser session that every test file
// drives in turn. Returns the teardown.
import type { TestProject } from 'vitest/node';
import { ensureSystemPackages } from '../e2e/support/chromium';
import { startPreviewServer } from '../e2e/support/preview-server';
import { startWebKit, startXvfb } from './support/webkit';

declare module 'vitest' {
  export interface ProvidedContext {
    serverURL: string;
    /** The X display the run's MiniBrowser is on; a test may start a second session there. */
    display: string;
    webDriverURL: string;
    webKitSession: string;
    downloadDir: string;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  ensureSystemPackages();
  const server = await startPreviewServer();
  const xvfb = await startXvfb();
  const webkit = await startWebKit(xvfb.display).catch(async (error: unknown) => {
    await Promise.all([xvfb.close(), server.close()]);
    throw error;
  });
  project.provide('serverURL', server.url);
  project.provide('display', xvfb.display);
  project.provide('webDriverURL', webkit.driverURL);
  project.provide('webKitSession', webkit.sessionId);
  project.provide('downloadDir', webkit.downloadDir);
  return async () => {
    await webkit.close();
    await xvfb.close();
    await server.close();
    // Build, browser start and tests together: what the WebKit suite adds to `npm test`.
    console.log(`WebKit suite: ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
  };
}
