// The attributes the build writes into index.html and the app reads back when it takes over.
// No imports: the build's plugins load this in Node.

/** On #root: which screen the build pre-rendered into it (scripts/build/prerender-plugin.ts). */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** On a pre-rendered control, and then on <html> once tapped early: what the tap asks for. */
export const EARLY_ACTION_ATTRIBUTE = 'data-early-action';

/** On the pre-rendered language menu, and then on <html> with the language chosen early. */
export const EARLY_LANGUAGE_ATTRIBUTE = 'data-early-language';
