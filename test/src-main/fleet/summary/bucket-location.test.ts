import { describe, expect, it } from 'vitest';
import { isBucketUrl, objectUrl, parseBucketUrl } from '../../../../src-main/fleet/summary/bucket-location.js';

describe('bucket locations', () => {
  it('reads s3://bucket/prefix, the prefix kept as typed (it is a key prefix, not a folder)', () => {
    expect(parseBucketUrl('s3://bundles/fleet/2026/')).toEqual({ bucket: 'bundles', prefix: 'fleet/2026/' });
    expect(parseBucketUrl('s3://bundles')).toEqual({ bucket: 'bundles', prefix: '' });
    expect(parseBucketUrl('S3://my.bucket-1/x')).toEqual({ bucket: 'my.bucket-1', prefix: 'x' });
    expect(objectUrl('bundles', 'fleet/a.zip')).toBe('s3://bundles/fleet/a.zip');
  });

  it('refuses what is not a bucket, naming it', () => {
    expect(isBucketUrl('./s3://x')).toBe(false);
    for (const bad of ['s3://', 's3://a/', 's3://-bad/', 's3://has space/x', 'https://bundles/x']) expect(() => parseBucketUrl(bad), bad).toThrow(/bucket|expected s3/);
  });
});
