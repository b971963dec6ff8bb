import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleWriteError, writeBundle, type BundleEntry } from '../../../src-main/bundle/bundle-writer.js';
import { MANIFEST_SCHEMA_VERSION } from '../../../src-shared/bundle-manifest.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const manifest = {
  schemaVersion: MANIFEST_SCHEMA_VERSION,
  createdAt: '2026-11-26T08:00:00.000Z',
  app: { name: 'test', version: '0' },
  collectors: [],
  skipped: [{ source: 'x', reason: 'y' }],
  redaction: { profile: 'none' as const, total: 0, byCategory: {} },
};

function fileEntry(name: string, sourcePath: string, start: number, end: number): BundleEntry {
  return { kind: 'file', file: { bundlePath: `logs/zoom/${name}`, sourcePath, start, end, kind: 'text', truncated: start > 0, source: 'zoom-logs' } };
}

describe('writeBundle', () => {
  it('writes every entry with sha256 and size that match the bytes in the zip', async () => {
    const log = path.join(dir, 'a.log');
    writeFileSync(log, '0123456789abcdef');
    const target = path.join(dir, 'ok.zip');
    const written = await writeBundle({
      targetPath: target,
      manifest,
      entries: [
        { kind: 'json', path: 'report.json', source: 'report', value: { errorText: 'x' } },
        { kind: 'text', path: 'README.txt', source: 'bundle', text: 'hello\n' },
        fileEntry('a.log', log, 0, 16),
        fileEntry('tail.log', log, 10, 16),
        fileEntry('empty.log', log, 0, 0),
        fileEntry('gone.log', path.join(dir, 'missing.log'), 0, 5),
      ],
    });
    const { manifest: read, entries } = await readVerifiedBundle(target);
    expect(written.path).toBe(target);
    expect(read).toEqual(written.manifest);
    expect(entries.get('logs/zoom/tail.log')?.toString()).toBe('abcdef');
    expect(read.files.find((f) => f.path === 'logs/zoom/tail.log')?.truncated).toBe(true);
    expect(entries.get('logs/zoom/empty.log')?.length).toBe(0);
    expect(entries.has('logs/zoom/gone.log')).toBe(false);
    expect(read.skipped).toContainEqual({ source: path.join(dir, 'missing.log'), reason: expect.stringContaining('vanished') });
    expect(JSON.parse(entries.get('report.json')!.toString())).toEqual({ errorText: 'x' });
  });

  it('only reads the bytes that existed when the file was listed', async () => {
    const log = path.join(dir, 'growing.log');
    writeFileSync(log, 'first part|second part that was appended later');
    const target = path.join(dir, 'growing.zip');
    await writeBundle({ targetPath: target, manifest, entries: [fileEntry('g.log', log, 0, 11)] });
    const { entries } = await readVerifiedBundle(target);
    expect(entries.get('logs/zoom/g.log')?.toString()).toBe('first part|');
  });

  it('refuses to overwrite an existing file unless asked', async () => {
    const target = path.join(dir, 'exists.zip');
    writeFileSync(target, 'keep me');
    await expect(writeBundle({ targetPath: target, manifest, entries: [] })).rejects.toMatchObject({ code: 'exists' });
    await writeBundle({ targetPath: target, manifest, entries: [], overwrite: true });
    await readVerifiedBundle(target);
  });

  it('leaves neither the bundle nor a temporary file behind when writing fails mid-way', async () => {
    const sub = path.join(dir, 'failing');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    async function* entries(): AsyncGenerator<BundleEntry> {
      yield { kind: 'text', path: 'README.txt', source: 'bundle', text: 'x'.repeat(100_000) };
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    }
    const error = await writeBundle({ targetPath: path.join(sub, 'b.zip'), manifest, entries: entries() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleWriteError);
    expect((error as BundleWriteError).message).toMatch(/could not write the bundle/);
    expect(readdirSync(sub)).toEqual([]);
  });

  it('stops when cancelled and leaves nothing behind', async () => {
    const sub = path.join(dir, 'cancelled');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub);
    const controller = new AbortController();
    controller.abort();
    await expect(
      writeBundle({ targetPath: path.join(sub, 'c.zip'), manifest, entries: [{ kind: 'text', path: 'a', source: 's', text: 'x' }], signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(readdirSync(sub)).toEqual([]);
  });

  it('says which folder is missing', async () => {
    await expect(writeBundle({ targetPath: path.join(dir, 'nope', 'x.zip'), manifest, entries: [] })).rejects.toMatchObject({ code: 'no-folder' });
  });
});
