/**
 * Runs `zpb` in this process (loaded by index.ts): wires real stdio, cancellation (Ctrl+C, SIGTERM,
 * SIGHUP) and the exit code, and ends the process explicitly once the work is done.
 */
import { currentFolder, guardProcess, SIGNAL_EXIT_CODES } from './process-guard.js';
import { EXIT } from './cli-io.js';
import { main } from './zpb.js';

const controller = new AbortController();
const guard = guardProcess(controller, (line) => {
  if (!process.stderr.destroyed) process.stderr.write(`${line}\n`);
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Made only when a secret flag reads it ("-"): an unused stdin handle is never opened.
  get stdin() {
    return process.stdin;
  },
  cwd: currentFolder(),
  signal: controller.signal,
  setCancelLine: (line) => guard.setCancelLine(line),
});
// A cancelled run reports the signal that cancelled it (130 Ctrl+C, 143 SIGTERM, 129 SIGHUP).
await guard.exit(guard.signal && code === EXIT.interrupted ? SIGNAL_EXIT_CODES[guard.signal] : code);
