// Runs the real `zpb` binary (bin/zpb.js -> dist/cli) as a child process.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(PROJECT_ROOT, 'bin', 'zpb.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  return startCli(args, options).done;
}

/** Starts `zpb` and returns the child (to signal it or close its stdout) and its outcome. */
export function startCli(args: string[], options: { cwd: string; env?: Record<string, string>; command?: string[] }): { child: ChildProcessByStdio<null, Readable, Readable>; done: Promise<CliRun> } {
  if (!existsSync(path.join(PROJECT_ROOT, 'dist', 'cli', 'zpb.js'))) {
    throw new Error('dist/cli/zpb.js is missing: run "npm run build" first (npm test does)');
  }
  // `command` runs something else that ends in exec'ing zpb (a shell that first removes its own folder).
  const [file, ...prefix] = options.command ?? [process.execPath];
  const child = spawn(file!, [...prefix, ...(options.command ? [process.execPath] : []), BIN, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const done = new Promise<CliRun>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}

/**
 * stderr less the warning that no Zoom Workplace logs were found: this machine has none, and tests
 * about other things expect nothing else on stderr (the warning itself is tested in collect-command.test.ts).
 */
export function stderrBesidesNoLogs(stderr: string): string {
  return stderr.replace(/^zpb: warning: No Zoom Workplace logs[^\n]*\n/m, '');
}
