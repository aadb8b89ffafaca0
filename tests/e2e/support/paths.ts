import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
/** Left behind by the run (gitignored): screenshots and the accessibility/request summaries. */
export const RESULTS_DIR = join(REPO_ROOT, 'test-results');
export const SCREENSHOT_DIR = join(RESULTS_DIR, 'screenshots');
