// Checking a bundle in place in a real S3-compatible store (s3rver on 127.0.0.1, through the SDK):
// a usual bundle costs at most 3 requests and none of its log; a bundle whose directory outgrows the
// first request, or whose zip comment hides the end record, still reads right at a request or two
// more; a tampered or truncated one says why, as a local check would.
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openS3Store, type ObjectStore, type StoredObject } from '../../../../src-main/fleet/summary/s3-object-store.js';
import { checkStoredBundle } from '../../../../src-main/fleet/summary/stored-bundle-check.js';
import { verifyBundle } from '../../../../src-main/bundle/verify-bundle.js';
import { readZipEntries } from '../../../../src-main/bundle/zip-reader.js';
import { startBundleBucket, type BundleBucket } from '../../../helpers/bundle-bucket.js';
import { writeFleetBundle } from '../../../helpers/fleet-bundles.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const dir = useTempDir();
let bucket: BundleBucket;
let store: ObjectStore;

/** The object as a listing shows it. */
async function stored(key: string): Promise<StoredObject> {
  const found = (await store.list(key)).find((o) => o.key === key);
  if (!found) throw new Error(`${key} not listed`);
  return found;
}

/** Rewrites `source` with every entry kept, in the same order, plus extra entries and a comment. */
async function rewrite(source: string, target: string, extra: Array<[string, Buffer]>, comment = ''): Promise<void> {
  const entries = await readZipEntries(source);
  const archive = new ZipArchive({ zlib: { level: 1 }, comment });
  const output = createWriteStream(target);
  archive.pipe(output);
  for (const [name, content] of entries) archive.append(content, { name });
  for (const [name, content] of extra) archive.append(content, { name });
  await archive.finalize();
  await finished(output);
}

beforeAll(async () => {
  bucket = await startBundleBucket(path.join(dir, 's3'));
  Object.assign(process.env, bucket.env(dir));
  store = await openS3Store({ bucket: 'bundles', endpoint: bucket.endpoint });
  await writeFleetBundle(dir, 'plain.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z', encryptedLogBytes: 400_000 });
  await bucket.put('plain.zip', path.join(dir, 'plain.zip'));
  // 600 entries not in the manifest make a central directory far longer than the first request.
  const many: Array<[string, Buffer]> = Array.from({ length: 600 }, (_, i) => [`logs/zoom/extra-file-with-a-long-name-${String(i).padStart(4, '0')}.log`, Buffer.from(`line ${i}\n`)]);
  await rewrite(path.join(dir, 'plain.zip'), path.join(dir, 'many.zip'), many);
  await bucket.put('many.zip', path.join(dir, 'many.zip'));
  await rewrite(path.join(dir, 'plain.zip'), path.join(dir, 'comment.zip'), [], 'x'.repeat(40_000));
  await bucket.put('comment.zip', path.join(dir, 'comment.zip'));
  await bucket.put('truncated.zip', readFileSync(path.join(dir, 'plain.zip')).subarray(0, 300_000));
}, 60_000);

afterAll(() => bucket?.close());

describe('checkStoredBundle', () => {
  it('reads a bundle in place as the local check does, in at most 3 requests, no byte of its log past the tail', async () => {
    const object = await stored('plain.zip');
    bucket.requests.length = 0;
    const remote = await checkStoredBundle(store, object);
    const local = await verifyBundle(path.join(dir, 'plain.zip'));
    expect(remote.problems).toEqual([]);
    expect(remote.manifestSha256).toBe(local.manifestSha256);
    expect(remote.json).toEqual(new Map([...local.json].filter(([name]) => name !== 'evidence.json')));
    const gets = bucket.requests.filter((r) => r.method === 'GET');
    expect(gets.length).toBeLessThanOrEqual(3);
    expect(gets.reduce((n, r) => n + r.bytes, 0)).toBeLessThan(0.05 * object.bytes);
  });

  it('a directory longer than the first request comes in one more; the extra entries are named', async () => {
    const object = await stored('many.zip');
    bucket.requests.length = 0;
    const remote = await checkStoredBundle(store, object);
    expect(remote.problems[0]).toEqual({ kind: 'extra', path: 'logs/zoom/extra-file-with-a-long-name-0000.log', message: 'logs/zoom/extra-file-with-a-long-name-0000.log is in the zip but not in the manifest' });
    expect(remote.problems).toHaveLength(600);
    expect(bucket.requests.filter((r) => r.method === 'GET').length).toBeLessThanOrEqual(4);
  });

  it('a comment longer than the first request: the rest of the search window is fetched, then read as usual', async () => {
    const remote = await checkStoredBundle(store, await stored('comment.zip'));
    expect(remote.problems).toEqual([]);
    expect(remote.json.has('report.json')).toBe(true);
  });

  it('a truncated zip is not a readable zip, as on disk', async () => {
    const remote = await checkStoredBundle(store, await stored('truncated.zip'));
    expect(remote.problems).toEqual([{ kind: 'not-a-zip', message: expect.stringMatching(/^not a readable zip: End of central directory record signature not found/) }]);
    expect(statSync(path.join(dir, 'plain.zip')).size).toBeGreaterThan(300_000);
  });

  it('an object replaced since it was listed is refused by its ETag, not read half old, half new', async () => {
    const object = await stored('plain.zip');
    await bucket.put('plain.zip', path.join(dir, 'many.zip'));
    await expect(checkStoredBundle(store, object)).rejects.toThrow(/changed while being read|PreconditionFailed|HTTP 412/);
    await bucket.put('plain.zip', path.join(dir, 'plain.zip'));
  });
});
