// Entry point of `npm run cost`. See scripts/cost-cli.ts.
import { processIo } from './cli-runner';
import { run } from './cost-cli';

process.exitCode = run(process.argv.slice(2), processIo);
