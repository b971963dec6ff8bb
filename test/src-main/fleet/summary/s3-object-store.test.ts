// The object store through the real AWS SDK against s3rver on 127.0.0.1: where the endpoint comes
// from, what is counted, and what a read must refuse.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectStoreError, openS3Store, storeEndpoint } from '../../../../src-main/fleet/summary/s3-object-store.js';
import { startBundleBucket, type BundleBucket } from '../../../helpers/bundle-bucket.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const dir = useTempDir();
let bucket: BundleBucket;

beforeAll(async () => {
  bucket = await startBundleBucket(path.join(dir, 's3'));
  Object.assign(process.env, bucket.env(dir));
  await bucket.put('a/one.zip', Buffer.from('0123456789'));
  await bucket.put('a/two.zip', Buffer.from('abc'));
  await bucket.put('b/three.zip', Buffer.from('xyz'));
});

afterAll(() => bucket?.close());

describe('the S3 object store', () => {
  it('takes the endpoint from the flag, else AWS_ENDPOINT_URL_S3, else AWS_ENDPOINT_URL; refuses what is not http(s)', () => {
    const env = { AWS_ENDPOINT_URL_S3: 'http://s3-only:9000', AWS_ENDPOINT_URL: 'http://all:9000' };
    expect(storeEndpoint('http://flag:1', env)).toBe('http://flag:1');
    expect(storeEndpoint(undefined, env)).toBe('http://s3-only:9000');
    expect(storeEndpoint(undefined, { AWS_ENDPOINT_URL: 'http://all:9000' })).toBe('http://all:9000');
    expect(storeEndpoint(undefined, {})).toBeUndefined();
    expect(() => storeEndpoint('ftp://x', {})).toThrow(ObjectStoreError);
    expect(() => storeEndpoint('not a url', {})).toThrow(/not a URL/);
  });

  it('lists a prefix in key order and reads exact ranges, counting requests and bytes', async () => {
    const store = await openS3Store({ bucket: 'bundles', endpoint: bucket.endpoint });
    const listed = await store.list('a/');
    expect(listed.map((o) => [o.key, o.bytes])).toEqual([['a/one.zip', 10], ['a/two.zip', 3]]);
    expect((await store.readRange(listed[0]!, 2, 5)).toString()).toBe('234');
    expect(store.traffic).toEqual({ requests: 2, bytes: 3 });
  });

  it('a range the store answers with other bytes than asked is refused', async () => {
    const store = await openS3Store({ bucket: 'bundles', endpoint: bucket.endpoint });
    const [one] = await store.list('a/one');
    await expect(store.readRange({ ...one!, bytes: 100 }, 8, 20)).rejects.toThrow(/asked for 12 bytes from 8, the store sent 2/);
  });
});
