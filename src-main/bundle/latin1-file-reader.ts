/**
 * Reads a byte range of an open file as latin1 text (one character per byte, so any bytes
 * round-trip exactly) in pieces of TEXT_PIECE_BYTES, the size the redactor scans fastest, through
 * ONE reused buffer. fs.createReadStream allocates a new buffer per read, and those 512 KiB
 * ArrayBuffers, freed only by a garbage collection, were a large part of a bundle's peak memory;
 * here each read is copied into strings at once, so the buffer is free for the next read.
 */
import { close, read } from 'node:fs';
import { Readable } from 'node:stream';
import { TEXT_PIECE_BYTES } from '../redact/redact-stream.js';

/**
 * Bytes per read: 64 KiB reads waited behind compression jobs in the shared thread pool (~10 % of
 * the wall time), 512 KiB ones did not (docs/perf-notes.md).
 */
export const READ_BYTES = 512 * 1024;

export class Latin1FileReader extends Readable {
  private readonly buffer: Buffer;
  private position: number;
  private reading = false;
  /** Set while a read is in flight when the stream is destroyed: the descriptor closes after it. */
  private afterRead: (() => void) | null = null;

  /** Reads [start, end) of `fd` and closes it when done or destroyed. */
  constructor(
    private readonly fd: number,
    start: number,
    private readonly end: number,
  ) {
    super({ objectMode: true, highWaterMark: READ_BYTES / TEXT_PIECE_BYTES });
    this.position = start;
    this.buffer = Buffer.allocUnsafeSlow(Math.max(1, Math.min(READ_BYTES, end - start)));
  }

  override _read(): void {
    if (this.reading) return;
    const length = Math.min(this.buffer.length, this.end - this.position);
    if (length <= 0) {
      this.push(null);
      return;
    }
    this.reading = true;
    read(this.fd, this.buffer, 0, length, this.position, (error, bytesRead) => {
      this.reading = false;
      if (this.afterRead) return this.afterRead();
      if (error) return void this.destroy(error);
      // A file that shrank since it was listed ends where it ends now, as a read stream would.
      if (bytesRead === 0) return void this.push(null);
      this.position += bytesRead;
      for (let offset = 0; offset < bytesRead; offset += TEXT_PIECE_BYTES) {
        this.push(this.buffer.toString('latin1', offset, Math.min(bytesRead, offset + TEXT_PIECE_BYTES)));
      }
      if (this.position >= this.end) this.push(null);
    });
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    const closeFd = () => close(this.fd, (closeError) => callback(error ?? closeError));
    if (this.reading) this.afterRead = closeFd;
    else closeFd();
  }
}
