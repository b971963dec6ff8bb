import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { PassThrough, Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ParallelDeflateStream } from '../../../src-main/bundle/parallel-deflate.js';
import { useParallelDeflate } from '../../../src-main/bundle/use-parallel-deflate.js';
import { seededRandom } from '../../helpers/seeded-random.js';

async function deflate(input: Buffer, chunkSize: number): Promise<{ out: Buffer; stream: ParallelDeflateStream }> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < input.length; i += chunkSize) chunks.push(input.subarray(i, i + chunkSize));
  const stream = new ParallelDeflateStream(6);
  const out: Buffer[] = [];
  for await (const piece of Readable.from(chunks).pipe(stream)) out.push(piece as Buffer);
  return { out: Buffer.concat(out), stream };
}

describe('ParallelDeflateStream', () => {
  it('produces one valid raw deflate stream across many blocks, with the right CRC-32 and sizes', async () => {
    const text = Buffer.from(Array.from({ length: 60_000 }, (_, i) => `2026-11-26 08:00:${i % 60} INFO line ${i} state=${i % 7}\n`).join(''));
    const input = Buffer.concat([text, randomBytes(700_000), text.subarray(0, 123_457)]);
    const { out, stream } = await deflate(input, 65_536 + 17);
    expect(zlib.inflateRawSync(out).equals(input)).toBe(true);
    expect(stream.crc >>> 0).toBe(zlib.crc32(input));
    expect(stream.rawSize).toBe(input.length);
    expect(stream.compressedSize).toBe(out.length);
    // Priming each block with the previous one's tail keeps the size close to one serial stream.
    expect(out.length).toBeLessThan(zlib.deflateRawSync(input, { level: 6 }).length * 1.02);
  });

  it('keeps two streams apart while they share reused block buffers, for text and for data that does not compress', async () => {
    const text = Buffer.from(Array.from({ length: 200_000 }, (_, i) => `2026-11-26 08:00:${i % 60} DEBUG [Net] seq=${i * 7919}\n`).join(''));
    const noise = randomBytes(7 * 1024 * 1024);
    for (let round = 0; round < 2; round++) {
      const [a, b] = await Promise.all([deflate(text, 64 * 1024), deflate(noise, 512 * 1024 + 3)]);
      expect(zlib.inflateRawSync(a.out).equals(text)).toBe(true);
      expect(zlib.inflateRawSync(b.out).equals(noise)).toBe(true);
    }
  });

  it('copies chunks of any size into its blocks, including one larger than a block buffer', async () => {
    const random = seededRandom(5);
    const line = (i: number) => `2026-11-26 08:00:${i % 60} INFO seq=${Math.floor(random() * 1e9)}\n`;
    const small = Array.from({ length: 300 }, (_, i) => Buffer.from(Array.from({ length: 50 + (i % 400) }, (_, j) => line(i * 1000 + j)).join('')));
    const huge = Buffer.from(Array.from({ length: 90_000 }, (_, i) => line(i)).join(''));
    expect(huge.length).toBeGreaterThan(3 * 1024 * 1024);
    const chunks = [...small.slice(0, 150), huge, ...small.slice(150), randomBytes(300_000), Buffer.alloc(0)];
    const expected = Buffer.concat(chunks);
    const stream = new ParallelDeflateStream(5);
    const out: Buffer[] = [];
    for await (const piece of Readable.from(chunks).pipe(stream)) out.push(piece as Buffer);
    expect(zlib.inflateRawSync(Buffer.concat(out)).equals(expected)).toBe(true);
    expect(stream.crc >>> 0).toBe(zlib.crc32(expected));
    expect(stream.rawSize).toBe(expected.length);
  });

  it('handles empty input and input smaller than one block', async () => {
    for (const input of [Buffer.alloc(0), Buffer.from('short')]) {
      const { out, stream } = await deflate(input, 3);
      expect(zlib.inflateRawSync(out).equals(input)).toBe(true);
      expect(stream.crc >>> 0).toBe(zlib.crc32(input));
    }
  });

  it('fails the archive instead of leaving it waiting when a block cannot be compressed', async () => {
    const archive = new ZipArchive({ zlib: { level: 6 } });
    // Level 99 makes zlib refuse the first block, as a real compression failure would.
    expect(useParallelDeflate(archive, 99)).toBe(true);
    const failed = new Promise<Error>((resolve) => archive.on('error', resolve));
    archive.pipe(new PassThrough().resume());
    archive.append(Buffer.alloc(3 * 1024 * 1024, 'a'), { name: 'a.txt' });
    archive.finalize().catch(() => undefined);
    const outcome = await Promise.race([failed, delay(5000).then(() => 'still waiting after 5 s')]);
    expect(outcome).toBeInstanceOf(Error);
    expect(String(outcome)).toMatch(/level|range/i);
  });
});
