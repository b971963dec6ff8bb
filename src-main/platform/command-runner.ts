/**
 * The one way collectors run external commands (reg, scutil, gsettings, dpkg-query, ...): execFile
 * without a shell, by absolute path and with an environment that keeps out of the user's home
 * (system-command.ts), a timeout, a cap on captured output, and never a rejection. Injectable, so tests
 * feed recorded outputs of each OS's commands through the same collectors.
 */
import { execFile } from 'node:child_process';
import { systemCommandEnvironment, systemCommandPath } from './system-command.js';

/** What one command run produced. A command that could not run has ok false and a reason. */
export interface CommandResult {
  /** True when the command ran and exited 0. */
  ok: boolean;
  stdout: string;
  stderr: string;
  /** Exit code, or null when it did not exit normally (not found, timed out, killed). */
  exitCode: number | null;
  /** One line saying why ok is false ("not found", "timed out after 3000 ms", "exit 1"). */
  reason?: string;
}

/** Limits for one command run. */
export interface CommandOptions {
  /** Milliseconds before the command is killed (default 3000). */
  timeoutMs?: number;
  /** Bytes of stdout/stderr kept (default 1 MiB); a command that writes more is stopped. */
  maxOutputBytes?: number;
  /** Stops the command early (a collector's deadline). */
  signal?: AbortSignal;
  /** Turns the output bytes into text (default UTF-8); Windows tools write in the console's code page. */
  decode?: (bytes: Uint8Array) => string;
}

/** Runs `file` with `args` (no shell); always resolves. */
export type CommandRunner = (file: string, args: readonly string[], options?: CommandOptions) => Promise<CommandResult>;

const DEFAULT_TIMEOUT_MS = 3000;
const DEFAULT_MAX_OUTPUT = 1024 * 1024;

function reasonOf(error: NodeJS.ErrnoException & { killed?: boolean; signal?: string | null }, timeoutMs: number): string {
  if (error.code === 'ENOENT') return 'not found';
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return 'output over the size limit';
  if (error.name === 'AbortError' || error.code === 'ABORT_ERR') return 'cancelled';
  if (error.killed && error.signal === 'SIGTERM') return `timed out after ${timeoutMs} ms`;
  if (typeof error.code === 'number') return `exit ${error.code}`;
  return error.message.split('\n')[0] || 'failed';
}

/** The real runner: child_process.execFile with shell off and windowsHide on. */
export const execFileRunner: CommandRunner = (file, args, options = {}) => {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const program = systemCommandPath(file);
  if (program === undefined) return Promise.resolve({ ok: false, stdout: '', stderr: '', exitCode: null, reason: 'not found' });
  return new Promise((resolve) => {
    try {
      execFile(
        program,
        [...args],
        {
          shell: false,
          windowsHide: true,
          timeout: timeoutMs,
          maxBuffer: options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT,
          encoding: 'buffer',
          signal: options.signal,
          // Plain, stable output whatever the user's language (parsers read English labels); no writes into HOME.
          env: systemCommandEnvironment(),
        },
        (error, stdoutBytes, stderrBytes) => {
          const decode = options.decode ?? ((bytes: Uint8Array) => Buffer.from(bytes).toString('utf8'));
          const stdout = stdoutBytes ? decode(stdoutBytes) : '';
          const stderr = stderrBytes ? decode(stderrBytes) : '';
          if (!error) {
            resolve({ ok: true, stdout, stderr, exitCode: 0 });
            return;
          }
          const failure = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
          resolve({
            ok: false,
            stdout,
            stderr,
            exitCode: typeof failure.code === 'number' ? failure.code : null,
            reason: reasonOf(failure, timeoutMs),
          });
        },
      );
    } catch (error) {
      // execFile throws synchronously for an already aborted signal or bad arguments.
      resolve({ ok: false, stdout: '', stderr: '', exitCode: null, reason: (error as Error).message.split('\n')[0] ?? 'failed' });
    }
  });
};

/** The environment's runner (tests inject one), else the real execFile runner. */
export function commandRunnerOf(environment: { runCommand?: CommandRunner }): CommandRunner {
  return environment.runCommand ?? execFileRunner;
}
