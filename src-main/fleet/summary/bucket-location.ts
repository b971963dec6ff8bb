/**
 * `s3://bucket/prefix/` as `zpb summarize` and `zpb facts` take it: a bucket and a key prefix (empty:
 * the whole bucket). Bundles in it are named `s3://bucket/key` everywhere a local path would be.
 */

/** Where the bundles are in an object store. */
export interface BucketLocation {
  bucket: string;
  /** Keys that start with this are listed ('' for the whole bucket). */
  prefix: string;
}

/** A location that is not `s3://bucket/...`; its message names what was wrong. */
export class BucketLocationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BucketLocationError';
  }
}

/** Whether an argument names an object store location rather than a file or folder. */
export function isBucketUrl(text: string): boolean {
  return /^s3:\/\//i.test(text);
}

// S3's bucket names (3-63 of a-z, 0-9, '.', '-'); upper case and '_' too, which some S3-compatible stores allow.
const BUCKET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,61}[A-Za-z0-9]$/;

/** Reads `s3://bucket/prefix`; throws BucketLocationError for anything else. */
export function parseBucketUrl(text: string): BucketLocation {
  if (!isBucketUrl(text)) throw new BucketLocationError(`expected s3://bucket/prefix/, got "${text}"`);
  const rest = text.slice('s3://'.length);
  const slash = rest.indexOf('/');
  const bucket = slash === -1 ? rest : rest.slice(0, slash);
  if (!BUCKET_NAME.test(bucket)) throw new BucketLocationError(`"${bucket}" is not a bucket name (3 to 63 letters, digits, dots and dashes) in "${text}"`);
  return { bucket, prefix: slash === -1 ? '' : rest.slice(slash + 1) };
}

/** The name of one stored bundle in reports: `s3://bucket/key`. */
export function objectUrl(bucket: string, key: string): string {
  return `s3://${bucket}/${key}`;
}
