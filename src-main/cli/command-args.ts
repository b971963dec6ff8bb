/**
 * A command's flags and positionals through node:util's parseArgs, strict, with a parse failure
 * turned into one usage line (exit 2) instead of parseArgs' own multi-line error.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>, const P extends boolean = true>(argv: string[], options: O, allowPositionals: P = true as P) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}
