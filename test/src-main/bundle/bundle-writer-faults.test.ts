// The writer under faults: a cancel reaches the file being read, a full disk is said up front or
// mid-write in one line with nothing left behind, --force never replaces what is not a regular
// file, and temp files a killed run left are removed by the next one.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BundleWriteError, writeBundle, type BundleEntry } from '../../../src-main/bundle/bundle-writer.js';
import { removeStalePartials } from '../../../src-main/bundle/partial-files.js';
import { testManifest } from '../../helpers/manifest-fixture.js';
import { randomWords } from '../../helpers/random-words.js';
import { mountSmallFilesystem } from '../../helpers/small-filesystem.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const manifest = testManifest();

function textEntry(name: string, sourcePath: string, size: number): BundleEntry {
  return { kind: 'file', file: { bundlePath: `logs/zoom/${name}`, sourcePath, start: 0, end: size, kind: 'text', truncated: false, source: 'zoom-logs' } };
}

function wordsLog(file: string, bytes: number, seed: number): number {
  writeFileSync(file, randomWords(bytes, seed));
  return bytes;
}

/** Bytes this process has read through read(2) and friends so far (Linux). */
function bytesReadByProcess(): number {
  return Number(/^rchar:\s*(\d+)/m.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? NaN);
}

describe('writeBundle cancelled while reading a large file', () => {
  it.runIf(process.platform === 'linux')('stops reading that file at once and leaves nothing behind', async () => {
    const log = path.join(dir, 'large.log');
    const size = 48 * 1024 * 1024;
    writeFileSync(log, Buffer.alloc(size, 'a line of an ordinary log that goes on and on\n'));
    const target = path.join(dir, 'cancelled.zip');
    const controller = new AbortController();
    const before = bytesReadByProcess();
    const result = writeBundle({
      targetPath: target,
      manifest,
      signal: controller.signal,
      entries: [textEntry('large.log', log, size), { kind: 'text', path: 'README.txt', source: 'bundle', text: 'after\n' }],
      // Cancelled as soon as the large file is taken in: it must not be read to its end first.
      onAppend: () => controller.abort(),
    });
    await expect(result).rejects.toMatchObject({ code: 'cancelled' });
    expect(bytesReadByProcess() - before).toBeLessThan(size / 4);
    expect(readdirSync(dir).filter((n) => n.includes('cancelled'))).toEqual([]);
  });
});

describe('writeBundle on a full disk', () => {
  const fs = mountSmallFilesystem(8);
  afterAll(() => fs?.unmount());

  it.runIf(fs !== null)('refuses before writing when the free space is clearly too small, in one line naming the size', async () => {
    const log = path.join(dir, 'big.log');
    const size = wordsLog(log, 64 * 1024, 11);
    const error = await writeBundle({ targetPath: path.join(fs!.dir, 'refused.zip'), manifest, entries: [textEntry('big.log', log, size)], expectedBytes: 12 * 1024 * 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleWriteError);
    expect((error as BundleWriteError).code).toBe('no-space');
    expect((error as Error).message).toBe(`not enough space on ${fs!.dir} (needs about 12 MB)`);
    expect(readdirSync(fs!.dir)).toEqual([]);
  });

  it.runIf(fs !== null)('fails cleanly when the disk fills up mid-write: the same one line, no partial file', async () => {
    const log = path.join(dir, 'big2.log');
    const size = wordsLog(log, 24 * 1024 * 1024, 12);
    // The estimate fits (as one for ordinary logs would), the words do not compress enough.
    const error = await writeBundle({ targetPath: path.join(fs!.dir, 'full.zip'), manifest, entries: [textEntry('big2.log', log, size)], expectedBytes: 1024 * 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleWriteError);
    expect((error as Error).message).toMatch(new RegExp(`^not enough space on ${fs!.dir} \\(needs about \\d+ MB\\)$`));
    expect(readdirSync(fs!.dir)).toEqual([]);
  });
});

describe('writeBundle overwriting', () => {
  it('replaces a regular file only: never a FIFO, a device node, a folder or a link', async () => {
    const fifo = path.join(dir, 'pipe.zip');
    execFileSync('mkfifo', [fifo]);
    const device = path.join(dir, 'null-device.zip');
    execFileSync('mknod', [device, 'c', '1', '3']);
    const link = path.join(dir, 'link.zip');
    writeFileSync(path.join(dir, 'elsewhere'), 'keep');
    symlinkSync(path.join(dir, 'elsewhere'), link);
    for (const target of [fifo, device, link, dir]) {
      const error = await writeBundle({ targetPath: target, manifest, entries: [], overwrite: true }).catch((e: unknown) => e);
      expect((error as Error).message, target).toContain('is not a regular file');
    }
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(readFileSync(link, 'utf8')).toBe('keep');
  });
});

describe('writeBundle and files that changed type after they were listed', () => {
  it('leaves out a log that became a FIFO or a device, without blocking on it', async () => {
    const fifo = path.join(dir, 'became-fifo.log');
    execFileSync('mkfifo', [fifo]);
    const written = await writeBundle({ targetPath: path.join(dir, 'changed.zip'), manifest, entries: [textEntry('became-fifo.log', fifo, 100), textEntry('zero.log', '/dev/zero', 100)] });
    expect(written.manifest.files).toEqual([]);
    expect(written.manifest.skipped.map((s) => s.reason)).toEqual(['no longer a regular file when it was read; left out', 'no longer a regular file when it was read; left out']);
  });
});

describe('stale temp files', () => {
  it('removes our own partials whose writer is gone or idle, and nothing else', async () => {
    const folder = path.join(dir, 'stale');
    execFileSync('mkdir', [folder]);
    // Two hours back, not one: at exactly the one-hour limit, the file system's rounding of the time
    // (and a fast machine) made "idle for an hour" a boundary case (it failed once in CI on Node 22).
    const hourAgo = Date.now() / 1000 - 2 * 3600;
    const put = (name: string, old = false) => {
      writeFileSync(path.join(folder, name), 'x');
      if (old) utimesSync(path.join(folder, name), hourAgo, hourAgo);
    };
    put('.b.zip.99999999-0123456789ab.partial'); // no such process
    put(`.c.zip.${process.pid}-0123456789ab.partial`, true); // a live pid, but idle for an hour
    put('.d.zip.0123456789ab.partial', true); // the older naming, idle
    put(`.e.zip.${process.pid}-abcdefabcdef.partial`); // being written right now
    put('.f.zip.abcdefabcdef.partial'); // older naming, fresh
    put('.g.partial'); // not ours
    put('h.zip.99999999-0123456789ab.partial'); // not hidden: not ours
    const removed = await removeStalePartials(folder);
    expect(removed.sort()).toEqual(['.b.zip.99999999-0123456789ab.partial', `.c.zip.${process.pid}-0123456789ab.partial`, '.d.zip.0123456789ab.partial']);
    expect(readdirSync(folder).sort()).toEqual([`.e.zip.${process.pid}-abcdefabcdef.partial`, '.f.zip.abcdefabcdef.partial', '.g.partial', 'h.zip.99999999-0123456789ab.partial']);
  });
});
