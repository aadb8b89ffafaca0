// Once per run: check Chromium (and what the tests need beside it), build and serve the app, start one browser that every test file
// connects to. Returns the teardown.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureSystemPackages } from './support/chromium';
import { startPreviewServer } from './support/preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    serverURL: string;
    browserEndpoint: string;
    /** The production build being served: the size budgets read it too. */
    buildDir: string;
  }
}

export default async function setup(project: TestProject) {
  ensureSystemPackages();
  const server = await startPreviewServer();
  const browser = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  project.provide('serverURL', server.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  project.provide('buildDir', server.outDir);
  return async () => {
    await browser.close();
    await server.close();
  };
}
