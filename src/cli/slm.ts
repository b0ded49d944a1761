/**
 * `slm`: the command-line evaluator.
 *
 *   slm evaluate FILE|-  [--explain]   prints the evaluation of an slm-scenario/1 document
 *   slm validate FILE|-                checks an slm-contract/1 document
 *
 * Invalid input exits with code 2 and `{"errors":[{"path":…,"message":…}]}` on stderr: at most
 * 100 errors and a count of the rest. A document over 1 MB is refused before it is parsed.
 */
import { readFileSync, statSync } from 'node:fs';
import { validateContract } from '../domain/contract';
import { formatBytes, MAX_DOCUMENT_BYTES, textSizeError } from '../domain/documentSize';
import { evaluateScenario, InvalidScenarioError } from '../domain/sla';
import type { ValidationError } from '../domain/validation';

const USAGE = `usage: slm evaluate FILE|- [--explain]
       slm validate FILE|-
FILE is a JSON document; - reads it from standard input.`;

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command on `args` (without `node slm`); pure apart from reading the input file. */
export function runSlm(args: readonly string[], readStdin: () => string): CliResult {
  const flags = args.filter((a) => a.startsWith('--'));
  const [command, file, ...rest] = args.filter((a) => !a.startsWith('--'));
  const unknownFlag = flags.find((f) => f !== '--explain' || command !== 'evaluate');
  if (flags.includes('--help')) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  if (
    !command ||
    !file ||
    rest.length > 0 ||
    unknownFlag ||
    !['evaluate', 'validate'].includes(command)
  ) {
    const why = unknownFlag ? `unknown option ${unknownFlag}\n` : '';
    return { code: 64, stdout: '', stderr: `${why}${USAGE}\n` };
  }

  let document: unknown;
  try {
    // A file is measured before it is read; standard input once read, before it is parsed.
    const size = file === '-' ? 0 : statSync(file).size;
    if (size > MAX_DOCUMENT_BYTES) {
      return invalid([
        {
          path: '$',
          message: `${file} is ${formatBytes(size)}; the most slm reads is ${formatBytes(MAX_DOCUMENT_BYTES)}`,
        },
      ]);
    }
    const text = file === '-' ? readStdin() : readFileSync(file, 'utf8');
    const tooBig = textSizeError(text, '$');
    if (tooBig) return invalid([tooBig]);
    document = JSON.parse(text);
  } catch (error) {
    return invalid([{ path: '$', message: readProblem(file, error) }]);
  }

  if (command === 'validate') {
    const errors = validateContract(document);
    return errors.length > 0
      ? invalid(errors)
      : { code: 0, stdout: `${JSON.stringify({ valid: true })}\n`, stderr: '' };
  }
  try {
    const evaluation = evaluateScenario(document, { explain: flags.includes('--explain') });
    return { code: 0, stdout: `${JSON.stringify(evaluation, null, 2)}\n`, stderr: '' };
  } catch (error) {
    if (error instanceof InvalidScenarioError) return invalid(error.errors);
    throw error;
  }
}

function invalid(errors: readonly ValidationError[]): CliResult {
  return { code: 2, stdout: '', stderr: `${JSON.stringify({ errors }, null, 2)}\n` };
}

function readProblem(file: string, error: unknown): string {
  const source = file === '-' ? 'standard input' : file;
  if (error instanceof SyntaxError) return `${source} is not JSON: ${error.message}`;
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? `${source} does not exist` : `cannot read ${source}: ${String(error)}`;
}
