// Every string of one language, merged into one namespace; loaded only when chosen.
import actions from './actions.json';
import facts from './facts.json';
import questions from './questions.json';
import takeaway from './takeaway.json';
import ui from './ui.json';

export default { ...ui, ...questions, ...actions, ...facts, ...takeaway };
