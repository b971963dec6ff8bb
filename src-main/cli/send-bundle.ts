/**
 * Sending a bundle from the CLI (`zpb collect --request-link` and `zpb upload`): the undici client,
 * progress on a terminal, the request spent once sent, and failures as the CLI's exit codes: a
 * refusal is bad input (2), a failure after the retries is a failed job (1) that names where the
 * bundle still is, a cancel is a cancel.
 */
import type { EffectivePolicy } from '../../src-shared/org-policy.js';
import { printable } from '../../src-shared/printable-text.js';
import type { VerifiedRequest } from '../../src-shared/signed-request.js';
import { destinationDisplay, type UploadDestination } from '../../src-shared/upload-destination.js';
import { receiptPathFor, type UploadReceipt } from '../../src-shared/upload-receipt.js';
import type { Environment } from '../platform/environment.js';
import { replayStoreFor } from '../requests/replay-store.js';
import { RequestRefusedError, withClaimedRequest } from '../requests/verify-request.js';
import { tusResumeStoreFor } from '../upload/tus-resume-store.js';
import { checkDestination, uploadBundle } from '../upload/upload-bundle.js';
import { UploadAlreadyAnsweredError, UploadCancelledError, UploadFailedError, UploadRefusedError } from '../upload/upload-http.js';
import { cliUploadFetch } from './cli-upload-client.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './usage-error.js';

export type UploadingRequest = VerifiedRequest & { upload: UploadDestination };

/** Refuses (exit 2) a destination the policy does not allow, before anything is collected or read. */
export function checkDestinationFlag(request: UploadingRequest, policy: EffectivePolicy): void {
  try {
    checkDestination(request.upload, policy);
  } catch (error) {
    if (error instanceof UploadRefusedError) throw new UsageError(`--request-link: ${error.message}`);
    throw error;
  }
}

/** One line for people: who got it, the server's reference, where, how much, and the receipt. */
export function receiptLine(receipt: UploadReceipt, bundlePath: string): string {
  const to = receipt.helpdesk ?? receipt.host;
  const reference = receipt.reference ? ` - reference ${receipt.reference}` : '';
  return `Sent to ${to}${reference} (${receipt.host}${receipt.path}, ${receipt.bytes} bytes, sha256 ${receipt.sha256}); receipt: ${receiptPathFor(bundlePath)}`;
}

/** Sends the bundle; resolves to the receipt, or null when cancelled. Throws UsageError for a refusal. */
export async function sendFromCli(
  bundlePath: string,
  request: UploadingRequest,
  context: { policy: EffectivePolicy; environment: Environment; io: CliIo; caFile: string | undefined; showProgress: boolean },
): Promise<UploadReceipt | null> {
  const { io } = context;
  const fetch = await cliUploadFetch(context.environment, context.caFile);
  const shown = destinationDisplay(request.upload);
  let lastStep = -1;
  if (context.showProgress) io.stderr.write(`Sending to ${printable(shown.host)}...\n`);
  // Ctrl+C while sending: one line saying the bundle was not sent and where it stays.
  io.setCancelLine?.(`zpb: cancelled; the bundle was not sent and is still at ${printable(bundlePath)}`);
  try {
    // Claimed while it sends (another process given the same link is refused); given back if sending fails,
    // so a failed try can be repeated with the same link (zpb upload).
    return await withClaimedRequest(request, replayStoreFor(context.environment), () => uploadBundle(bundlePath, request, {
      fetch,
      policy: context.policy,
      ...(io.signal ? { signal: io.signal } : {}),
      tusResume: tusResumeStoreFor(context.environment),
      now: () => context.environment.now(),
      retry: { onRetry: (attempt, reason) => context.showProgress && io.stderr.write(`  try ${attempt} failed (${printable(reason)}); trying again\n`) },
      onProgress: ({ sentBytes, totalBytes, percent }) => {
        const step = Math.floor(percent / 10);
        if (!context.showProgress || step === lastStep) return;
        lastStep = step;
        io.stderr.write(`  sent ${percent}% (${(sentBytes / 1048576).toFixed(1)} of ${(totalBytes / 1048576).toFixed(1)} MB)\n`);
      },
    }));
  } catch (error) {
    if (error instanceof UploadCancelledError) return null;
    if (error instanceof RequestRefusedError) throw new UsageError(`--request-link: ${error.message}`);
    if (error instanceof UploadRefusedError) throw new UsageError(`${error.message} The bundle is still at ${bundlePath}.`);
    if (error instanceof UploadAlreadyAnsweredError) throw new Error(`${error.message.replace(/\.$/, '')}; the bundle is still at ${bundlePath}: send it to the help desk another way, or ask them for a new link`);
    if (error instanceof UploadFailedError) throw new Error(`could not send the bundle (${error.message.replace(/\.$/, '')}); it is still at ${bundlePath}`);
    throw error;
  } finally {
    io.setCancelLine?.(undefined);
  }
}
