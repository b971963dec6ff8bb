/**
 * What every `zpb` command is given to talk to the world (streams, the current folder, the cancel
 * signal), and the exit codes it answers with. Its own file so command modules depend on it, not on
 * each other (collect-command.ts once held it, which closed import circles).
 */
import type { Environment } from '../platform/environment.js';

/** Exit codes, part of the CLI contract. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130, terminated: 143 } as const;

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Standard input, for a secret flag given as "-" (secret-argument.ts). */
  stdin?: NodeJS.ReadableStream;
  /** The current folder; undefined when it was deleted (only absolute paths work then). */
  cwd: string | undefined;
  signal?: AbortSignal;
  /** Says what Ctrl+C will mean while the work now starting runs (one line); undefined: the general "cancelling". */
  setCancelLine?(line: string | undefined): void;
  /** What to collect from, instead of this process's real environment (tests: a fixture home, a loopback DNS server). */
  environment?: Environment;
}
