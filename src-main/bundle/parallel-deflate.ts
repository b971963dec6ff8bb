/**
 * Raw deflate beside the main thread, pigz-style: input is cut into 2 MiB blocks, each compressed
 * on libuv's thread pool with the previous block's last 32 KiB as its dictionary and ended with a
 * sync flush (the last with a final block), so the concatenated outputs form one valid deflate
 * stream of nearly the same size. A single zlib stream compresses chunk after chunk in step with
 * the main thread, which made the bundle slower than `zip -6` (docs/perf-notes.md). The CRC-32
 * uses Node's zlib.crc32 (~5 GB/s) instead of archiver's JavaScript one.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const deflateRaw = promisify(zlib.deflateRaw);
/**
 * Block size and blocks compressing at once. The main thread (which redacts) is the bundle's
 * critical path, so compression should take the other core without crowding it: 2 MiB blocks, two
 * at a time, made redact+zip ~8 % faster than 1 MiB blocks four at a time (fewer compression jobs
 * to set up and wake, fewer threads competing with the main one) at the same peak memory; one at
 * a time left the pool idle while the main thread fed it (+20 %). docs/perf-notes.md.
 */
const BLOCK_BYTES = 2 * 1024 * 1024;
const IN_FLIGHT = 2;
const WINDOW_BYTES = 32 * 1024;

/** An output size deflate never exceeds for `n` input bytes (zlib's deflateBound plus room for the flush marker). */
function outputBound(n: number): number {
  return n + (n >> 12) + (n >> 14) + (n >> 25) + 13 + 64;
}

export class ParallelDeflateStream extends Transform {
  /** CRC-32 of the uncompressed bytes (unsigned). */
  crc = 0;
  /** Uncompressed and compressed byte counts. */
  rawSize = 0;
  compressedSize = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private dictionary: Buffer = Buffer.alloc(0);
  private readonly queue: Promise<Buffer>[] = [];

  constructor(private readonly level: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.crc = zlib.crc32(chunk, this.crc);
    this.rawSize += chunk.length;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < BLOCK_BYTES) return callback();
    this.startBlock(zlib.constants.Z_SYNC_FLUSH);
    this.drain(IN_FLIGHT - 1).then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    this.startBlock(zlib.constants.Z_FINISH);
    this.drain(0).then(() => callback(), callback);
  }

  private startBlock(finishFlush: number): void {
    const block = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    // One output buffer large enough for the whole block: with zlib's default 16 KiB chunks a block
    // went back and forth between the thread pool and the main thread ~20 times, and those
    // callbacks cost the main thread ~1 s per 260 MB (the thread that also runs the redaction).
    const options: zlib.ZlibOptions = { level: this.level, finishFlush, chunkSize: outputBound(block.length) };
    if (this.dictionary.length > 0) options.dictionary = this.dictionary;
    const job = deflateRaw(block, options);
    job.catch(() => undefined); // awaited in order by drain(); this only stops an early failure counting as unhandled
    this.queue.push(job);
    const tail = block.length >= WINDOW_BYTES ? block : Buffer.concat([this.dictionary, block]);
    this.dictionary = Buffer.from(tail.subarray(Math.max(0, tail.length - WINDOW_BYTES)));
  }

  /** Pushes finished blocks in order until at most `keep` are still compressing. */
  private async drain(keep: number): Promise<void> {
    while (this.queue.length > keep) {
      const out = await this.queue.shift()!;
      this.compressedSize += out.length;
      this.push(out);
    }
  }
}
