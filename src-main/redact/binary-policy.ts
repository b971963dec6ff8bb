/**
 * Which binary files may go into a bundle unredacted. Regexes never touch binary data, so only
 * formats that are known to be safe to share as they are get copied: Zoom's encrypted logs
 * (*.zenc, readable only by Zoom). Crash dumps and archives can hold anything and are left out.
 */

/** File name endings of binary files copied as opaque bytes. */
export const SAFE_BINARY_SUFFIXES = ['.zenc'] as const;

/** True when a binary file of this name may be copied as is. */
export function isSafeBinary(name: string): boolean {
  const lower = name.toLowerCase();
  return SAFE_BINARY_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

/** True when the first bytes of a "text" file show it is binary (NUL bytes do not occur in logs). */
export function looksBinary(head: Buffer): boolean {
  return head.includes(0);
}
