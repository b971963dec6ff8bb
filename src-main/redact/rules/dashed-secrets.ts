/**
 * Secrets and account ids without a vendor prefix, found from a start the token rule already has
 * (so they cost the scan almost nothing) and proved in JS:
 * - BitLocker recovery keys: 8 groups of 6 digits, each group divisible by 11 (Microsoft's
 *   recovery password format: each group is a 16-bit value times 11), checked here and found after
 *   "recovery key" or manage-bde's "Password:" line (command-lines.ts): the digit
 *   rule starts at every number, and a '-' anchor of its own cost the scan too much.
 * - Windows product keys: 5 groups of 5 characters from the product key alphabet
 *   BCDFGHJKMNPQRTVWXY2346789 (no vowels, no 0, 1 or 5), with letters and digits (strict only).
 * - SSH public keys (authorized_keys, known_hosts, ssh-keygen output): ssh-ed25519, ssh-rsa,
 *   ecdsa-sha2-nistp256 ... the base64 blob, and the comment's user@host.
 * - Windows SIDs of accounts (S-1-5-21-<domain>-<RID>, RID 500, 501 or from 1000): the domain
 *   part identifies the machine or domain, the RID the account. Well-known SIDs (S-1-5-18) stay.
 * Matched as TOKEN_RULE's last alternatives (secrets.ts).
 */
import { accountPlaceholder } from './account-names.js';
import { STRICT, simple, type MatchContext, type RedactionRule } from './rule-types.js';

/** The source, with 6 capture groups: SSH (algorithm, blob after its first 'A', space, comment), SID (after 'S-', RID). */
export const DASHED_SECRETS_SOURCE =
  // From the 'A' of the key blob and the 'S' of the SID: the token rule already starts at an
  // upper-case A or S, so these cost only where one follows no word character. A '-' of their own
  // (each '-' of a log checked behind) cost the scan 5-7 ms per 8 MB.
  'A(?<=(?<![\\w-])((?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256))(?:@openssh\\.com)?)[ \\t]+A)' +
  '(?=(AAA[A-Za-z0-9+/]{16,}={0,3})(?![A-Za-z0-9+/=])(?:([ \\t]+)([^\\s@"\']{1,64}@[A-Za-z0-9._-]{1,253}|[^\\s"\']{1,64}(?=[ \\t]*(?:\\r?\\n|$))))?)' +
  '|S(?<![\\w-]S)(?=-(1-5-21-\\d{1,10}-\\d{1,10}-\\d{1,10}-(\\d{3,10}))(?![\\w-]))';

/** The product key alphabet (Windows 8 and later). */
const PRODUCT_KEY = /^[BCDFGHJKMNPQRTVWXY2346789]{5}(?:-[BCDFGHJKMNPQRTVWXY2346789]{5}){4}$/;

/** True when every 6-digit group is a multiple of 11 below 11 * 65536 (a BitLocker recovery password). */
export function isRecoveryPassword(groups: string[]): boolean {
  return groups.length === 8 && groups.every((g) => Number(g) % 11 === 0 && Number(g) < 720896);
}

/** The replacement for a match of DASHED_SECRETS_SOURCE whose first group is `base + 1`, or null. */
export function replaceDashedSecret(c: MatchContext, base: number): string | null {
  const g = (k: number): string | undefined => c.group(base + k);
  if (g(2) !== undefined) {
    const [blob, space, comment] = [g(2)!.slice(0), g(3), g(4)];
    // The match is the blob's first 'A'; the rest of the blob is ahead.
    let text = simple(c, 'ssh-public-key', `A${blob}`);
    let covered = blob.length;
    if (space !== undefined && comment !== undefined && c.profile !== 'minimal') {
      const at = comment.lastIndexOf('@');
      const user = at >= 0 ? comment.slice(0, at) : comment;
      const host = at >= 0 ? comment.slice(at + 1) : '';
      text += `${space}${accountPlaceholder(c, user)}${host ? `@${simple(c, 'host', host.toLowerCase())}` : ''}`;
      covered += space.length + comment.length;
    }
    c.coverAfter(covered);
    return text;
  }
  const sid = g(5)!;
  const rid = Number(g(6)!);
  if (c.profile === 'minimal' || !(rid === 500 || rid === 501 || rid >= 1000)) return null;
  c.coverAfter(sid.length + 1);
  return simple(c, 'sid', `S-${sid}`);
}

/**
 * A Windows product key by its shape alone (strict only: found from a '-', which every log has
 * many of; in the other profiles a product key is found after its key, "Product key: ...").
 */
export const PRODUCT_KEY_RULE: RedactionRule = {
  rare: true,
  category: 'product-key',
  profiles: STRICT,
  pattern: '-(?<=(?<![\\w-])[B-Y2-9]{5}-)(?=([B-Y2-9]{5}(?:-[B-Y2-9]{5}){3})(?![\\w-]))',
  replace: (c) => {
    const tail = c.group(1)!;
    const head = c.takeBefore(/[B-Y2-9]/, 5);
    const key = `${head}-${tail}`;
    if (!PRODUCT_KEY.test(key) || !/\d/.test(key) || !/[A-Z]/.test(key)) return null;
    c.coverAfter(tail.length);
    return simple(c, 'product-key', key);
  },
};
