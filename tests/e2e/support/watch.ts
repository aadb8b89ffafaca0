// Everything a page does that a test should fail on: CSP violations, console errors, uncaught
// errors, dialogs (an injected alert would be one). Also every request, for the privacy test.
import type { BrowserContext } from 'playwright-core';

declare global {
  interface Window {
    __reportCspViolation?: (text: string) => void;
  }
}

export interface Watch {
  /** Every URL requested by any page or worker of the context, in order. */
  readonly requests: string[];
  /** What went wrong so far; a clean journey leaves this empty. */
  readonly problems: string[];
}

export async function watchContext(context: BrowserContext): Promise<Watch> {
  const watch: Watch = { requests: [], problems: [] };
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    watch.problems.push(`CSP violation: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation?.(
        `${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  context.on('request', (request) => watch.requests.push(request.url()));
  context.on('console', (message) => {
    if (message.type() === 'error') watch.problems.push(`console error: ${message.text()}`);
  });
  context.on('weberror', (error) => watch.problems.push(`uncaught: ${error.error().message}`));
  context.on('dialog', (dialog) => {
    watch.problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  return watch;
}
