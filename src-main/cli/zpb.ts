/**
 * The `zpb` command line: dispatches subcommands and turns every failure into one line on stderr
 * and an exit code (0 done, 1 the job failed, 2 bad usage or input), never a stack trace.
 */
import { printable } from '../../src-shared/printable-text.js';
import { APP_NAME, APP_VERSION } from '../app-info.js';
import { BundleWriteError } from '../bundle/bundle-write-error.js';
import { describeError } from '../../src-shared/describe-error.js';
import type { CliIo } from './cli-io.js';
import { EXIT } from './cli-io.js';
import { UsageError } from './usage-error.js';

const USAGE = `${APP_NAME} ${APP_VERSION}

Usage: zpb <command> [options]

Commands:
  collect     collect diagnostics into a support bundle (zpb collect --help)
  inspect     verify bundles and summarise them, one row each (zpb inspect --help)
  policy      show the organisation policy in effect and where each value came from (zpb policy --help)
  request     help desks: make a signing key, sign a request link (zpb request --help)
  upload      send a bundle where a signed request link says (zpb upload --help)
  summarize   group many bundles by error and answer "one user or shared?" (zpb summarize --help)
  facts       write one row per bundle for SQL engines: Parquet or NDJSON (zpb facts --help)
  version     print the version

Exit codes: 0 done, 1 the job failed, 2 bad usage or bad input.
`;

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      // Commands load on use: `zpb --version` and `zpb --help` need none of their dependencies.
      case 'collect':
        return await (await import('./collect-command.js')).runCollect(rest, io);
      case 'inspect':
        return await (await import('./inspect-command.js')).runInspect(rest, io);
      case 'policy':
        return await (await import('./policy-command.js')).runPolicy(rest, io);
      case 'request':
        return await (await import('./request-command.js')).runRequest(rest, io);
      case 'upload':
        return await (await import('./upload-command.js')).runUpload(rest, io);
      case 'summarize':
        return await (await import('./summarize-command.js')).runSummarize(rest, io);
      case 'facts':
        return await (await import('./facts-command.js')).runFacts(rest, io);
      case 'version':
      case '--version':
        io.stdout.write(`${APP_VERSION}\n`);
        return EXIT.ok;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`unknown command "${command}" (try: zpb --help)`);
    }
  } catch (error) {
    // Messages can quote what was typed or found (a flag's value, a path): never raw on a terminal.
    if (error instanceof UsageError) {
      io.stderr.write(`zpb: ${printable(error.message)}\n`);
      return EXIT.usage;
    }
    const bad = error instanceof BundleWriteError && (error.code === 'exists' || error.code === 'no-folder');
    const plain = bad || (error instanceof BundleWriteError && error.code === 'no-space');
    io.stderr.write(`zpb: ${plain ? '' : 'failed: '}${printable(describeError(error))}\n`);
    return bad ? EXIT.usage : EXIT.failed;
  }
}
