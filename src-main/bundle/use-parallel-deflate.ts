/**
 * Makes an archiver ZipArchive compress its deflated entries with ParallelDeflateStream. archiver
 * has no option for this, so the zip engine's per-entry stream factory (compress-commons'
 * _smartStream, which this mirrors) is replaced on this one instance; when the internals are not
 * as expected (another archiver version) the archive is left as it is, only slower.
 */
import type { ZipArchive } from 'archiver';
import { ParallelDeflateStream } from './parallel-deflate.js';

const METHOD_DEFLATED = 8;

interface ZipEntryLike {
  getMethod(): number;
  setCrc(crc: number): void;
  setSize(size: number): void;
  setCompressedSize(size: number): void;
}
interface ZipEngineLike extends NodeJS.WritableStream {
  _smartStream(entry: ZipEntryLike, callback: (error: Error | null, entry: ZipEntryLike) => void): NodeJS.WritableStream;
  _afterAppend(entry: ZipEntryLike): void;
}

/** Returns true when the parallel compressor is in place. */
export function useParallelDeflate(archive: ZipArchive, level: number): boolean {
  const engine = (archive as unknown as { _module?: { engine?: Partial<ZipEngineLike> } })._module?.engine;
  if (!engine || typeof engine._smartStream !== 'function' || typeof engine._afterAppend !== 'function') return false;
  const original = engine._smartStream;
  engine._smartStream = function (this: ZipEngineLike, entry, callback) {
    if (entry.getMethod() !== METHOD_DEFLATED) return original.call(this, entry, callback);
    const deflate = new ParallelDeflateStream(level);
    // A failed block never ends the stream: report the failure at once, or the archive (and the
    // bundle) would wait for this entry forever.
    deflate.once('end', () => {
      entry.setCrc(deflate.crc >>> 0);
      entry.setSize(deflate.rawSize);
      entry.setCompressedSize(deflate.compressedSize);
      this._afterAppend(entry);
      callback(null, entry);
    });
    deflate.once('error', (error: Error) => callback(error, entry));
    deflate.pipe(this, { end: false });
    return deflate;
  };
  return true;
}
