// The one small script index.html runs before the app: it starts fetching the chosen language's
// strings (preload-language.ts) and keeps what a person does on the pre-rendered start screen
// before the app can act (early-tap.ts). One file, not two: one request fewer before the first
// screen can be used, and fewer bytes.
import { minifySync, type Plugin } from 'vite';
import { earlyTapScript } from './early-tap.ts';
import { addScriptBeforeEntry } from './index-html.ts';
import { localeFiles, preloadScript } from './preload-language.ts';

/** Minified like the app's own code: it is downloaded before anything else. */
function minified(source: string): string {
  const { code, errors } = minifySync('early.js', source, { module: false });
  if (errors.length > 0) throw new Error(`early script: ${errors[0]?.message ?? 'does not parse'}`);
  return code;
}

export function earlyScript(): Plugin {
  let base = '/';
  return {
    name: 'early-script',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_, bundle) {
      const source = minified(preloadScript(localeFiles(bundle), base) + earlyTapScript());
      addScriptBeforeEntry(this, bundle, { name: 'early', source, base });
    },
  };
}
