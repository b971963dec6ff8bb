/**
 * Process entry of the `zpb` binary: wires real stdio, Ctrl+C cancellation and the exit code.
 */
import { main } from './zpb.js';

const controller = new AbortController();
process.once('SIGINT', () => {
  process.stderr.write('zpb: cancelling...\n');
  controller.abort();
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  signal: controller.signal,
});
process.exitCode = code;
