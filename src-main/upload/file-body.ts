/**
 * A byte range of an open file as a request body stream, read in pieces as the client asks for
 * them (memory stays flat whatever the bundle's size), counting what was handed over for progress.
 */
import type { promises as fs } from 'node:fs';

const PIECE_BYTES = 256 * 1024;

/** Bytes [start, end) of `handle` as a ReadableStream; `onBytes` hears each piece's length. */
export function fileRangeBody(handle: fs.FileHandle, start: number, end: number, onBytes: (bytes: number) => void): ReadableStream<Uint8Array> {
  let position = start;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const length = Math.min(PIECE_BYTES, end - position);
        if (length <= 0) {
          controller.close();
          return;
        }
        const piece = new Uint8Array(length);
        const { bytesRead } = await handle.read(piece, 0, length, position);
        if (bytesRead === 0) {
          controller.error(new Error('the bundle became shorter while it was being sent'));
          return;
        }
        position += bytesRead;
        onBytes(bytesRead);
        controller.enqueue(bytesRead === length ? piece : piece.subarray(0, bytesRead));
      },
    },
    { highWaterMark: 0 },
  );
}
