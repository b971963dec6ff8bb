import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { describe, expect, it } from 'vitest';
import { verifyBundle, ZIP_LIMITS } from '../../../src-main/bundle/verify-bundle.js';
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
