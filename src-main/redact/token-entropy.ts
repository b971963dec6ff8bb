/**
 * Whether a value looks like a secret token by its shape alone: long, of token characters, and
 * random (Shannon entropy per character), or base64 that decodes to user:password. Used only where
 * a cheap prefilter already holds (a key that says secret loosely, base64 padding): measuring
 * every word of a log would cost far more than the scan. A UUID, an English word or a counter is
 * not a token; a sha256 is only where its key says signature or key.
 */

/** A canonical UUID (request ids, call ids): an id, not a secret. */
const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const TOKEN_CHARS = /^[A-Za-z0-9+/=_.~-]{16,512}$/;

/** Shannon entropy of a string in bits per character. */
export function entropyBits(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * True when a value is token-like: 16+ token characters, not a UUID, mixing at least two of lower
 * case, upper case and digits, at >= 3 bits per character (random base64 or hex of this length is
 * ~3.5-5.5; "aaaaaaaaaaaaaaaa1" or "audio_device_name" are far below), or base64 of user:password.
 */
export function looksLikeToken(value: string): boolean {
  if (isBase64Credentials(value)) return true;
  if (!TOKEN_CHARS.test(value) || UUID.test(value)) return false;
  const classes = Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/\d/.test(value));
  return classes >= 2 && entropyBits(value) >= 3;
}

/** A decoded user:password (printable, a user name without spaces, a non-empty password). */
const USER_PASSWORD = /^[A-Za-z0-9._@\\-]{1,64}:[\x21-\x7e][\x20-\x7e]{0,127}$/;

/** True when a value is base64 (standard or URL-safe) of "user:password". */
export function isBase64Credentials(value: string): boolean {
  if (value.length < 8 || value.length > 256 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false;
  const unpadded = value.replace(/=+$/, '');
  if (unpadded.length % 4 === 1) return false;
  const decoded = Buffer.from(unpadded.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  return USER_PASSWORD.test(decoded);
}
