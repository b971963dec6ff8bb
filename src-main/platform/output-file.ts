/**
 * Files the user names for output (zpb collect --out and --save-mapping, zpb summarize --csv and
 * --html, zpb request keygen --out, the receipt beside a sent bundle). Whatever the name points at
 * is never written through: a device node (/dev/full), a FIFO, a socket, a folder or a symbolic
 * link at the last part of the name is refused, because writing through it would block, write
 * elsewhere, or (as root, with a rename) replace the device itself. Only regular files are
 * written, whole or not at all: a temporary file in the same folder, then a rename. An existing
 * file is replaced only when the caller says the user asked for it (--force).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileKind } from './file-kind.js';

/** Why an output file was refused or not written: one line for people, naming the path. */
export class OutputFileError extends Error {
  constructor(
    message: string,
    /** refused: the target is not a file we may write (exit 2); exists: it exists and may not be replaced (exit 2); no-folder (exit 2); failed: writing failed (exit 1). */
    readonly reason: 'refused' | 'exists' | 'no-folder' | 'failed',
  ) {
    super(message);
    this.name = 'OutputFileError';
  }
}

export interface OutputFileOptions {
  /** Replace an existing regular file (the user passed --force). Default: refuse. */
  replace?: boolean;
  /** Mode of a new file (default 0644; the mapping and keys use 0600). */
  mode?: number;
  /** What the refusal of an existing file says to do (default: "choose another name or pass --force to replace it"). */
  replaceHint?: string;
}

/**
 * Checks that `target` may be written: its folder exists, and it is absent, or a regular file
 * (not a link) that `replace` allows replacing. Call it before long work (collecting) so a bad
 * target costs nothing; writeOutputFile and placeOutputFile check again at the end.
 */
export async function checkOutputFile(target: string, options: OutputFileOptions = {}): Promise<void> {
  const folder = path.dirname(target);
  const folderStat = await fs.stat(folder).catch(() => null);
  if (!folderStat?.isDirectory()) throw new OutputFileError(`the folder ${folder} does not exist`, 'no-folder');
  const existing = await fs.lstat(target).catch(() => null);
  if (!existing) return;
  if (!existing.isFile()) throw new OutputFileError(`${target} is not a regular file (it is ${fileKind(existing)}); name a new file or a regular one`, 'refused');
  if (!options.replace) throw new OutputFileError(`${target} already exists; ${options.replaceHint ?? 'choose another name or pass --force to replace it'}`, 'exists');
}

/** A failed write in words (the code alone for the rare ones). */
function describeCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'not enough space';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'no permission to write there';
  return code ?? (error as Error).message.split('\n')[0] ?? 'error';
}

/**
 * The temporary name beside `target`, `.NAME.PID-HEX.partial`: hidden, never taken for the output
 * itself, and naming its writer so a later run removes one a killed run left (partial-files.ts).
 */
export function temporaryPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.partial`);
}

/**
 * Moves a finished temporary file (in the target's folder) to `target`. Without `replace` a hard
 * link claims the name atomically (a file that appeared meanwhile is never replaced); with it the
 * target is checked again just before the rename, so a device or link put there during the work
 * is refused, not replaced. The temporary file is gone afterwards either way.
 */
export async function placeOutputFile(temporary: string, target: string, options: OutputFileOptions = {}): Promise<void> {
  try {
    if (options.replace) {
      await checkOutputFile(target, options);
      await fs.rename(temporary, target);
      return;
    }
    try {
      await fs.link(temporary, target);
    } catch {
      // EEXIST: the check says what is there. A file system without hard links: check, then
      // rename (a small window, the best it allows).
      await checkOutputFile(target, options);
      await fs.rename(temporary, target);
    }
  } catch (error) {
    if (error instanceof OutputFileError) throw error;
    throw new OutputFileError(`could not write ${target}: ${describeCode(error)}`, 'failed');
  } finally {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
  }
}

/** Writes `data` to `target` as a regular file, whole or not at all (see the module comment). */
export async function writeOutputFile(target: string, data: string | Uint8Array, options: OutputFileOptions = {}): Promise<void> {
  await checkOutputFile(target, options);
  const temporary = temporaryPathFor(target);
  try {
    const handle = await fs.open(temporary, 'wx', options.mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new OutputFileError(`could not write ${target}: ${describeCode(error)}`, 'failed');
  }
  await placeOutputFile(temporary, target, options);
}
