/**
 * Opening a file by name without trusting what the name points at. A FIFO blocks an ordinary open
 * (and a read of it) forever, a device such as /dev/zero never ends, and a symbolic link can lead
 * out of the folder being collected. So the file is opened non-blocking (a FIFO opens at once),
 * optionally without following a final link, and its type and size are checked on the open
 * descriptor itself (no window between a check and the open) before a byte is read.
 */
import { constants, promises as fs, type Stats } from 'node:fs';

/** Why a named file was not read; `message` is one line without the path. */
export class RegularFileError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-regular' | 'too-large' | 'link' | 'unreadable' | 'untrusted',
    readonly code?: string,
  ) {
    super(message);
    this.name = 'RegularFileError';
  }
}

export interface RegularFileOptions {
  /** Refuse a symbolic link as the last part of the name (links out of a collected root). Default: follow. */
  noFollow?: boolean;
  /**
   * Checks the open file's owner and mode (a policy file must be root's and writable by root only);
   * returns why it is not trusted, or undefined. Runs on the descriptor, so no swap after the check.
   */
  trust?: (stat: Stats) => string | undefined;
}

// O_NONBLOCK: a FIFO opens at once instead of waiting for a writer; no effect on regular files.
const BASE_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Opens `file` for reading only if it is a regular file; the caller closes the handle. */
export async function openRegularFile(file: string, options: RegularFileOptions = {}): Promise<{ handle: fs.FileHandle; size: number }> {
  const flags = BASE_FLAGS | (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // O_NOFOLLOW on a link fails with ELOOP (Linux) or EMLINK (some BSDs).
    if (options.noFollow && (code === 'ELOOP' || code === 'EMLINK')) throw new RegularFileError('a symbolic link (not followed)', 'link', code);
    throw new RegularFileError(`cannot read (${code ?? 'error'})`, 'unreadable', code);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new RegularFileError('not a regular file', 'not-regular');
    const distrust = options.trust?.(stat);
    if (distrust) throw new RegularFileError(distrust, 'untrusted');
    return { handle, size: stat.size };
  } catch (error) {
    await handle.close().catch(() => undefined);
    if (error instanceof RegularFileError) throw error;
    throw new RegularFileError(`cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'unreadable');
  }
}

/** Reads a whole regular file of at most `maxBytes`; a larger (or growing) file is refused, not cut. */
export async function readRegularFile(file: string, maxBytes: number, options: RegularFileOptions = {}): Promise<Buffer> {
  const { handle, size } = await openRegularFile(file, options);
  try {
    if (size > maxBytes) throw new RegularFileError(`too large (${size} bytes; the limit is ${maxBytes})`, 'too-large');
    // One byte past the cap tells a file that grew since fstat from one that fits.
    const buffer = Buffer.alloc(maxBytes + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new RegularFileError(`too large (over the limit of ${maxBytes} bytes)`, 'too-large');
    }
    return buffer.subarray(0, total);
  } catch (error) {
    if (error instanceof RegularFileError) throw error;
    throw new RegularFileError(`cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'unreadable');
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The first `bytes` of a regular file (a log header), or null when it is not one or cannot be read. */
export async function readRegularFileHead(file: string, bytes: number, options: RegularFileOptions = {}): Promise<Buffer | null> {
  let opened;
  try {
    opened = await openRegularFile(file, options);
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.alloc(Math.min(bytes, opened.size));
    const { bytesRead } = await opened.handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return null;
  } finally {
    await opened.handle.close().catch(() => undefined);
  }
}
