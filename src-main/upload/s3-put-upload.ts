/**
 * Sending a bundle with a presigned S3 PUT (AWS S3 and S3-compatible stores): one PUT of the whole
 * file with its length, no Content-Type (a presigned URL may have signed none), the file streamed.
 */
import { fileRangeBody } from './file-body.js';
import { withRetries } from './retry.js';
import { expectSuccess, jobRequest, type UploadJob } from './upload-job.js';

/** PUTs the bundle to the presigned URL; resolves to the object's ETag when the server gave one. */
export async function s3PutUpload(job: UploadJob, url: URL): Promise<{ reference?: string; path: string }> {
  return withRetries(async () => {
    let sent = 0;
    job.onProgress(0);
    const { response, url: final } = await jobRequest(job, url, {
      method: 'PUT',
      headers: { 'content-length': String(job.size) },
      body: () => {
        sent = 0;
        return fileRangeBody(job.handle, 0, job.size, (bytes) => job.onProgress((sent += bytes)));
      },
    });
    await expectSuccess(response, url.host);
    await response.text().catch(() => '');
    const etag = response.headers.get('etag')?.replace(/^(W\/)?"|"$/g, '');
    return { ...(etag ? { reference: etag } : {}), path: final.pathname };
  }, job.retry);
}
