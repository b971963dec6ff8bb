/**
 * The `SET KEY value` lines of Avaya's 46xxsettings.txt and 96x1 settings files (SET SIPPASSWORD x,
 * SET SIPUSERNAME 4155550123, SET SIPHA1 <32 hex>, SET ADMIN_PASSWORD 27238, also commented out
 * with '##'): the key decides as it does in key=value (redaction-keys.ts), so every secret or
 * account key the key rule knows works here too, plus Avaya's run-together spellings (SIPPASSWORD,
 * PROCPSWD, SIPHA1). Found from the 'S' at a line's start, as a branch of the person-name pass
 * (format-branches.ts). Secrets go in every profile, the other kinds in standard and strict.
 */
import type { LetterBranch } from './first-letter-rule.js';
import { isBoundedSecretKey, keyedValue, keyKind, saysSecret, secretKeyKind, tokenKeyValue, USER_KEYS, type KeyKind } from '../redaction-keys.js';
import { simple, type MatchContext } from './rule-types.js';

/** Avaya's secret keys written without separators (PROCPSWD, DOT1XPSWD, SIPHA1) and SNMP strings. */
const AVAYA_SECRET = /(?:PSWD|PASSWD|PASSWORD|HA1B?|PIN|PINCODE|SNMPSTRING|COMMUNITY|SECRET|TOKEN)$/i;
/** Account keys run together with a prefix (SIPUSERNAME, DOT1XUSER, LOGINNAME). */
const AVAYA_USER = new RegExp(`(?:${[...USER_KEYS, 'login', 'loginid', 'authname', 'authid'].filter((k) => /^[A-Za-z]+$/.test(k)).join('|')})$`, 'i');

/** What a SET key holds: a secret, a token (when token-like), a kind of personal value, or nothing. */
function setKeyKind(key: string): 'secret' | 'token' | KeyKind | null {
  if (secretKeyKind(key) === 'version') return null;
  if (saysSecret(key) || AVAYA_SECRET.test(key) || isBoundedSecretKey(key)) return 'secret';
  if (secretKeyKind(key) === 'token') return 'token';
  return keyKind(key) ?? (AVAYA_USER.test(key) ? 'user' : null);
}

/** The SET line's value replaced by what its key says, or null. */
function replaceSetLine(c: MatchContext): string | null {
  const [gap, key, space, value] = [c.group(1)!, c.group(2)!, c.group(3)!, c.group(4)!];
  const kind = setKeyKind(key);
  if (kind === null) return null;
  const quoted = /^"(.*)"$/.exec(value);
  const inner = quoted ? quoted[1]! : value;
  if (!inner || /^(?:\$\{?\w+\}?|%\w+%)$/.test(inner)) return null;
  let replacement: string | null;
  if (kind === 'secret') replacement = simple(c, 'secret', inner);
  else if (kind === 'token') replacement = tokenKeyValue(inner) ? simple(c, 'secret', inner) : null;
  else replacement = c.profile === 'minimal' ? null : keyedValue(kind, inner, c.placeholders);
  if (replacement === null) return null;
  const head = `ET${gap}${key}${space}`;
  c.coverAfter(head.length + value.length);
  return `S${head}${quoted ? `"${replacement}"` : replacement}`;
}

/** After the 'S' of SET at a line's start (or after '#'): the key, the space, the value. */
export const SET_LINE_BRANCH: LetterBranch = {
  source: 'ET([ \\t]+)([A-Z][A-Z0-9_]*)([ \\t]+)("[^"\\r\\n]*"|[^\\s"]+)',
  replace: replaceSetLine,
};
