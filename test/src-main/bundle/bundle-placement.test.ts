// Edge cases of putting entries and the finished zip in place: a target that appears while the
// bundle is written, entry names archiver would rewrite, and a zip that carries a name twice.
import { createWriteStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { describe, expect, it } from 'vitest';
import { writeBundle, type BundleEntry } from '../../../src-main/bundle/bundle-writer.js';
import { readZipEntries } from '../../../src-main/bundle/zip-reader.js';
import { verifyBundle } from '../../../src-main/bundle/verify-bundle.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { testManifest } from '../../helpers/manifest-fixture.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const manifest = testManifest();

describe('bundle placement', () => {
  it('never replaces a file that appeared at the target while the bundle was being written', async () => {
    const sub = path.join(dir, 'race');
    (await import('node:fs')).mkdirSync(sub);
    const target = path.join(sub, 'b.zip');
    async function* entries(): AsyncGenerator<BundleEntry> {
      yield { kind: 'text', path: 'README.txt', source: 'bundle', text: 'first' };
      writeFileSync(target, 'another run saved here first'); // e.g. a second zpb in the same second
      yield { kind: 'text', path: 'notes.txt', source: 'bundle', text: 'second' };
    }
    await expect(writeBundle({ targetPath: target, manifest, entries: entries() })).rejects.toMatchObject({ code: 'exists' });
    expect(readFileSync(target, 'utf8')).toBe('another run saved here first');
    expect(readdirSync(sub)).toEqual(['b.zip']);
  });

  it('leaves out an entry whose name a zip cannot hold as is, instead of hanging', async () => {
    const target = path.join(dir, 'names.zip');
    const written = await writeBundle({
      targetPath: target,
      manifest,
      entries: [
        { kind: 'text', path: 'logs/zoom/home/a\\b.log', source: 'zoom-logs', text: 'x' },
        { kind: 'text', path: 'README.txt', source: 'bundle', text: 'ok' },
      ],
    });
    const { entries } = await readVerifiedBundle(target);
    expect([...entries.keys()].sort()).toEqual(['README.txt', 'manifest.json']);
    expect(written.manifest.skipped).toEqual([{ source: 'logs/zoom/home/a\\b.log', reason: expect.stringContaining('cannot be stored in a bundle') }]);
  });

  it('fails verification when a name appears twice (a forged copy beside the real one)', async () => {
    const good = path.join(dir, 'good.zip');
    await writeBundle({ targetPath: good, manifest, entries: [{ kind: 'json', path: 'report.json', source: 'report', value: { errorText: 'real' } }] });
    const original = await readZipEntries(good);
    const forged = path.join(dir, 'forged.zip');
    const archive = new ZipArchive();
    const output = createWriteStream(forged);
    archive.pipe(output);
    archive.append(Buffer.from('{"errorText":"forged"}'), { name: 'report.json' });
    for (const [name, content] of original) archive.append(content, { name });
    await archive.finalize();
    await finished(output);
    const result = await verifyBundle(forged);
    expect(result.problems).toContainEqual({ kind: 'extra', path: 'report.json', message: 'report.json appears more than once in the zip' });
  });
});
