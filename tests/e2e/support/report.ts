// Summaries the run leaves behind in test-results/ for people to read (not asserted on).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from './paths';

export function writeSummary(name: string, data: unknown): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `e2e-${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
}
