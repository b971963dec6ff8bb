/**
 * The bundle writer's error, in a module of its own so the CLI can tell its kinds apart without
 * loading the writer (and archiver) at startup.
 */
import type { BundleWriteErrorCode } from '../../src-shared/ipc-error-code.js';

/** An error whose message is meant for the person running the tool. */
export class BundleWriteError extends Error {
  constructor(
    message: string,
    readonly code: BundleWriteErrorCode,
  ) {
    super(message);
    this.name = 'BundleWriteError';
  }
}
