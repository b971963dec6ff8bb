/**
 * Sends a saved bundle where a verified signed request says, and writes the receipt beside it.
 * Plain Node with the HTTP client injected (the app: Electron's net.fetch; the CLI: undici). The
 * policy is checked first (HTTPS, allowed hosts); only host and path are ever reported, never the
 * URL's query. A failure or cancel leaves the bundle where it is.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { EffectivePolicy } from '../../src-shared/org-policy.js';
import type { VerifiedRequest } from '../../src-shared/signed-request.js';
import { destinationProblem, destinationUrl, type UploadDestination } from '../../src-shared/upload-destination.js';
import { receiptPathFor, type UploadProgress, type UploadReceipt } from '../../src-shared/upload-receipt.js';
import { checkOutputFile, OutputFileError, writeOutputFile } from '../platform/output-file.js';
import { openRegularFile } from '../platform/regular-file.js';
import type { RetryOptions } from './retry.js';
import { s3PutUpload } from './s3-put-upload.js';
import type { TusResumeStore } from './tus-resume-store.js';
import { DEFAULT_TUS_CHUNK_BYTES, tusUpload } from './tus-upload.js';
import { UploadCancelledError, UploadRefusedError, type UploadFetch } from './upload-http.js';
import type { UploadJob } from './upload-job.js';

export interface UploadBundleOptions {
  fetch: UploadFetch;
  policy: EffectivePolicy;
  signal?: AbortSignal;
  onProgress?: (progress: UploadProgress) => void;
  retry?: Omit<RetryOptions, 'signal'>;
  /** Bytes per tus PATCH (tests use small chunks). */
  tusChunkBytes?: number;
  /** Where unfinished tus uploads are noted, so a later process goes on with them (tusResumeStoreFor). */
  tusResume?: TusResumeStore;
  now?: () => Date;
}

/** Refuses a destination the policy does not allow, before a byte is read or sent. */
export function checkDestination(destination: UploadDestination, policy: EffectivePolicy): void {
  const problem = destinationProblem(destination, policy);
  if (problem) throw new UploadRefusedError(problem);
}

async function sha256Of(handle: UploadJob['handle'], size: number): Promise<string> {
  const hash = createHash('sha256');
  const piece = Buffer.alloc(1024 * 1024);
  for (let position = 0; position < size; ) {
    const { bytesRead } = await handle.read(piece, 0, Math.min(piece.length, size - position), position);
    if (bytesRead === 0) break;
    hash.update(piece.subarray(0, bytesRead));
    position += bytesRead;
  }
  return hash.digest('hex');
}

/** A receipt target that may not be written is a refusal (nothing more is sent), in the upload's own terms. */
async function receiptTarget(work: Promise<void>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (error instanceof OutputFileError && error.reason !== 'failed') throw new UploadRefusedError(`The receipt cannot be written: ${error.message}.`);
    throw error;
  }
}

/** Sends `bundlePath` as `request.upload` says and writes `<bundle>.receipt.json`; resolves to the receipt. */
export async function uploadBundle(bundlePath: string, request: VerifiedRequest & { upload: UploadDestination }, options: UploadBundleOptions): Promise<UploadReceipt> {
  checkDestination(request.upload, options.policy);
  const url = destinationUrl(request.upload);
  // The receipt goes beside the bundle: a device, FIFO, link or folder there is refused before
  // anything is sent (an earlier receipt, a regular file, is replaced by the new one).
  const receiptPath = receiptPathFor(bundlePath);
  await receiptTarget(checkOutputFile(receiptPath, { replace: true }));
  const { handle, size } = await openRegularFile(bundlePath);
  try {
    const sha256 = await sha256Of(handle, size);
    const job: UploadJob = {
      fetch: options.fetch,
      handle,
      size,
      sha256,
      name: path.basename(bundlePath),
      metadata: { ticket: request.request.ticket, requestId: request.jti },
      ...(options.signal ? { signal: options.signal } : {}),
      retry: { ...options.retry, ...(options.signal ? { signal: options.signal } : {}) },
      onProgress: (sentBytes) => options.onProgress?.({ sentBytes, totalBytes: size, percent: size === 0 ? 100 : Math.floor((sentBytes / size) * 100) }),
    };
    if (options.signal?.aborted) throw new UploadCancelledError();
    const sent = request.upload.kind === 's3-put' ? await s3PutUpload(job, url) : await tusUpload(job, url, options.tusChunkBytes ?? DEFAULT_TUS_CHUNK_BYTES, options.tusResume);
    const receipt: UploadReceipt = {
      kind: request.upload.kind,
      host: url.host,
      path: sent.path,
      bytes: size,
      sha256,
      ...(sent.reference ? { reference: sent.reference } : {}),
      sentAt: (options.now?.() ?? new Date()).toISOString(),
      ticket: request.request.ticket,
      ...(request.request.helpdesk ? { helpdesk: request.request.helpdesk } : {}),
      kid: request.kid,
    };
    await receiptTarget(writeOutputFile(receiptPath, `${JSON.stringify(receipt, null, 2)}\n`, { replace: true }));
    return receipt;
  } finally {
    await handle.close().catch(() => undefined);
  }
}
