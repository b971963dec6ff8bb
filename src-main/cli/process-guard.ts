/**
 * The `zpb` process's own safety net, apart from any command: a signal (Ctrl+C, SIGTERM from a
 * script or agent, SIGHUP when the terminal closes) cancels the work and ends the process within
 * a bounded time whatever it is waiting on (a stuck read, a child that ignores signals), removing
 * the bundle's temp file first; a closed stdout or stderr (`zpb ... | head -1`) is not an error,
 * but output that could not be written (`> /dev/full`) is: one line on stderr and a non-zero exit.
 */
import path from 'node:path';
import { removePartialsNow } from '../bundle/partial-files.js';

/** Exit code for each handled signal: 128 + its number, as shells report it. */
export const SIGNAL_EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
export type HandledSignal = keyof typeof SIGNAL_EXIT_CODES;

/**
 * How long cancelling may take before the process ends regardless. The contract is 2 s; cancelling
 * normally takes tens of ms, and on a loaded machine the signal itself can wait behind synchronous
 * work (module loading, a library's execSync), so the margin is kept wide.
 */
export const FORCED_EXIT_AFTER_MS = 500;

export interface ProcessGuard {
  /** The first signal received, if any. */
  readonly signal: HandledSignal | undefined;
  /** What Ctrl+C says while the current work runs (one line); undefined: "zpb: cancelling...". */
  setCancelLine(line: string | undefined): void;
  /** Ends the process with `code` once stdout and stderr have taken what was written (at most a second). */
  exit(code: number): Promise<never>;
}

/** Whether an output error is the reader having gone away, which is not worth a word. */
function readerGone(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || error.code === 'EIO';
}

/** Why stdout failed, in words, with the code for searching. */
function outputProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOSPC' || error.code === 'EDQUOT') return `no space left where it goes, ${error.code}`;
  if (error.code === 'EBADF') return 'standard output is not open for writing, EBADF';
  return error.code ?? error.message.split('\n')[0] ?? 'error';
}

/** Installs the signal and stdio handlers on this process. */
export function guardProcess(controller: AbortController, stderrLine: (line: string) => void): ProcessGuard {
  let signal: HandledSignal | undefined;
  let cancelLine: string | undefined;
  // A reader that went away (`| head -1`) is quietly ignored: the work still finishes and says so
  // by its exit code. Any other failure of stdout (a full disk, a descriptor not open for writing)
  // means what the command printed is lost: said once on stderr, and the run cannot exit 0.
  // stderr's own failure has nowhere to go.
  let outputLost = false;
  const onOutputError = (which: 'stdout' | 'stderr') => (error: NodeJS.ErrnoException) => {
    if (readerGone(error) || which !== 'stdout' || outputLost) return;
    outputLost = true;
    stderrLine(`zpb: failed: the output could not be written (${outputProblem(error)})`);
  };
  process.stdout.on('error', onOutputError('stdout'));
  process.stderr.on('error', onOutputError('stderr'));
  for (const name of Object.keys(SIGNAL_EXIT_CODES) as HandledSignal[]) {
    process.on(name, () => {
      if (signal === undefined) {
        signal = name;
        // SIGHUP: the terminal is gone, nobody reads a word.
        if (name === 'SIGINT') stderrLine(cancelLine ?? 'zpb: cancelling...');
        controller.abort();
        // Cancelling normally ends the run in milliseconds; this is for whatever does not let go.
        setTimeout(() => {
          removePartialsNow();
          process.exit(SIGNAL_EXIT_CODES[name]);
        }, FORCED_EXIT_AFTER_MS).unref();
      } else if (name === 'SIGINT') {
        stderrLine('zpb: still cancelling; removing what was written...');
      }
    });
  }
  return {
    get signal() {
      return signal;
    },
    setCancelLine(line) {
      cancelLine = line;
    },
    async exit(code: number): Promise<never> {
      // Output still queued (a pipe) is given a moment, not forever; an empty write's callback comes
      // once everything before it was written or failed, so a failure is known before the exit code.
      const flushed = [process.stdout, process.stderr].map((stream) =>
        stream.destroyed || !stream.writable ? Promise.resolve() : new Promise<void>((resolve) => stream.write('', () => resolve())),
      );
      await Promise.race([Promise.all(flushed), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      // Explicit: a stuck read or a child that ignores signals must not keep a finished run alive.
      process.exit(outputLost && code === 0 ? 1 : code);
    },
  };
}

/**
 * The current folder, or undefined when it was deleted under us (process.cwd() throws then). In
 * that case the process moves to the root, so the commands collectors run do not complain (a shell
 * started in a deleted folder prints "getcwd() failed" on our stderr); relative paths stay refused.
 */
export function currentFolder(): string | undefined {
  try {
    return process.cwd();
  } catch {
    try {
      process.chdir(path.parse(process.execPath).root);
    } catch {
      // nowhere better to go; the collectors' commands may complain
    }
    return undefined;
  }
}
