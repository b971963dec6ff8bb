/**
 * The bundle writer's error, in a module of its own so the CLI can tell its kinds apart without
 * loading the writer (and archiver) at startup.
 */

/** An error whose message is meant for the person running the tool. */
export class BundleWriteError extends Error {
  constructor(
    message: string,
    readonly code: 'exists' | 'no-folder' | 'no-space' | 'write-failed' | 'cancelled',
  ) {
    super(message);
    this.name = 'BundleWriteError';
  }
}
