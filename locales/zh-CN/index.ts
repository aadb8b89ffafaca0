// Every string of one language needed before the result, merged into one namespace; loaded only
// when chosen. The legal facts (facts.json) come with the result: src/i18n/lazy-bundles.ts.
import actions from './actions.json';
import questions from './questions.json';
import takeaway from './takeaway.json';
import ui from './ui.json';

export default { ...ui, ...questions, ...actions, ...takeaway };
