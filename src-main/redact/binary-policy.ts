/**
 * Which binary files may go into a bundle unredacted. Regexes never touch binary data, so only
 * formats that are known to be safe to share as they are get copied: Zoom's encrypted logs
 * (*.zenc, readable only by Zoom). Crash dumps and archives can hold anything and are left out.
 */

/** File name endings of binary files copied as opaque bytes. */
export const SAFE_BINARY_SUFFIXES = ['.zenc'] as const;

/**
 * Source of files the user attached themselves (a screenshot): copied as they are, because the
 * wizard says images are not redacted and the user consents before saving.
 */
export const USER_ATTACHMENT_SOURCE = 'report';

/** True when a binary file may be copied as is: a known-safe format, or the user's own attachment. */
export function isSafeBinary(name: string, source?: string): boolean {
  if (source === USER_ATTACHMENT_SOURCE) return true;
  const lower = name.toLowerCase();
  return SAFE_BINARY_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

const COMPRESSED = /\.(?:gz|tgz|zip|7z|bz2|xz|zst|lz4|rar|tar)$/i;

/** Why a binary file that is not safe to copy stays out: compressed archives are named as such. */
export function binaryLeftOutReason(name: string): string {
  return COMPRESSED.test(name)
    ? 'compressed archive (only rotated text logs such as zoom.log.1.gz are decompressed): its content cannot be redacted; left out'
    : 'binary content that cannot be redacted and is not known safe to share; left out';
}

/** True when the first bytes of a "text" file show it is binary (NUL bytes do not occur in logs). */
export function looksBinary(head: Buffer): boolean {
  return head.includes(0);
}
