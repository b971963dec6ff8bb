/**
 * One bundle being sent: the open file, the client, the retry settings and the progress sink that
 * both protocols share, and the request call that turns a failed connection into a retryable error.
 */
import type { promises as fs } from 'node:fs';
import { RetryableError, retryableStatus, type RetryOptions } from './retry.js';
import { sendRequest, UploadCancelledError, UploadFailedError, UploadRefusedError, type UploadFetch, type UploadResponse } from './upload-http.js';

export interface UploadJob {
  fetch: UploadFetch;
  /** The bundle, opened once (checked as a regular file). */
  handle: fs.FileHandle;
  size: number;
  /** The bundle's sha256 (which unfinished tus upload is this bundle's). */
  sha256: string;
  /** The bundle's file name (tus metadata). */
  name: string;
  /** What a help desk finds the upload by (tus Upload-Metadata): the ticket and the request's id. */
  metadata?: { ticket?: string; requestId?: string };
  signal?: AbortSignal;
  retry: RetryOptions;
  /** Bytes handed to the connection so far in the current try. */
  onProgress(sentBytes: number): void;
}

/** The error code of a failed fetch (ECONNRESET, UND_ERR_SOCKET...): never its message, which may quote the URL. */
function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? cause.code : (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? code : 'connection failed';
}

/** sendRequest for a job: a connection failure is retryable, a cancel is a cancel. */
export async function jobRequest(job: UploadJob, url: URL, init: Omit<Parameters<typeof sendRequest>[2], 'signal'>): Promise<{ response: UploadResponse; url: URL }> {
  try {
    return await sendRequest(job.fetch, url, { ...init, ...(job.signal ? { signal: job.signal } : {}) });
  } catch (error) {
    if (error instanceof UploadRefusedError || error instanceof UploadFailedError) throw error;
    if (job.signal?.aborted) throw new UploadCancelledError();
    throw new RetryableError(`could not reach ${url.host} (${networkCode(error)})`);
  }
}

/** Throws for a response that is not 2xx: retryable for 5xx/408/429, for good otherwise (with S3's error code when it gave one). */
export async function expectSuccess(response: UploadResponse, host: string): Promise<void> {
  if (response.status >= 200 && response.status < 300) return;
  const body = await response.text().catch(() => '');
  if (retryableStatus(response.status)) throw new RetryableError(`the upload server at ${host} answered HTTP ${response.status}`);
  const code = /<Code>([A-Za-z]{1,64})<\/Code>/.exec(body)?.[1];
  throw new UploadFailedError(`The upload server at ${host} refused the bundle (HTTP ${response.status}${code ? ` ${code}` : ''}).`, false);
}
