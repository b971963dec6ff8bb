/**
 * The runner collectors use for the OS's own tools: the environment's runner, and on Windows every
 * output decoded in the console's code page (console-code-page.ts), asked once per runner. The
 * tools' text is then the same characters the user sees in a console, in any display language.
 */
import { decoderForCodePage, utf8Decoder, type OutputDecoder } from './code-page-decoder.js';
import { commandRunnerOf, type CommandRunner } from './command-runner.js';
import { consoleCodePage } from './console-code-page.js';
import type { Environment } from './environment.js';

const decoders = new WeakMap<CommandRunner, Promise<OutputDecoder>>();

/** The decoder for the runner's console, asked once (UTF-8 when the code page is unknown or unsupported). */
function consoleDecoder(run: CommandRunner): Promise<OutputDecoder> {
  let decoder = decoders.get(run);
  if (!decoder) {
    decoder = consoleCodePage(run).then((codePage) => (codePage !== undefined && decoderForCodePage(codePage)) || utf8Decoder);
    decoders.set(run, decoder);
  }
  return decoder;
}

/** The environment's runner; on Windows its outputs are decoded in the console's code page unless a call says otherwise. */
export function platformCommandRunner(environment: Pick<Environment, 'platform' | 'runCommand'>): CommandRunner {
  const run = commandRunnerOf(environment);
  if (environment.platform !== 'win32') return run;
  return async (file, args, options = {}) => run(file, args, { ...options, decode: options.decode ?? (await consoleDecoder(run)) });
}
