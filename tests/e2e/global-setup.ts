// Once per run: check Chromium, build and serve the app, start one browser that every test file
// connects to. Returns the teardown.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureChromium } from './support/chromium';
import { startPreviewServer } from './support/preview-server';

declare module 'vitest' {
  export interface ProvidedContext {
    serverURL: string;
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  ensureChromium();
  const server = await startPreviewServer();
  const browser = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  project.provide('serverURL', server.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
