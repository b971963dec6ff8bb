/**
 * A password hash after a secret key, written with its scheme in braces as LDAP and Dovecot store
 * them (RFC 2307 userPassword): {SSHA}W6ph..., {SHA}..., {CRYPT}$6$salt$..., {PBKDF2-SHA256}...
 * The key rule reads a bare value from its first character and '{' starts none (ODBC's braces
 * aside), so the whole hash is taken here, scheme included.
 */
import { simple, type MatchContext } from './rule-types.js';

/** Spacing, then {SCHEME} and the hash up to a delimiter. */
const SCHEME_HASH = /^([ \t]*["']?)(\{[A-Za-z0-9.-]{2,16}\}[^\s"',;<>]+)/;

/** The hash after a secret key's separator as one secret, or null when the value is not one. */
export function replaceSchemeHash(c: MatchContext): string | null {
  const m = SCHEME_HASH.exec(c.textAfter(0, 1024));
  if (!m) return null;
  c.coverAfter(m[0].length);
  return `${c.group(0)}${m[1]}${simple(c, 'secret', m[2]!)}`;
}
