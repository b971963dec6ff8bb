import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { BundleWriteError, writeBundle, type BundleEntry } from '../../../src-main/bundle/bundle-writer.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { testManifest } from '../../helpers/manifest-fixture.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { PLANTED } from '../redact/planted-secrets.js';
import { PLACEHOLDER_CATEGORY } from '../../../src-main/redact/placeholder-kinds.js';

const dir = useTempDir();
const manifest = testManifest([{ source: 'x', reason: 'y' }]);

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

  it('fails and leaves nothing behind when compression fails, instead of waiting forever', async () => {
    const sub = path.join(dir, 'deflate-fails');
    mkdirSync(sub);
    const log = path.join(sub, 'big.log');
    writeFileSync(log, 'INFO a line of log text\n'.repeat(200_000)); // several compression blocks
    const entries = [fileEntry('big.log', log, 0, statSync(log).size)];
    // Level 99 makes zlib refuse the first block, as a real compression failure would.
    const error = await writeBundle({ targetPath: path.join(sub, 'd.zip'), manifest, entries, level: 99 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleWriteError);
    expect((error as BundleWriteError).code).toBe('write-failed');
    expect(readdirSync(sub)).toEqual(['big.log']);
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

describe('writeBundle redaction', () => {
  it('leaves no planted original anywhere in the zip: logs across chunk boundaries, JSON, text, entry names, manifest', async () => {
    const sub = path.join(dir, 'redacted');
    mkdirSync(sub);
    // > 64 KB per file so values land on read-chunk boundaries somewhere.
    const lines = PLANTED.map((p) => p.line);
    const log = path.join(sub, 'zoom.log');
    let body = '';
    for (let i = 0; body.length < 300_000; i++) body += `2026-11-26 08:00:${String(i % 60).padStart(2, '0')} ${lines[i % lines.length]}\n`;
    writeFileSync(log, body);
    const target = path.join(sub, 'b.zip');
    const written = await writeBundle({
      targetPath: target,
      manifest: { ...manifest, skipped: [{ source: '/home/fixture-user/.zoom/data.db', reason: 'never collected' }] },
      redaction: { profile: 'standard', username: 'fixture-user', hostname: 'fixture-host' },
      entries: [
        { kind: 'json', path: 'report.json', source: 'report', value: { notes: lines.join(' | '), password: 'Sup3rS3cret!' } },
        { kind: 'text', path: 'README.txt', source: 'bundle', text: lines.join('\n') },
        { ...fileEntry('fixture-user/zoom.log', log, 0, Buffer.byteLength(body)) },
      ],
    });
    const { manifest: read, entries } = await readVerifiedBundle(target);
    for (const [name, content] of entries) {
      const text = content.toString('latin1');
      for (const planted of PLANTED) expect(text.includes(planted.value), `${planted.category} ${planted.value} in ${name}`).toBe(false);
      expect(name).not.toContain('fixture-user');
    }
    const logFile = read.files.find((f) => /^logs\/zoom\/_user-\d+_\/zoom\.log$/.test(f.path))!;
    expect(entries.has(logFile.path)).toBe(true);
    expect(logFile.redactions).toBeGreaterThan(PLANTED.length);
    expect(read.redaction.profile).toBe('standard');
    expect(read.redaction.total).toBe(Object.values(read.redaction.byCategory).reduce((a, b) => a + b, 0));
    expect(read.redaction.total).toBeGreaterThanOrEqual(read.files.reduce((a, f) => a + f.redactions, 0));
    for (const planted of PLANTED) expect(read.redaction.byCategory[PLACEHOLDER_CATEGORY[planted.category]], planted.category).toBeGreaterThan(0);
    const userNumber = /_user-(\d+)_/.exec(logFile.path)![1];
    expect(read.skipped[0]!.source).toBe(`/home/<user-${userNumber}>/.zoom/data.db`);
    expect(written.manifest).toEqual(read);
  });

  it('copies known-safe binary (encrypted Zoom logs) byte for byte and leaves out other binary, saying why', async () => {
    const sub = path.join(dir, 'binary');
    mkdirSync(sub);
    const secretBytes = Buffer.concat([Buffer.from([0, 1, 2, 255]), Buffer.from(' peggy@example.com password=x ')]);
    const zenc = path.join(sub, 'a.log.zenc');
    const dmp = path.join(sub, 'crash.dmp');
    const disguised = path.join(sub, 'looks-like.log');
    for (const file of [zenc, dmp, disguised]) writeFileSync(file, secretBytes);
    const binary = (name: string, sourcePath: string): BundleEntry => ({ kind: 'file', file: { bundlePath: `logs/zoom/${name}`, sourcePath, start: 0, end: secretBytes.length, kind: 'binary', truncated: false, source: 'zoom-logs' } });
    const target = path.join(sub, 'b.zip');
    await writeBundle({ targetPath: target, manifest, entries: [binary('a.log.zenc', zenc), binary('crash.dmp', dmp), fileEntry('looks-like.log', disguised, 0, secretBytes.length)] });
    const { manifest: read, entries } = await readVerifiedBundle(target);
    expect(entries.get('logs/zoom/a.log.zenc')).toEqual(secretBytes);
    expect(read.files.find((f) => f.path === 'logs/zoom/a.log.zenc')).toMatchObject({ kind: 'binary', redactions: 0 });
    expect(entries.has('logs/zoom/crash.dmp')).toBe(false);
    expect(entries.has('logs/zoom/looks-like.log')).toBe(false);
    expect(read.skipped).toEqual(expect.arrayContaining([
      { source: dmp, reason: expect.stringContaining('not known safe') },
      { source: disguised, reason: expect.stringContaining('not known safe') },
    ]));
  });

  it('saves the mapping beside the bundle with mode 0600, and never inside it', async () => {
    const sub = path.join(dir, 'mapping');
    mkdirSync(sub);
    const target = path.join(sub, 'b.zip');
    const mapping = path.join(sub, 'b.mapping.json');
    await writeBundle({ targetPath: target, manifest, mappingPath: mapping, entries: [{ kind: 'text', path: 'README.txt', source: 'bundle', text: 'from José <jose@example.com> call +14155550123' }] });
    expect(statSync(mapping).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(mapping, 'utf8'));
    expect(saved.mapping).toEqual({ '<email-1>': 'jose@example.com', '<phone:+1:10d-1>': '+14155550123' });
    const { entries } = await readVerifiedBundle(target);
    expect(entries.get('README.txt')!.toString()).toBe('from José <<email-1>> call <phone:+1:10d-1>');
    for (const content of entries.values()) expect(content.toString()).not.toContain('jose@example.com');
  });

  it.runIf(process.platform === 'linux')('leaves no bundle file when reading a log fails mid-way (I/O error)', async () => {
    const sub = path.join(dir, 'io-error');
    mkdirSync(sub);
    const log = path.join(sub, 'ok.log');
    writeFileSync(log, 'x'.repeat(200_000));
    // /proc/self/mem is a regular file that opens; reading its unmapped first page fails with EIO:
    // a real I/O error in the middle of the bundle. (Copied as is, like a user's own attachment.)
    const broken: BundleEntry = { kind: 'file', file: { bundlePath: 'logs/app/mem.bin', sourcePath: '/proc/self/mem', start: 0, end: 10, kind: 'binary', truncated: false, source: 'report' } };
    const error = await writeBundle({ targetPath: path.join(sub, 'b.zip'), manifest, mappingPath: path.join(sub, 'map.json'), entries: [fileEntry('ok.log', log, 0, 200_000), broken] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleWriteError);
    expect((error as Error).message).toMatch(/could not write the bundle/);
    expect(readdirSync(sub).sort()).toEqual(['ok.log']);
  });
});

describe('writeBundle zip format', () => {
  it('records in the zip the CRC-32 of every entry as written by the parallel compressor', async () => {
    const sub = path.join(dir, 'crc');
    mkdirSync(sub);
    const log = path.join(sub, 'big.log');
    writeFileSync(log, Array.from({ length: 80_000 }, (_, i) => `line ${i} to 10.0.${i % 250}.1 ok\n`).join(''));
    const target = path.join(sub, 'b.zip');
    await writeBundle({ targetPath: target, manifest, entries: [fileEntry('big.log', log, 0, statSync(log).size), { kind: 'text', path: 'README.txt', source: 'bundle', text: '' }] });
    // yauzl does not check CRCs itself: compare each central-directory CRC with the bytes read back.
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.open(target, { lazyEntries: false }, (e, z) => (e ? reject(e) : resolve(z!))));
    const crcs = new Map<string, number>();
    await new Promise<void>((resolve) => {
      zip.on('entry', (entry: yauzl.Entry) => crcs.set(entry.fileName, entry.crc32));
      zip.on('end', () => resolve());
    });
    zip.close();
    const { entries } = await readVerifiedBundle(target);
    expect(crcs.size).toBe(entries.size);
    for (const [name, content] of entries) expect(crcs.get(name), name).toBe(zlib.crc32(content));
  });
});

describe('writeBundle observeText (the log-evidence step reads what redaction streams)', () => {
  it('shows each text file its redacted bytes exactly as they go into the zip, and ends it before the next entry', async () => {
    const big = path.join(dir, 'observed.log');
    // Over a few of the reader's chunks, with private values to be redacted on the way.
    writeFileSync(big, Array.from({ length: 40_000 }, (_, i) => `2026-11-26 09:05:${String(i % 60).padStart(2, '0')}.000 INFO call ${i} from peggy${i % 7}@example.com\n`).join(''));
    const binary = path.join(dir, 'observed.log.zenc');
    writeFileSync(binary, Buffer.from([0x5a, 0x45, 0, 1, 2, 0xff]));
    const seen: string[] = [];
    const texts = new Map<string, string[]>();
    for (const profile of ['standard', 'none'] as const) {
      const target = path.join(dir, `observed-${profile}.zip`);
      const events: string[] = [];
      await writeBundle({
        targetPath: target,
        manifest,
        redaction: { profile },
        entries: (function* () {
          yield fileEntry('observed.log', big, 0, statSync(big).size);
          events.push('next asked');
          yield { kind: 'file', file: { bundlePath: 'logs/zoom/observed.log.zenc', sourcePath: binary, start: 0, end: 6, kind: 'binary', truncated: false, source: 'zoom-logs' } } as BundleEntry;
          yield { kind: 'text', path: 'README.txt', source: 'bundle', text: 'x\n' } as BundleEntry;
        })(),
        observeText: (entry, entryPath) => {
          seen.push(`${profile} ${entry.kind} ${entryPath}`);
          if (entry.kind !== 'file' || entry.file.kind !== 'text') return undefined;
          const parts: string[] = [];
          texts.set(profile, parts);
          return { text: (chunk) => parts.push(chunk), end: () => events.push('ended') };
        },
      });
      const { entries } = await readVerifiedBundle(target);
      expect(texts.get(profile)!.join('')).toBe(entries.get('logs/zoom/observed.log')!.toString('latin1'));
      expect(events).toEqual(['ended', 'next asked']);
    }
    expect(texts.get('standard')!.join('')).not.toContain('peggy');
    expect(texts.get('none')!.join('')).toContain('peggy3@example.com');
    expect(seen).toEqual([
      'standard file logs/zoom/observed.log', 'standard file logs/zoom/observed.log.zenc', 'standard text README.txt',
      'none file logs/zoom/observed.log', 'none file logs/zoom/observed.log.zenc', 'none text README.txt',
    ]);
  });
});
