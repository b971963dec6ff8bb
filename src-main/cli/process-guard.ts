/**
 * The `zpb` process's own safety net, apart from any command: a signal (Ctrl+C, SIGTERM from a
 * script or agent, SIGHUP when the terminal closes) cancels the work and ends the process within
 * a bounded time whatever it is waiting on (a stuck read, a child that ignores signals), removing
 * the bundle's temp file first; a closed stdout or stderr (`zpb ... | head -1`) is not an error.
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

/** Installs the signal and stdio handlers on this process. */
export function guardProcess(controller: AbortController, stderrLine: (line: string) => void): ProcessGuard {
  let signal: HandledSignal | undefined;
  let cancelLine: string | undefined;
  // A reader that went away (`| head -1`) is quietly ignored: the work still finishes and says so
  // by its exit code. Any other failure of stdout is said once on stderr; stderr's own has nowhere to go.
  const onOutputError = (which: 'stdout' | 'stderr') => (error: NodeJS.ErrnoException) => {
    if (!readerGone(error) && which === 'stdout') stderrLine(`zpb: cannot write the output: ${error.code ?? error.message}`);
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
      // Output to a pipe may still be queued (Windows): give it a moment, not forever.
      const drained = [process.stdout, process.stderr].map((stream) =>
        stream.writableLength > 0 && !stream.destroyed ? new Promise<void>((resolve) => stream.once('drain', resolve)) : Promise.resolve(),
      );
      await Promise.race([Promise.all(drained), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      // Explicit: a stuck read or a child that ignores signals must not keep a finished run alive.
      process.exit(code);
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
