/**
 * Reads a property list file, XML or Apple's binary form (Info.plist after some build steps, and
 * preferences written by `defaults`/cfprefsd are binary), with the `plist` package: one parser for
 * both forms that runs on every OS, so macOS sources are tested on Linux from fixture files. The
 * package (with its XML parser and builder) loads on the first plist read: loaded with the CLI it
 * cost every `zpb collect` ~20 MB of memory, on Windows and Linux where no plist is ever read.
 */
import { readRegularFile, type RegularFileOptions } from './regular-file.js';

/** A real Info.plist or preferences file is a few KB: anything past this is not what it claims to be. */
const MAX_PLIST_BYTES = 1024 * 1024;

/** The plist's top-level dictionary ({} when the top level is not one); throws on unreadable or malformed files. */
export async function readPlistFile(file: string, options: RegularFileOptions = {}): Promise<Record<string, unknown>> {
  const bytes = await readRegularFile(file, MAX_PLIST_BYTES, options);
  const plist = await import('plist');
  const value = bytes.subarray(0, 6).toString('latin1') === 'bplist' ? plist.parseBinary(bytes) : plist.parse(bytes.toString('utf8'));
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
