/**
 * Sending a bundle with tus 1.0 (resumable uploads): create the upload, then PATCH it in chunks.
 * After a dropped connection or a server error the next try asks the server how much it has (HEAD,
 * Upload-Offset) and goes on from there, so nothing already received is sent again; across processes
 * the upload's URL is noted in a resume store (tus-resume-store.ts) for the next one to go on with.
 */
import { fileRangeBody } from './file-body.js';
import { RetryableError, retryableStatus, withRetries } from './retry.js';
import { UploadFailedError, UploadRefusedError } from './upload-http.js';
import type { TusResumeStore } from './tus-resume-store.js';
import { expectSuccess, jobRequest, type UploadJob } from './upload-job.js';

const TUS_VERSION = '1.0.0';
/** "application/zip" in base64, as tus metadata values are written. */
const FILETYPE_ZIP = 'YXBwbGljYXRpb24vemlw';
/** Bytes per PATCH: large enough to be quick, small enough that one lost request costs little. */
export const DEFAULT_TUS_CHUNK_BYTES = 16 * 1024 * 1024;

function offsetOf(value: string | null, host: string): number {
  if (value === null || !/^\d{1,15}$/.test(value)) throw new UploadFailedError(`The tus server at ${host} gave no valid Upload-Offset.`, false);
  return Number(value);
}

/**
 * tus Upload-Metadata (comma-separated "key base64value" pairs): the file name and type, the
 * bundle's sha256, and the ticket and request id the help desk finds it by. Nothing private: the
 * ticket and request id came from the help desk's own signed request.
 */
export function uploadMetadata(job: Pick<UploadJob, 'name' | 'sha256' | 'metadata'>): string {
  const pairs: Array<[string, string | undefined]> = [
    ['filename', job.name],
    ['sha256', job.sha256],
    ['ticket', job.metadata?.ticket],
    ['requestid', job.metadata?.requestId],
  ];
  const encoded = pairs.filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '').map(([key, value]) => `${key} ${Buffer.from(value, 'utf8').toString('base64')}`);
  return [...encoded.slice(0, 1), `filetype ${FILETYPE_ZIP}`, ...encoded.slice(1)].join(',');
}

/** Creates the upload (POST) and returns its URL, which must be on the endpoint's host. */
async function createUpload(job: UploadJob, endpoint: URL): Promise<URL> {
  const { response } = await jobRequest(job, endpoint, {
    method: 'POST',
    headers: {
      'tus-resumable': TUS_VERSION,
      'upload-length': String(job.size),
      'upload-metadata': uploadMetadata(job),
      'content-length': '0',
    },
  });
  await expectSuccess(response, endpoint.host);
  await response.text().catch(() => '');
  const location = response.headers.get('location');
  if (!location) throw new UploadFailedError(`The tus server at ${endpoint.host} did not say where the upload is.`, false);
  const upload = new URL(location, endpoint);
  if (upload.host !== endpoint.host || upload.protocol !== endpoint.protocol) throw new UploadRefusedError(`The tus server at ${endpoint.host} put the upload on ${upload.host}; sending to another host is refused.`);
  return upload;
}

/** How many bytes the server has (HEAD). */
async function serverOffset(job: UploadJob, upload: URL): Promise<number> {
  const { response } = await jobRequest(job, upload, { method: 'HEAD', headers: { 'tus-resumable': TUS_VERSION } });
  await expectSuccess(response, upload.host);
  return offsetOf(response.headers.get('upload-offset'), upload.host);
}

/** Sends bytes [offset, offset + chunk) and returns the server's new offset. */
async function patchChunk(job: UploadJob, upload: URL, offset: number, chunkBytes: number): Promise<number> {
  const end = Math.min(job.size, offset + chunkBytes);
  const { response } = await jobRequest(job, upload, {
    method: 'PATCH',
    headers: { 'tus-resumable': TUS_VERSION, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream', 'content-length': String(end - offset) },
    body: () => {
      let sent = offset;
      return fileRangeBody(job.handle, offset, end, (bytes) => job.onProgress((sent += bytes)));
    },
  });
  // 409: the server's offset is not ours (a lost answer): ask it again.
  if (response.status === 409) throw new RetryableError(`the tus server at ${upload.host} has a different offset`);
  await expectSuccess(response, upload.host);
  await response.text().catch(() => '');
  return offsetOf(response.headers.get('upload-offset'), upload.host);
}

/**
 * How much of this bundle an upload noted by an earlier process holds (HEAD): its offset, or null
 * when it cannot be resumed: the server no longer has it (404, 410) or refuses it otherwise (any
 * other 4xx but 408/429: a stale note must never block sending), its length is not this bundle's,
 * or its offset is beyond the file.
 */
async function resumableOffset(job: UploadJob, upload: URL): Promise<number | null> {
  const { response } = await jobRequest(job, upload, { method: 'HEAD', headers: { 'tus-resumable': TUS_VERSION } });
  if (response.status >= 400 && response.status < 500 && !retryableStatus(response.status)) return null;
  await expectSuccess(response, upload.host);
  const length = response.headers.get('upload-length');
  const offset = offsetOf(response.headers.get('upload-offset'), upload.host);
  return offset > job.size || (length !== null && length !== String(job.size)) ? null : offset;
}

/** The upload to go on with and its offset: the one an earlier process noted when the server still has it, else a new one (noted). */
async function startOrResume(job: UploadJob, endpoint: URL, resume: TusResumeStore | undefined): Promise<{ upload: URL; offset: number }> {
  const key = { endpoint, sha256: job.sha256, size: job.size };
  // The note is a help, never a reason to fail: a state file that cannot be read or written is no note.
  const noted = await resume?.find(key).catch(() => undefined);
  if (noted && noted.host === endpoint.host && noted.protocol === endpoint.protocol) {
    const offset = await withRetries(() => resumableOffset(job, noted), job.retry);
    if (offset !== null) return { upload: noted, offset };
  }
  const upload = await withRetries(() => createUpload(job, endpoint), job.retry);
  await resume?.remember(key, upload).catch(() => undefined);
  return { upload, offset: 0 };
}

/**
 * Sends the bundle to a tus endpoint; resolves to the upload's id and path. With a resume store an
 * upload another process left unfinished is continued from the server's offset, and forgotten once done.
 */
export async function tusUpload(job: UploadJob, endpoint: URL, chunkBytes = DEFAULT_TUS_CHUNK_BYTES, resume?: TusResumeStore): Promise<{ reference: string; path: string }> {
  const started = await startOrResume(job, endpoint, resume);
  const upload = started.upload;
  let offset = started.offset;
  job.onProgress(offset);
  while (offset < job.size) {
    const from = offset;
    // Each chunk has its own bounded retries; after a failure the server says where to go on.
    offset = await withRetries(async (attempt) => {
      const start = attempt === 1 ? from : await serverOffset(job, upload);
      job.onProgress(start);
      return start >= job.size ? start : patchChunk(job, upload, start, chunkBytes);
    }, job.retry);
  }
  await resume?.forget({ endpoint, sha256: job.sha256, size: job.size }).catch(() => undefined);
  return { reference: upload.pathname.split('/').filter(Boolean).pop() ?? '', path: upload.pathname };
}
