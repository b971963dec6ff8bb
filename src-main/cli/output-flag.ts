/**
 * A file the user named with a flag, as the CLI reports it: a target that may not be written (a
 * device, FIFO, link or folder, an existing file without --force, a missing folder) is bad input,
 * one line naming the flag, exit 2; a write that failed is a failed job (exit 1).
 */
import { checkOutputFile, OutputFileError, writeOutputFile, type OutputFileOptions } from '../platform/output-file.js';
import { UsageError } from './usage-error.js';

async function asFlagError<T>(flag: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof OutputFileError && error.reason !== 'failed') throw new UsageError(`${flag}: ${error.message}`);
    throw error;
  }
}

/** Checks the flag's target before any work (see checkOutputFile). */
export function checkOutputFlag(flag: string, target: string, options: OutputFileOptions = {}): Promise<void> {
  return asFlagError(flag, checkOutputFile(target, options));
}

/** Writes the flag's target whole or not at all (see writeOutputFile). */
export function writeOutputFlag(flag: string, target: string, data: string | Uint8Array, options: OutputFileOptions = {}): Promise<void> {
  return asFlagError(flag, writeOutputFile(target, data, options));
}
