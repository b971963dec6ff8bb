import { execFileSync } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { describe, expect, it } from 'vitest';
import { verifyBundle, ZIP_LIMITS } from '../../../src-main/bundle/verify-bundle.js';
import { MAX_BUNDLE_ENTRIES } from '../../../src-main/bundle/zip-reader.js';
import { main } from '../../../src-main/cli/zpb.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();

describe('verifyBundle on things that are not files', () => {
  it('reports a named pipe at once instead of blocking on it', async () => {
    const fifo = path.join(dir, 'pipe.zip');
    execFileSync('mkfifo', [fifo]);
    expect((await verifyBundle(fifo)).problems).toEqual([{ kind: 'not-a-zip', message: 'not a regular file (it is a FIFO), so it was not read' }]);
  });

  it('reports a missing file and a folder', async () => {
    expect((await verifyBundle(path.join(dir, 'missing.zip'))).problems).toEqual([{ kind: 'not-a-zip', message: 'no such file' }]);
    expect((await verifyBundle(dir)).problems).toEqual([{ kind: 'not-a-zip', message: 'not a regular file (it is a folder), so it was not read' }]);
  });
});

/** A zip of named entries, each given as bytes or as a count of zero bytes streamed in 1 MiB pieces. */
async function craftZip(file: string, entries: [string, Buffer | number][]): Promise<void> {
  const archive = new ZipArchive({ zlib: { level: 1 } });
  const output = createWriteStream(file);
  archive.pipe(output);
  const zeros = Buffer.alloc(1024 * 1024);
  for (const [name, content] of entries) {
    const source = typeof content === 'number' ? Readable.from((function* () { for (let left = content; left > 0; left -= zeros.length) yield zeros.subarray(0, Math.min(left, zeros.length)); })()) : content;
    archive.append(source, { name });
  }
  await archive.finalize();
  await finished(output);
}

describe('verifyBundle on crafted zips', () => {
  it('reports a zip bomb entry as suspicious and stops, without decompressing it', async () => {
    const bomb = path.join(dir, 'bomb.zip');
    const bytes = ZIP_LIMITS.ratioFromBytes + 32 * 1024 * 1024;
    await craftZip(bomb, [['report.json', Buffer.from('{}')], ['logs/zeros.log', bytes], ['logs/more-zeros.log', bytes]]);
    const { problems } = await verifyBundle(bomb);
    expect(problems).toEqual([{ kind: 'suspicious', path: 'logs/zeros.log', message: expect.stringMatching(/^suspicious entry logs\/zeros\.log: it would expand \d+ MB into 96 MB \(\d+:1\), more than any log compresses; verification stopped$/) }]);
    // The CLI says it in one row and exits 1 (verification failed).
    let out = '';
    const stdout = { write: (text: string) => ((out += text), true) } as unknown as NodeJS.WritableStream;
    const code = await main(['inspect', bomb], { stdout, stderr: stdout, cwd: dir });
    expect(code).toBe(1);
    expect(out).toMatch(/^FAILED {2}bomb\.zip {2}suspicious entry logs\/zeros\.log: /);
  });

  it('says a manifest is too large instead of "no manifest.json"', async () => {
    const big = path.join(dir, 'big-manifest.zip');
    await craftZip(big, [['report.json', Buffer.from('{}')], ['manifest.json', Buffer.from(JSON.stringify({ pad: 'x'.repeat(9 * 1024 * 1024) }))]]);
    expect((await verifyBundle(big)).problems).toEqual([{ kind: 'bad-manifest', path: 'manifest.json', message: 'manifest.json is too large (10 MB; the limit is 8 MB)' }]);
  });
});

/** A valid zip of `count` empty stored entries, written byte by byte (archiver takes seconds for thousands). */
function manyEntryZip(file: string, count: number): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const name = Buffer.from(`logs/e${i}.log`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name);
    centrals.push(central, name);
    offset += local.length + name.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(file, Buffer.concat([...locals, directory, end]));
}

describe('a zip with more entries than a bundle has', () => {
  it('is refused before any entry is read, by inspect and by summarize, with the reason', async () => {
    const crowded = path.join(dir, 'crowded.zip');
    manyEntryZip(crowded, MAX_BUNDLE_ENTRIES + 1);
    const reason = `the zip declares ${MAX_BUNDLE_ENTRIES + 1} entries; a bundle has at most ${MAX_BUNDLE_ENTRIES}, so it was not read`;
    expect((await verifyBundle(crowded)).problems).toEqual([{ kind: 'suspicious', message: reason }]);
    let out = '';
    const stdout = { write: (text: string) => ((out += text), true) } as unknown as NodeJS.WritableStream;
    expect(await main(['inspect', crowded], { stdout, stderr: stdout, cwd: dir })).toBe(1);
    expect(out).toContain(`FAILED  crowded.zip  ${reason}`);
    out = '';
    expect(await main(['summarize', crowded], { stdout, stderr: stdout, cwd: dir })).toBe(1);
    expect(out).toContain(`crowded.zip: ${reason}`);
  });

  it('is read when it has as many entries as a bundle may', async () => {
    const full = path.join(dir, 'full.zip');
    manyEntryZip(full, MAX_BUNDLE_ENTRIES);
    expect((await verifyBundle(full)).problems).toEqual([{ kind: 'no-manifest', path: 'manifest.json', message: 'the zip has no manifest.json' }]);
  });
});
