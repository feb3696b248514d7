import { MatchingInputError } from './errors';
import { runMatching } from './engine';
import { parseInstanceJson } from './validate';

export const USAGE = 'usage: match [--pretty] [--top N] <instance.json | ->';

export interface CliOutcome {
  readonly stdout: string;
  readonly stderr: string;
  /** 0 done, 2 bad input (including an impossible lock), 1 unexpected failure. */
  readonly exitCode: 0 | 1 | 2;
}

function inputError(path: string, detail: string): MatchingInputError {
  return new MatchingInputError('invalid-input', path, detail);
}

/**
 * The command line without its I/O, so it can be tested: `read('-')` returns standard input,
 * `read(path)` a file's text (and throws if it cannot).
 */
export function runCli(argv: readonly string[], read: (file: string) => string): CliOutcome {
  try {
    return run(argv, read);
  } catch (error) {
    if (error instanceof MatchingInputError) {
      return { stdout: '', stderr: `${JSON.stringify({ error: error.toJSON() })}\n`, exitCode: 2 };
    }
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { stdout: '', stderr: `matching: internal error: ${text}\n`, exitCode: 1 };
  }
}

function run(argv: readonly string[], read: (file: string) => string): CliOutcome {
  let file: string | undefined;
  let pretty = false;
  let candidateLimit: number | undefined;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === '--pretty') pretty = true;
    else if (arg === '--top') {
      const n = Number(argv[++k]);
      if (!Number.isInteger(n) || n < 1) throw inputError('--top', 'must be a positive integer');
      candidateLimit = n;
    } else if (arg === '--help' || arg === '-h') {
      return { stdout: `${USAGE}\n`, stderr: '', exitCode: 0 };
    } else if (file === undefined && (arg === '-' || !arg.startsWith('-'))) file = arg;
    else throw inputError(arg, `unknown argument; ${USAGE}`);
  }
  if (file === undefined) throw inputError('', `no instance given; ${USAGE}`);
  const readStarted = performance.now();
  let text: string;
  try {
    text = read(file);
  } catch (error) {
    const what = file === '-' ? 'standard input' : file;
    throw inputError('', `cannot read ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const instance = parseInstanceJson(text);
  const parseMs = performance.now() - readStarted;
  const { result, stats } = runMatching(instance, candidateLimit === undefined ? {} : { candidateLimit });
  const f = (ms: number): string => `${ms.toFixed(1)} ms`;
  return {
    stdout: `${JSON.stringify(result, null, pretty ? 2 : undefined)}\n`,
    stderr:
      `matching: ${stats.participants} participants, ${stats.providers} providers, ` +
      `${stats.candidatePairs} candidate pairs (${stats.comparisons} compared); read+validate ${f(parseMs)}, ` +
      `candidates ${f(stats.candidatesMs)}, solve ${f(stats.solveMs)}, engine total ${f(stats.totalMs)}\n`,
    exitCode: 0,
  };
}
