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
import { READ_BYTES } from './latin1-file-reader.js';

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
/**
 * A block is compressed once it holds BLOCK_BYTES; chunks (a 512 KiB read at most, or a redacted
 * piece of text) are copied in as they come, so a block buffer has room for one more read past that.
 */
const BLOCK_CAPACITY = BLOCK_BYTES + READ_BYTES;
/**
 * Input buffers of finished blocks, reused by the next blocks (of any entry): a new 2-3 MiB buffer
 * per block was garbage that piled up between collections and raised peak RSS.
 */
const spareBlocks: Buffer[] = [];

/** An output size deflate never exceeds for `n` input bytes (zlib's deflateBound plus room for the flush marker). */
function outputBound(n: number): number {
  return n + (n >> 12) + (n >> 14) + (n >> 25) + 13 + 64;
}

/**
 * Each chunk is copied into the block being filled as it comes, so it is garbage at once rather
 * than held until its block is full.
 */
export class ParallelDeflateStream extends Transform {
  /** CRC-32 of the uncompressed bytes (unsigned). */
  crc = 0;
  /** Uncompressed and compressed byte counts. */
  rawSize = 0;
  compressedSize = 0;
  /** The block being filled, and how much of it is. */
  private block: Buffer | null = null;
  private filled = 0;
  private dictionary: Buffer = Buffer.alloc(0);
  private readonly queue: Promise<Buffer>[] = [];

  constructor(private readonly level: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const length = chunk.length;
    this.rawSize += length;
    // A chunk that would overflow the block's buffer starts the next block.
    if (this.block && this.filled + length > this.block.length) {
      this.startBlock(zlib.constants.Z_SYNC_FLUSH);
      this.drain(IN_FLIGHT - 1).then(() => this.addChunk(chunk, callback), callback);
    } else {
      this.addChunk(chunk, callback);
    }
  }

  override _flush(callback: TransformCallback): void {
    this.startBlock(zlib.constants.Z_FINISH);
    this.drain(0).then(() => callback(), callback);
  }

  /** Copies the chunk into the block (a chunk larger than a block buffer is a block of its own). */
  private addChunk(chunk: Buffer, callback: TransformCallback): void {
    if (chunk.length > BLOCK_CAPACITY) {
      this.block = chunk;
      this.filled = chunk.length;
    } else {
      this.block ??= spareBlocks.pop() ?? Buffer.allocUnsafeSlow(BLOCK_CAPACITY);
      this.filled += chunk.copy(this.block, this.filled);
    }
    if (this.filled < BLOCK_BYTES) return callback();
    this.startBlock(zlib.constants.Z_SYNC_FLUSH);
    this.drain(IN_FLIGHT - 1).then(() => callback(), callback);
  }

  private startBlock(finishFlush: number): void {
    const buffer = this.block;
    const reusable = buffer !== null && buffer.length === BLOCK_CAPACITY;
    const block = buffer ? buffer.subarray(0, this.filled) : Buffer.alloc(0);
    this.block = null;
    this.filled = 0;
    this.crc = zlib.crc32(block, this.crc);
    // One output buffer for the whole compressed block: with zlib's default 16 KiB chunks a block
    // went back and forth between the thread pool and the main thread ~20 times, and those
    // callbacks cost the main thread ~1 s per 260 MB (the thread that also runs the redaction).
    // A quarter of the block holds compressed logs (~5:1); data that does not compress (an
    // encrypted log) takes a few chunks rather than a buffer as large as the block per block.
    const chunkSize = Math.min(outputBound(block.length), (block.length >> 2) + 64 * 1024);
    const options: zlib.ZlibOptions = { level: this.level, finishFlush, chunkSize };
    if (this.dictionary.length > 0) options.dictionary = this.dictionary;
    const job = deflateRaw(block, options);
    job.catch(() => undefined); // awaited in order by drain(); this only stops an early failure counting as unhandled
    // zlib has read the block once the job settles (the dictionary below is a copy).
    if (reusable) void job.finally(() => spareBlocks.length <= IN_FLIGHT && spareBlocks.push(buffer)).catch(() => undefined);
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
