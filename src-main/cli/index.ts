/**
 * Process entry of the `zpb` binary: wires real stdio, cancellation (Ctrl+C, SIGTERM) and the exit code.
 */
import { EXIT } from './usage-error.js';
import { main } from './zpb.js';

const controller = new AbortController();
let terminated = false;
// Every Ctrl+C is ours, not only the first: Node's default action for a second one (exit at once)
// would leave the half-written bundle behind. Cancelling finishes the file in progress, then
// removes everything it wrote.
process.on('SIGINT', () => {
  process.stderr.write(controller.signal.aborted ? 'zpb: still cancelling; removing what was written...\n' : 'zpb: cancelling...\n');
  controller.abort();
});
// Scripts and device-management agents stop a run with SIGTERM: cancel the same way, exit 143.
process.on('SIGTERM', () => {
  terminated = true;
  controller.abort();
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  signal: controller.signal,
});
process.exitCode = terminated && code === EXIT.interrupted ? EXIT.terminated : code;
