/**
 * Moves the start of a cut text file past its first newline, so a bundle copy starts on a whole
 * line: a half line can hold half a private value that redaction would no longer recognise.
 */
import type { FileHandle } from 'node:fs/promises';
import { openRegularFile } from '../platform/regular-file.js';

/** How far past the cut to look for a newline before giving up and keeping the cut as is. */
const LINE_SEARCH_BYTES = 64 * 1024;

/** The offset of the first line start at or after `start` (within 64 KB), else `start`. */
export async function alignToLine(file: string, start: number, end: number): Promise<number> {
  if (start <= 0 || start >= end) return start;
  let handle: FileHandle | undefined;
  try {
    // Checked on the descriptor and never through a link: the listed log may have been swapped for a FIFO since.
    ({ handle } = await openRegularFile(file, { noFollow: true }));
    const buffer = Buffer.alloc(Math.min(LINE_SEARCH_BYTES, end - start));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, start - 1);
    // Read from start - 1: when the byte before the cut is a newline, the cut is already a line start.
    const newline = buffer.subarray(0, bytesRead).indexOf(0x0a);
    return newline >= 0 ? start + newline : start;
  } catch {
    return start; // the bundle writer reports a file that vanished or changed type
  } finally {
    await handle?.close();
  }
}
