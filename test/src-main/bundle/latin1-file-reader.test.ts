// Latin1FileReader reads a file's byte range as latin1 strings through one reused buffer: every
// byte round-trips, pieces stay at the redactor's size, a file that shrank ends early, and the
// descriptor is closed at the end or when the stream is destroyed mid-read.
import { randomBytes } from 'node:crypto';
import { fstatSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Latin1FileReader } from '../../../src-main/bundle/latin1-file-reader.js';
import { TEXT_PIECE_BYTES } from '../../../src-main/redact/redact-stream.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();

async function readAll(reader: Latin1FileReader): Promise<string[]> {
  const pieces: string[] = [];
  for await (const piece of reader) pieces.push(piece as string);
  return pieces;
}

function closed(fd: number): boolean {
  try {
    fstatSync(fd);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EBADF';
  }
}

describe('Latin1FileReader', () => {
  const bytes = randomBytes(1_300_000 + 17);
  const file = path.join(dir, 'bytes.bin');
  writeFileSync(file, bytes);

  it('gives every byte of the range as one latin1 character, in pieces of at most TEXT_PIECE_BYTES, then closes the file', async () => {
    for (const [start, end] of [[0, bytes.length], [0, 0], [5, 6], [3, TEXT_PIECE_BYTES + 3], [1000, 524_288 + 1001], [77_777, bytes.length]] as const) {
      const fd = openSync(file, 'r');
      const pieces = await readAll(new Latin1FileReader(fd, start, end));
      expect(Buffer.from(pieces.join(''), 'latin1').equals(bytes.subarray(start, end)), `${start}-${end}`).toBe(true);
      expect(pieces.every((piece) => piece.length > 0 && piece.length <= TEXT_PIECE_BYTES)).toBe(true);
      expect(closed(fd)).toBe(true);
    }
  });

  it('ends where a file that shrank since it was listed ends now', async () => {
    const shrinking = path.join(dir, 'shrinking.log');
    writeFileSync(shrinking, bytes);
    const fd = openSync(shrinking, 'r');
    truncateSync(shrinking, 300_001);
    const pieces = await readAll(new Latin1FileReader(fd, 0, bytes.length));
    expect(Buffer.from(pieces.join(''), 'latin1').equals(bytes.subarray(0, 300_001))).toBe(true);
  });

  it('closes the file when destroyed mid-read', async () => {
    const fd = openSync(file, 'r');
    const reader = new Latin1FileReader(fd, 0, bytes.length);
    const first = await new Promise<string>((resolve) => reader.once('data', resolve));
    expect(first).toBe(bytes.subarray(0, TEXT_PIECE_BYTES).toString('latin1'));
    reader.destroy();
    await new Promise((resolve) => reader.once('close', resolve));
    expect(closed(fd)).toBe(true);
  });
});
