/**
 * Sending a bundle with a presigned S3 PUT (AWS S3 and S3-compatible stores): one PUT of the whole
 * file with its length, no Content-Type (a presigned URL may have signed none), the file streamed.
 * The PUT is conditional (If-None-Match: *, which S3 and most compatible stores honour and neither
 * signature version signs): a link opened on a second computer, or by a second person, must never
 * overwrite the bundle the first one sent to the same object key.
 */
import { fileRangeBody } from './file-body.js';
import { withRetries } from './retry.js';
import { UploadAlreadyAnsweredError } from './upload-http.js';
import { expectSuccess, jobRequest, type UploadJob } from './upload-job.js';

/** PUTs the bundle to the presigned URL; resolves to the object's ETag when the server gave one. */
export async function s3PutUpload(job: UploadJob, url: URL): Promise<{ reference?: string; path: string }> {
  // A try after a lost answer (connection cut, 5xx) that then hears "already there" may be this send's own.
  let lostAnswer = false;
  return withRetries(async (attempt) => {
    lostAnswer ||= attempt > 1;
    let sent = 0;
    job.onProgress(0);
    const { response, url: final } = await jobRequest(job, url, {
      method: 'PUT',
      headers: { 'content-length': String(job.size), 'if-none-match': '*' },
      body: () => {
        sent = 0;
        return fileRangeBody(job.handle, 0, job.size, (bytes) => job.onProgress((sent += bytes)));
      },
    });
    // 412: the object exists; 409: another conditional write to it is in progress (S3's ConditionalRequestConflict).
    if (response.status === 412 || response.status === 409) {
      await response.text().catch(() => '');
      throw new UploadAlreadyAnsweredError(url.host, lostAnswer);
    }
    await expectSuccess(response, url.host);
    await response.text().catch(() => '');
    const etag = response.headers.get('etag')?.replace(/^(W\/)?"|"$/g, '');
    return { ...(etag ? { reference: etag } : {}), path: final.pathname };
  }, job.retry);
}
