/**
 * Command line: `tsx libs/matching/src/cli.ts [--pretty] [--top N] <instance.json | ->`.
 * Prints the result as JSON on stdout and timings on stderr. Exit codes: 0 done,
 * 2 bad input (the error as JSON, naming the field, on stderr), 1 unexpected failure.
 */
import { readFileSync } from 'node:fs';
import { runCli } from './lib/cli-runner';

const outcome = runCli(process.argv.slice(2), (file) => readFileSync(file === '-' ? 0 : file, 'utf8'));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
