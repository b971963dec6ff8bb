/**
 * `zpb upload BUNDLE --request-link LINK`: sends a bundle already on disk where a signed request
 * says (after `zpb collect --no-upload`, or to try again after a failed send), writes the receipt
 * beside it and prints it. Exit 0 sent, 1 sending failed (the bundle stays), 2 refused or bad input.
 */
import { printable } from '../../src-shared/printable-text.js';
import { signedRequestToken } from '../../src-shared/signed-request.js';
import { currentEnvironment } from '../platform/environment.js';
import { loadPolicy } from '../platform/load-policy.js';
import { openRegularFile, RegularFileError } from '../platform/regular-file.js';
import { requireWholeBundle } from '../services/inspect-bundle.js';
import { NotABundleError } from '../services/not-a-bundle-error.js';
import type { CliIo } from './cli-io.js';
import { resolveFromCwd } from './cli-path.js';
import { checkDestinationFlag, receiptLine, sendFromCli } from './send-bundle.js';
import { verifyRequestFlag } from './signed-link-flag.js';
import { EXIT } from './cli-io.js';
import { UsageError } from './usage-error.js';
import { parseCommandArgs } from './command-args.js';
import { resolveSecretArguments } from './secret-argument.js';

export const UPLOAD_USAGE = `Usage: zpb upload BUNDLE --request-link LINK [--ca-file FILE] [--json]

Sends a support bundle where a help desk's signed request link says (a presigned S3 PUT or a tus
endpoint the organisation policy allows), and writes BUNDLE.receipt.json beside it. The bundle is
first checked as zpb inspect does: a file that is not a whole bundle, or one changed since it was
made, is refused (exit 2) before anything is sent. Proxies from
https_proxy / http_proxy / no_proxy are used.

Options:
  --request-link LINK   the signed request (zoom-phone-bundle://collect?request=...); LINK may be
                        @FILE (read from that file) or - (read from standard input): other
                        users can see command-line arguments
  --ca-file FILE        also trust this root certificate (PEM), e.g. a corporate proxy's
  --json                print one JSON object with the receipt
  -h, --help            show this help

Exit codes: 0 sent, 1 sending failed (the bundle stays on disk), 2 refused or bad input,
130 cancelled.
`;

const OPTIONS = {
  'request-link': { type: 'string' },
  'ca-file': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs `zpb upload`; returns the exit code. */
export async function runUpload(given: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(await resolveSecretArguments(given, ['--request-link'], io), OPTIONS);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(UPLOAD_USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('upload: name one bundle (zpb upload BUNDLE --request-link LINK)');
  const link = values['request-link'];
  if (link === undefined) throw new UsageError('upload: give the signed request link (--request-link LINK)');
  const token = signedRequestToken(link);
  if (token === null) throw new UsageError('--request-link: only a signed request link can say where to send a bundle; ask the help desk for one');
  const bundlePath = resolveFromCwd(io.cwd, positionals[0]!, 'upload');
  const caFile = values['ca-file'] === undefined ? undefined : resolveFromCwd(io.cwd, values['ca-file'], '--ca-file');
  const environment = io.environment ?? currentEnvironment();
  const policy = await loadPolicy(environment);
  const verified = await verifyRequestFlag(token, policy, environment);
  const { upload } = verified;
  if (!upload) throw new UsageError('--request-link: this request does not ask for the bundle to be sent');
  const request = { ...verified, upload };
  checkDestinationFlag(request, policy);
  try {
    await (await openRegularFile(bundlePath)).handle.close();
  } catch (error) {
    if (error instanceof RegularFileError) throw new UsageError(`upload: ${bundlePath}: ${(error.code === 'ENOENT' ? 'no such file' : error.message)}`);
    throw error;
  }
  // The checks of zpb inspect, before anything goes on the network: a file that is not a whole
  // bundle, or one changed since it was made, must not spend the link.
  try {
    await requireWholeBundle(bundlePath);
  } catch (error) {
    if (error instanceof NotABundleError) {
      const [first, ...more] = error.problems;
      const why = first ? `${first.message}${more.length > 0 ? ` (and ${more.length} more; zpb inspect lists them)` : ''}` : 'it is not a support bundle';
      throw new UsageError(`upload: ${bundlePath} does not verify as a support bundle, so nothing was sent: ${why}`);
    }
    throw error;
  }
  const receipt = await sendFromCli(bundlePath, request, { policy, environment, io, caFile, showProgress: Boolean(io.stderr.isTTY) && !values.json });
  if (!receipt) return EXIT.interrupted;
  io.stdout.write(values.json ? `${JSON.stringify({ ok: true, path: bundlePath, receipt })}\n` : `${printable(receiptLine(receipt, bundlePath))}\n`);
  return EXIT.ok;
}
