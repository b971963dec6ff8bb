import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheFolder, loadFactsCache } from '../../../../src-main/fleet/summary/bundle-facts-cache.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const dir = useTempDir();
const notCounted = { ok: false as const, reason: 'not a readable zip: truncated' };
const object = (key: string, etag: string) => ({ key, etag, bytes: 10 });

describe('the facts cache', () => {
  it('answers for the same bucket, key and ETag only, and keeps that across runs', async () => {
    const cache = await loadFactsCache(dir, 'http://127.0.0.1:9000', 'bundles');
    cache.set('bundles', object('fleet/a.zip', '"1"'), notCounted);
    cache.set('bundles', object('fleet/b.zip', ''), notCounted);
    await cache.save();
    expect(statSync(cache.file).mode & 0o777).toBe(0o600);
    const again = await loadFactsCache(dir, 'http://127.0.0.1:9000', 'bundles');
    expect(again.get('bundles', object('fleet/a.zip', '"1"'))).toEqual(notCounted);
    expect(again.get('bundles', object('fleet/a.zip', '"2"'))).toBeUndefined();
    expect(again.get('other', object('fleet/a.zip', '"1"'))).toBeUndefined();
    // No ETag, no way to tell a changed object: never cached.
    expect(again.get('bundles', object('fleet/b.zip', ''))).toBeUndefined();
    // Another store with a bucket of the same name has its own file.
    expect((await loadFactsCache(dir, 'aws', 'bundles')).get('bundles', object('fleet/a.zip', '"1"'))).toBeUndefined();
  });

  it('drops keys the listing of their prefix no longer has, keeps other prefixes', async () => {
    const cache = await loadFactsCache(dir, 'prune', 'bundles');
    for (const key of ['fleet/a.zip', 'fleet/gone.zip', 'other/x.zip']) cache.set('bundles', object(key, '"1"'), notCounted);
    await cache.save({ prefix: 'fleet/', keys: new Set(['fleet/a.zip']) });
    const again = await loadFactsCache(dir, 'prune', 'bundles');
    expect(['fleet/a.zip', 'fleet/gone.zip', 'other/x.zip'].map((k) => again.get('bundles', object(k, '"1"')) !== undefined)).toEqual([true, false, true]);
  });

  it('a damaged file or one of another version is ignored, not trusted', async () => {
    const cache = await loadFactsCache(dir, 'old', 'bundles');
    cache.set('bundles', object('a.zip', '"1"'), notCounted);
    await cache.save();
    const text = JSON.parse(readFileSync(cache.file, 'utf8'));
    writeFileSync(cache.file, JSON.stringify({ ...text, version: '0.0.1' }));
    expect((await loadFactsCache(dir, 'old', 'bundles')).get('bundles', object('a.zip', '"1"'))).toBeUndefined();
    writeFileSync(cache.file, '{"version":');
    expect((await loadFactsCache(dir, 'old', 'bundles')).get('bundles', object('a.zip', '"1"'))).toBeUndefined();
  });

  it('lives in each OS\'s per-user cache folder unless ZPB_CACHE_DIR names one', () => {
    expect(defaultCacheFolder({}, 'linux', '/home/ann')).toBe(path.join('/home/ann', '.cache', 'Zoom Phone Support Bundle'));
    expect(defaultCacheFolder({ XDG_CACHE_HOME: '/x' }, 'linux', '/home/ann')).toBe(path.join('/x', 'Zoom Phone Support Bundle'));
    expect(defaultCacheFolder({}, 'darwin', '/Users/ann')).toBe(path.join('/Users/ann', 'Library', 'Caches', 'Zoom Phone Support Bundle'));
    expect(defaultCacheFolder({ LOCALAPPDATA: 'C:\\L' }, 'win32', 'C:\\Users\\ann')).toBe(path.join('C:\\L', 'Zoom Phone Support Bundle', 'Cache'));
    expect(defaultCacheFolder({ ZPB_CACHE_DIR: '/c' }, 'linux', '/home/ann')).toBe('/c');
  });
});
