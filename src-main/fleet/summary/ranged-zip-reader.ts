/**
 * A zip read over range requests: yauzl's random-access reader served from spans fetched ahead, so
 * opening a bundle in a bucket costs a few requests, not one per header yauzl reads. The first
 * request takes the last 16 KiB: the end of central directory and, for a bundle of up to a
 * hundred-odd files, the whole central directory and the manifest before it. The caller then fetches
 * the entries it needs in as few spans as it can; a read that still misses fetches on the spot, up
 * to the next span already held (a long central directory comes in one request).
 */
import { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** Fetches bytes [start, end) of the object. */
export type FetchRange = (start: number, end: number) => Promise<Buffer>;

/** yauzl searches the last 20 + 22 + 65535 bytes for the end of central directory (zip64 locator, record, longest comment). */
const EOCD_WINDOW_BYTES = 20 + 22 + 0xffff;

/**
 * The first request's size. 64 KiB would hold the directory of larger bundles too, but is 6 % of a
 * 1 MB bundle; 16 KiB holds the directory and manifest of a usual bundle, and a bundle whose
 * directory is longer costs one request more (bench/summarize-s3.bench.ts measures both).
 */
export const TAIL_BYTES = 16 * 1024;

const EOCD_SIGNATURE = 0x06054b50;

/** How far past a missed read to fetch at most, when no held span comes sooner. */
const READ_AHEAD_BYTES = 4 * 1024 * 1024;

interface Span {
  start: number;
  bytes: Buffer;
}

/** A random-access reader over fetched spans of one object of `size` bytes. */
export class RangedZipReader extends yauzl.RandomAccessReader {
  private readonly spans: Span[] = [];

  constructor(
    readonly size: number,
    private readonly fetchRange: FetchRange,
  ) {
    super();
  }

  /** The held span that covers [start, end), if one does. */
  private covering(start: number, end: number): Span | undefined {
    return this.spans.find((s) => s.start <= start && end <= s.start + s.bytes.length);
  }

  /** Fetches [start, end) less what is already held at its ends, in one request. */
  async prefetch(start: number, end: number): Promise<void> {
    let from = Math.max(0, start);
    let to = Math.min(this.size, end);
    for (const span of this.spans) {
      const spanEnd = span.start + span.bytes.length;
      if (span.start <= from && from < spanEnd) from = spanEnd;
      if (span.start < to && to <= spanEnd) to = span.start;
    }
    if (from >= to) return;
    this.spans.push({ start: from, bytes: await this.fetchRange(from, to) });
  }

  /** Whether the held span at the end of the object holds an end-of-central-directory signature. */
  tailHasDirectoryEnd(): boolean {
    const tail = this.spans.find((s) => s.start + s.bytes.length === this.size);
    if (!tail) return false;
    for (let i = tail.bytes.length - 22; i >= 0; i--) if (tail.bytes.readUInt32LE(i) === EOCD_SIGNATURE) return true;
    return false;
  }

  /**
   * The bytes [start, end) put together from the held spans (a read may straddle two), or
   * undefined when some byte is not held. With `zeros`, bytes not held are zeros instead.
   */
  private pieced(start: number, end: number, zeros: boolean): Buffer | undefined {
    const out = Buffer.alloc(end - start);
    const covered: Array<[number, number]> = [];
    for (const span of this.spans) {
      const from = Math.max(start, span.start);
      const to = Math.min(end, span.start + span.bytes.length);
      if (from >= to) continue;
      span.bytes.copy(out, from - start, from - span.start, to - span.start);
      covered.push([from, to]);
    }
    if (zeros) return out;
    covered.sort((a, b) => a[0] - b[0]);
    let reached = start;
    for (const [from, to] of covered) {
      if (from > reached) return undefined;
      reached = Math.max(reached, to);
    }
    return reached >= end ? out : undefined;
  }

  /** The bytes [start, end): from the held spans, else fetched now (with read-ahead up to the next span). */
  private async bytes(start: number, end: number): Promise<Buffer> {
    const held = this.covering(start, end);
    if (held) return held.bytes.subarray(start - held.start, end - held.start);
    const pieced = this.pieced(start, end, false);
    if (pieced) return pieced;
    // yauzl's search window for the end of central directory, zeros standing in for bytes before
    // the held tail: sound because yauzl takes the last signature from the end, the caller made sure
    // the held tail has one, and zeros never form one.
    if (end === this.size && start === Math.max(0, this.size - EOCD_WINDOW_BYTES) && this.tailHasDirectoryEnd()) return this.pieced(start, end, true)!;
    const next = Math.min(this.size, ...this.spans.filter((s) => s.start >= end).map((s) => s.start));
    const to = Math.max(end, Math.min(next, start + READ_AHEAD_BYTES));
    const span = { start, bytes: await this.fetchRange(start, to) };
    this.spans.push(span);
    return span.bytes.subarray(0, end - start);
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const bytes = () => this.bytes(start, end);
    return Readable.from(
      (async function* () {
        yield await bytes();
      })(),
      { objectMode: false },
    );
  }
}

/** Opens the zip over `reader` (its tail fetched first), entries read on demand. */
export async function openRangedZip(reader: RangedZipReader): Promise<yauzl.ZipFile> {
  await reader.prefetch(reader.size - TAIL_BYTES, reader.size);
  // A zip comment longer than the tail hides the record: fetch the rest of yauzl's window.
  if (!reader.tailHasDirectoryEnd()) await reader.prefetch(reader.size - EOCD_WINDOW_BYTES, reader.size);
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(reader, reader.size, { lazyEntries: true, autoClose: false, strictFileNames: true }, (error, zip) => (error || !zip ? reject(error ?? new Error('not a zip file')) : resolve(zip)));
  });
}
