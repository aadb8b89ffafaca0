// A tiny script, run from index.html before the app (early-script.ts), that keeps what a person does on the
// pre-rendered start screen before the app can act (src/app/early-tap.ts): a tap on "begin" (the
// button is marked busy so they see it was taken) and a language chosen from the menu, both
// recorded on <html>. It stops once the app has taken the page over (mount.ts removes
// data-prerendered from #root).
import {
  EARLY_ACTION_ATTRIBUTE,
  EARLY_LANGUAGE_ATTRIBUTE,
  PRERENDERED_ATTRIBUTE,
} from '../../src/ui/prerender-markers.ts';

export function earlyTapScript(): string {
  const prerendered = `#root[${PRERENDERED_ATTRIBUTE}]`;
  const action = JSON.stringify(EARLY_ACTION_ATTRIBUTE);
  const language = JSON.stringify(EARLY_LANGUAGE_ATTRIBUTE);
  return `(function () {
  var early = function (event, selector) {
    return event.target instanceof Element ? event.target.closest(selector) : null;
  };
  document.addEventListener('click', function (event) {
    var target = early(event, ${JSON.stringify(`${prerendered} [${EARLY_ACTION_ATTRIBUTE}]`)});
    if (!target) return;
    event.preventDefault();
    document.documentElement.setAttribute(${action}, target.getAttribute(${action}));
    target.setAttribute('aria-busy', 'true');
  }, true);
  document.addEventListener('change', function (event) {
    var target = early(event, ${JSON.stringify(`${prerendered} select[${EARLY_LANGUAGE_ATTRIBUTE}]`)});
    if (target) document.documentElement.setAttribute(${language}, target.value);
  }, true);
})();
`;
}
