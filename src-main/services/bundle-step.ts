/**
 * The "Writing the bundle" step as progress events, its failure included: a failed write is
 * reported as that step failing, with why in words, so no screen or terminal shows every step
 * "done" above an error (a cancel is no failure: it reports nothing).
 */
import type { CollectProgress } from '../../src-shared/collector-result.js';
import { describeError } from '../../src-shared/describe-error.js';
import { BundleWriteError } from '../bundle/bundle-write-error.js';
import { fileErrorWords } from '../platform/file-error-words.js';
import { CancelledError } from './cancellable-run.js';

/** Why a step failed, in words: the writer's own sentence, a file error in words, else the first line. */
export function stepFailureWords(error: unknown): string {
  if (error instanceof BundleWriteError) return error.message;
  return fileErrorWords(error) ?? describeError(error);
}

/** The event that says the bundle step failed; null for a cancel. */
export function failedBundleStep(error: unknown): CollectProgress | null {
  if (error instanceof CancelledError || (error instanceof BundleWriteError && error.code === 'cancelled')) return null;
  return { phase: 'bundle', id: 'bundle', state: 'finished', status: 'failed', message: stepFailureWords(error) };
}

/** Runs `write` as the bundle step: started, then finished ok, or failed with why. */
export async function bundleStep<T>(onProgress: ((event: CollectProgress) => void) | undefined, write: () => Promise<T>): Promise<T> {
  onProgress?.({ phase: 'bundle', id: 'bundle', state: 'started' });
  try {
    const result = await write();
    onProgress?.({ phase: 'bundle', id: 'bundle', state: 'finished', status: 'ok' });
    return result;
  } catch (error) {
    const failed = failedBundleStep(error);
    if (failed) onProgress?.(failed);
    throw error;
  }
}
