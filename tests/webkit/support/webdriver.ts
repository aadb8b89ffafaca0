// A plain W3C WebDriver client over fetch: only the commands the WebKit tests use, and no
// dependency. (selenium-webdriver's current line needs Node 22; its last for Node 20 installs
// 24 MB, 17 MB of it driver-manager binaries we would never run. webdriverio is 190 packages,
// 68 MB. We talk to Debian's WebKitWebDriver only.)

/** The W3C key for an element reference in requests and responses. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

/** Key values from the W3C "keyboard actions" table. */
export const Key = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Space: '\uE00D',
  ArrowUp: '\uE013',
  ArrowDown: '\uE015',
} as const;

export interface ElementRef {
  readonly [ELEMENT_KEY]: string;
}

/** A value as it crosses WebDriver: page elements travel as references. */
export type Remote<T> = T extends Element
  ? ElementRef
  : T extends readonly unknown[]
    ? { [K in keyof T]: Remote<T[K]> }
    : T;

export type RemoteArgs<A extends unknown[]> = { [K in keyof A]: Remote<A[K]> };

export class WebDriverError extends Error {
  constructor(
    readonly error: string,
    message: string,
  ) {
    super(`${error}: ${message}`);
  }
}

type Method = 'GET' | 'POST' | 'DELETE';

async function call<T>(url: string, method: Method, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: { value?: unknown };
  try {
    parsed = JSON.parse(text) as { value?: unknown };
  } catch {
    throw new WebDriverError('invalid response', `${method} ${url}: ${text.slice(0, 200)}`);
  }
  const value = parsed.value;
  if (!response.ok) {
    const { error = 'unknown error', message = text } = (value ?? {}) as {
      error?: string;
      message?: string;
    };
    throw new WebDriverError(error, `${method} ${new URL(url).pathname}: ${message}`);
  }
  return value as T;
}

/** Creates a session and returns its id. Starting MiniBrowser takes a few seconds. */
export async function newSession(driverURL: string, capabilities: object): Promise<string> {
  const { sessionId } = await call<{ sessionId: string }>(`${driverURL}/session`, 'POST', {
    capabilities: { alwaysMatch: capabilities },
  });
  return sessionId;
}

/** One browser session, by id: any test worker can drive the session the setup started. */
export class Session {
  private readonly base: string;

  constructor(driverURL: string, sessionId: string) {
    this.base = `${driverURL}/session/${sessionId}`;
  }

  private send<T>(method: Method, path: string, body?: unknown): Promise<T> {
    return call<T>(`${this.base}${path}`, method, body);
  }

  async close(): Promise<void> {
    await this.send('DELETE', '');
  }

  async navigate(url: string): Promise<void> {
    await this.send('POST', '/url', { url });
  }

  url(): Promise<string> {
    return this.send('GET', '/url');
  }

  async back(): Promise<void> {
    await this.send('POST', '/back', {});
  }

  async forward(): Promise<void> {
    await this.send('POST', '/forward', {});
  }

  async refresh(): Promise<void> {
    await this.send('POST', '/refresh', {});
  }

  /**
   * Runs `fn` in the page with `args` (elements may be passed and returned as references). The
   * function is sent as source: it must not close over anything from the test.
   */
  execute<T, A extends unknown[]>(
    fn: (...args: A) => T,
    ...args: NoInfer<RemoteArgs<A>>
  ): Promise<Remote<Awaited<T>>> {
    return this.executeScript(`return (${fn.toString()}).apply(null, arguments);`, args);
  }

  /** Runs a script body (`arguments` holds `args`); a returned promise is awaited. */
  executeScript<T>(script: string, args: readonly unknown[] = []): Promise<T> {
    // Functions compiled for the tests may call esbuild's __name() helper (keepNames), which the
    // page does not have.
    return this.send('POST', '/execute/sync', {
      script: `const __name = (fn) => fn;\n${script}`,
      args,
    });
  }

  /** Sets the time a script may run (default 30 s), in ms. */
  async setScriptTimeout(ms: number): Promise<void> {
    await this.send('POST', '/timeouts', { script: ms });
  }

  /** Presses each key in turn (down, then up) through the Actions API. */
  async press(keys: readonly string[]): Promise<void> {
    const actions = keys.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.send('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  async setWindowSize(width: number, height: number): Promise<{ width: number; height: number }> {
    return this.send('POST', '/window/rect', { width, height });
  }

  /** The viewport as a PNG. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.send<string>('GET', '/screenshot'), 'base64');
  }

  /**
   * Opens a new tab, closes the current one and switches to the new: a page with a fresh
   * history, without the seconds a new session costs.
   */
  async freshTab(): Promise<void> {
    const { handle } = await this.send<{ handle: string }>('POST', '/window/new', { type: 'tab' });
    await this.send('DELETE', '/window');
    await this.send('POST', '/window', { handle });
  }
}
