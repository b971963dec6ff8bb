/**
 * Logs that are text but not in a form the redactor reads: UTF-16 (Windows tools write it, with or
 * without a byte-order mark) and rotated logs compressed with gzip (zoom.log.1.gz). They are
 * decoded while the bundle is written, so they are redacted and stored as UTF-8 text; the
 * manifest says what they were decoded from. Anything else compressed stays out (binary-policy.ts).
 */
import { promises as fs } from 'node:fs';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';

/** What a log file is decoded from. */
export type LogEncoding = 'utf-16le' | 'utf-16be' | 'gzip';

/** Rotated text logs compressed with gzip (zoom.log.gz, zoom.log.1.gz, install.txt.gz). */
const ROTATED_GZIP_NAME = /\.(?:log|txt)(?:\.\d{1,3})?\.gz$/i;
const SNIFF_BYTES = 4096;
/** Decompressed bytes of one rotated log are capped, absolutely and as a ratio (a zip bomb stops here). */
export const GZIP_LIMITS = { maxBytes: 256 * 1024 * 1024, maxRatio: 200 };

/** The encoding of a UTF-16 text: its byte-order mark, or NULs in every other byte of mostly-ASCII text. */
export function sniffUtf16(head: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.floor(Math.min(head.length, SNIFF_BYTES) / 2);
  if (pairs < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  // ASCII text in UTF-16: one byte of each pair is NUL nearly always, the other nearly never.
  if (oddNul >= pairs * 0.9 && evenNul <= pairs * 0.02) return 'utf-16le';
  if (evenNul >= pairs * 0.9 && oddNul <= pairs * 0.02) return 'utf-16be';
  return null;
}

/** How a listed log file must be decoded, or null when it is read as it is (plain text, or binary). */
export async function detectLogEncoding(file: string): Promise<LogEncoding | null> {
  let handle;
  try {
    handle = await fs.open(file, 'r');
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    if (ROTATED_GZIP_NAME.test(file)) return bytes[0] === 0x1f && bytes[1] === 0x8b ? 'gzip' : null;
    return sniffUtf16(bytes);
  } catch {
    return null; // the walk reports an unreadable file
  } finally {
    await handle?.close();
  }
}

/**
 * The first byte to copy of a decoded file cut to its newest bytes: a gzip stream can only be read
 * from its start, and UTF-16 must start on a whole character after a line break.
 */
export function decodedStart(encoding: LogEncoding, alignedStart: number): number {
  if (encoding === 'gzip') return 0;
  // alignToLine stops after the 0x0A byte; in UTF-16LE the NUL of that character follows it.
  return alignedStart + (alignedStart % 2);
}

/** UTF-16 bytes to UTF-8 (the byte-order mark dropped; a character split between chunks kept whole). */
class Utf16ToUtf8 extends Transform {
  private readonly decoder = new StringDecoder('utf16le');
  private odd: Buffer | null = null;
  private first = true;

  constructor(private readonly bigEndian: boolean) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let bytes = this.odd ? Buffer.concat([this.odd, chunk]) : chunk;
    this.odd = null;
    if (this.bigEndian) {
      if (bytes.length % 2) {
        this.odd = bytes.subarray(bytes.length - 1);
        bytes = bytes.subarray(0, bytes.length - 1);
      }
      bytes = Buffer.from(bytes).swap16();
    }
    callback(null, this.encode(this.decoder.write(bytes)));
  }

  override _flush(callback: TransformCallback): void {
    callback(null, this.encode(this.decoder.end()));
  }

  private encode(text: string): Buffer {
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return Buffer.from(text, 'utf8');
  }
}

/** The decompressed content, stopped with a note at the cap or at a damaged stream (never a failed bundle). */
async function* gunzipCapped(source: Readable, compressedBytes: number): AsyncGenerator<Buffer> {
  const cap = Math.min(GZIP_LIMITS.maxBytes, Math.max(1024 * 1024, compressedBytes * GZIP_LIMITS.maxRatio));
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  let total = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      if (total + chunk.length > cap) {
        yield chunk.subarray(0, cap - total);
        yield Buffer.from(`\n[zpb: decompressed content cut at ${cap} bytes]\n`);
        return;
      }
      total += chunk.length;
      yield chunk;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'damaged';
    if (code === 'ENOENT' || code === 'EIO') throw error;
    yield Buffer.from(`\n[zpb: decompression stopped: ${code}]\n`);
  } finally {
    source.destroy();
  }
}

/** The source's bytes decoded to UTF-8 text. `bytes` is the length of the source range. */
export function decodeLogStream(source: Readable, encoding: LogEncoding, bytes: number): Readable {
  if (encoding === 'gzip') return Readable.from(gunzipCapped(source, bytes), { objectMode: false });
  const decoded = new Utf16ToUtf8(encoding === 'utf-16be');
  source.on('error', (error) => decoded.destroy(error));
  return source.pipe(decoded);
}
