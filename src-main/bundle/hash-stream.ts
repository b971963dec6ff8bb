/**
 * A pass-through stream that counts and hashes the bytes going into a zip entry, so the manifest's
 * sha256 and size describe exactly what was written (after redaction).
 */
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback, type TransformOptions } from 'node:stream';

export class HashingStream extends Transform {
  private readonly hash = createHash('sha256');
  /** Bytes seen so far. */
  bytes = 0;

  constructor(options?: TransformOptions) {
    super(options);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    callback(null, chunk);
  }

  /** Hex sha256 of everything that passed; call once, after the stream ended. */
  digest(): string {
    return this.hash.digest('hex');
  }
}
