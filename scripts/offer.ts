// Entry point of `npm run offer`. See scripts/offer-cli.ts.
import { processIo } from './cli-runner';
import { run } from './offer-cli';

process.exitCode = run(process.argv.slice(2), processIo);
