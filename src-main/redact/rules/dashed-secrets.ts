/**
 * Secrets and account ids without a vendor prefix, found from a '-' inside them (a start the
 * token rule already has, so they cost the scan almost nothing) and proved in JS:
 * - BitLocker recovery keys: 8 groups of 6 digits, each group divisible by 11 (Microsoft's
 *   recovery password format: each group is a 16-bit value times 11). In the standard profile the
 *   digit rule starts at the key's first digit, before this '-': there the key is found after
 *   "recovery key" (command-lines.ts) or manage-bde's "Password:" line (keyed-values.ts).
 * - Windows product keys: 5 groups of 5 characters from the product key alphabet
 *   BCDFGHJKMNPQRTVWXY2346789 (no vowels, no 0, 1 or 5), with letters and digits.
 * - SSH public keys (authorized_keys, known_hosts, ssh-keygen output): ssh-ed25519, ssh-rsa,
 *   ecdsa-sha2-nistp256 ... the base64 blob, and the comment's user@host.
 * - Windows SIDs of accounts (S-1-5-21-<domain>-<RID>, RID 500, 501 or from 1000): the domain
 *   part identifies the machine or domain, the RID the account. Well-known SIDs (S-1-5-18) stay.
 * Matched as TOKEN_RULE's last alternatives (secrets.ts).
 */
import { accountPlaceholder } from './account-names.js';
import { simple, type MatchContext } from './rule-types.js';

/** The source, with 8 capture groups: recovery key tail, product key tail, SSH (algorithm, blob, space, comment), SID tail. */
export const DASHED_SECRETS_SOURCE =
  '-(?<=(?<![\\w-])\\d{6}-)(?=(\\d{6}(?:-\\d{6}){6})(?![\\w-]))' +
  '|-(?<=(?<![\\w-])[B-Y2-9]{5}-)(?=([B-Y2-9]{5}(?:-[B-Y2-9]{5}){3})(?![\\w-]))' +
  '|-(?<=(?<![\\w-])(?:ssh|ecdsa|sk-ssh|sk-ecdsa)-)(?=((?:ed25519|rsa|dss|sha2-nistp(?:256|384|521))(?:@openssh\\.com)?)[ \\t]+(AAAA[A-Za-z0-9+/]{16,}={0,3})(?![A-Za-z0-9+/=])(?:([ \\t]+)([^\\s@"\']{1,64}@[A-Za-z0-9._-]{1,253}|[^\\s"\']{1,64}(?=[ \\t]*(?:\\r?\\n|$))))?)' +
  '|-(?<=(?<![\\w-])S-)(?=(1-5-21-\\d{1,10}-\\d{1,10}-\\d{1,10}-(\\d{3,10}))(?![\\w-]))';

/** The product key alphabet (Windows 8 and later). */
const PRODUCT_KEY = /^[BCDFGHJKMNPQRTVWXY2346789]{5}(?:-[BCDFGHJKMNPQRTVWXY2346789]{5}){4}$/;

/** True when every 6-digit group is a multiple of 11 below 11 * 65536 (a BitLocker recovery password). */
export function isRecoveryPassword(groups: string[]): boolean {
  return groups.length === 8 && groups.every((g) => Number(g) % 11 === 0 && Number(g) < 720896);
}

/** The replacement for a match of DASHED_SECRETS_SOURCE whose first group is `base + 1`, or null. */
export function replaceDashedSecret(c: MatchContext, base: number): string | null {
  const g = (k: number): string | undefined => c.group(base + k);
  if (g(1) !== undefined) {
    const tail = g(1)!;
    const head = c.takeBefore(/\d/, 6);
    if (!isRecoveryPassword([head, ...tail.split('-')])) return null;
    c.coverAfter(tail.length);
    return simple(c, 'recovery-key', `${head}-${tail}`);
  }
  if (g(2) !== undefined) {
    const tail = g(2)!;
    const head = c.takeBefore(/[B-Y2-9]/, 5);
    const key = `${head}-${tail}`;
    if (!PRODUCT_KEY.test(key) || !/\d/.test(key) || !/[A-Z]/.test(key)) return null;
    c.coverAfter(tail.length);
    return simple(c, 'product-key', key);
  }
  if (g(3) !== undefined) {
    const [algorithm, blob, space, comment] = [g(3)!, g(4)!, g(5), g(6)];
    // The spacing between the algorithm and the blob as written.
    const gap = /^[ \t]+/.exec(c.textAfter(algorithm.length, 16))![0];
    let text = `-${algorithm}${gap}${simple(c, 'ssh-public-key', blob)}`;
    let covered = algorithm.length + gap.length + blob.length;
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
  const sid = g(7)!;
  const rid = Number(g(8)!);
  if (c.profile === 'minimal' || !(rid === 500 || rid === 501 || rid >= 1000)) return null;
  c.takeBefore(/S/, 1);
  c.coverAfter(sid.length);
  return simple(c, 'sid', `S-${sid}`);
}

