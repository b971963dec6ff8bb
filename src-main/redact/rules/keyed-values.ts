/**
 * The key=value rule: every key=value, key: value, "key": "value" and key="value" form, anchored
 * on the separator with one lookbehind for all key names. The key decides what the value is: a
 * secret, an OAuth code, a phone number, name, MAC or extension, a SIP URI's user, an SRTP key.
 */
import { phoneDigits } from '../phone-shape.js';
import { EXTENSION_KEYS, MAC_KEYS, NAME_KEYS, PHONE_KEYS, SECRET_KEYS, keyedValue, keyKind } from '../redaction-keys.js';
import { caseVariantList, keyAlternation, suffixAlternation } from './regex-words.js';
import { ALL, phone, simple, type MatchContext, type RedactionRule } from './rule-types.js';

/**
 * The value after a key's separator, looked at ahead (so a value that does not fit is still seen by
 * the other rules): quoted whole, or bare as its first token and, for values that may hold spaces
 * (a person's name: "displayName=Marcus Webb, state=1"), the following words up to a delimiter or
 * the next key=value.
 */
const KEYED_VALUE = `(?=([ \\t]*)(?:"([^"\\r\\n]*)"|'([^'\\r\\n]*)'|([^\\s"'&,;<>{}]+)((?: [^\\s"'&,;<>{}\\[\\]=:]+)*(?=[\\s"'&,;<>{}\\[\\]]|$))?))`;

/**
 * Replaces the value looked at by KEYED_VALUE whose groups start at `first`, keeping quotes and
 * spacing; `words` takes a bare value's following words too.
 */
function replaceKeyed(c: MatchContext, first: number, words: boolean, placeholder: (value: string) => string | null): string | null {
  const space = c.group(first)!;
  const quote = c.group(first + 1) !== undefined ? '"' : c.group(first + 2) !== undefined ? "'" : '';
  const value = c.group(first + 1) ?? c.group(first + 2) ?? c.group(first + 3)! + (words ? (c.group(first + 4) ?? '') : '');
  const replacement = value === '' ? null : placeholder(value);
  if (replacement === null) return null;
  c.coverAfter(space.length + value.length + 2 * quote.length);
  return `${c.group(0)}${space}${quote}${replacement}${quote}`;
}

const CODE_KEYS = ['code', 'auth_code', 'authCode', 'authorization_code'];
const IDENTITY_KEYS = [...PHONE_KEYS, ...NAME_KEYS, ...MAC_KEYS, ...EXTENSION_KEYS];
const IS_CODE_KEY = new RegExp(`^(?:${CODE_KEYS.join('|')})$`, 'i');
/**
 * "Keys" that are URI schemes or SDP fields (exact case): sip:user@host, sips:..., and SDP
 * a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:<SRTP master key>. In the key rule rather than rules
 * of their own, which would start at every 's' and 'a' of a log.
 */
const URI_KEYS = ['sip', 'sips', 'inline'];

/** inline:<key>|2^20|1:32: the base64 SRTP master key (a secret), not its lifetime and MKI. */
function replaceSrtpKey(c: MatchContext): string | null {
  const key = c.group(4) === '' && c.group(7) !== undefined ? /^[A-Za-z0-9+/=]{16,}/.exec(c.group(7)!)?.[0] : undefined;
  if (!key) return null;
  c.coverAfter(key.length);
  return `:${simple(c, 'srtp-key', key)}`;
}

/**
 * sip:user@host: the user part, a phone number (by shape) or an account name; a password written
 * in the URI (sip:alice:secret@host, deprecated but still seen) is a secret. The host stays.
 */
function replaceSipUser(c: MatchContext): string | null {
  const token = c.group(4) === '' ? c.group(7) : undefined;
  const at = token?.indexOf('@') ?? -1;
  if (!token || at <= 0) return null;
  const [user, ...password] = token.slice(0, at).split(':');
  if (!user || /[\s;>"<]/.test(user)) return null;
  const digits = phoneDigits(user);
  const isPhone = /^\+?[\d .()-]+$/.test(user) && digits.length >= 7 && digits.length <= 15;
  const secret = password.length > 0 ? `:${simple(c, 'url-credentials', password.join(':'))}` : '';
  c.coverAfter(at + 1);
  return `:${isPhone ? phone(c, user) : simple(c, 'sip-user', user)}${secret}@`;
}

/** Keys of the attribute form key="value" (exact case): SIP Digest username and response, XML name. */
const ATTRIBUTE_KEYS = ['username', 'name', 'response'];

/**
 * key="value" attributes: the SIP Digest account name (user), the Digest response hash (a secret:
 * with the nonce and realm beside it, a weak SIP password can be brute-forced offline), and an
 * XML name attribute (a person, in contact lists).
 */
function replaceAttribute(c: MatchContext, key: string): string | null {
  return replaceKeyed(c, 4, false, (value) => {
    if (c.group(5) === undefined) return null; // only the double-quoted form
    if (key === 'response') return /^[0-9A-Fa-f]{16,128}$/.test(value) ? simple(c, 'secret', value) : null;
    return key === 'username' ? simple(c, 'user', value.toLowerCase()) : simple(c, 'name', value);
  });
}

/** A value is an OAuth authorization code when it is long and mixes cases and digits (error codes and names do not). */
function looksLikeAuthCode(value: string): boolean {
  return value.length >= 16 && /^[A-Za-z0-9._~+/=-]+$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value);
}

/** The key=value rule (see its pattern). */
export const KEYED_VALUE_RULE: RedactionRule = {
  category: 'secret',
  profiles: ALL,
  // Every key=value, key: value and "key": "value" rule in one: anchored on the ':' or '=' (far
  // rarer than the letters a key starts with) with ONE lookbehind for all key names, since each
  // lookbehind runs at every separator of a log. Secret keys ask no word boundary ("sessionToken");
  // the others do. The key decides: a secret is replaced whole; an authorization code only when
  // it looks like one ("code": 2202400 stays); a phone number, name, MAC or extension only in
  // the standard and strict profiles, and only when the value fits. The attribute form key="..."
  // of SIP Digest and XML (username="jdoe", response="<md5 hex>", <contact name="Marcus Webb"/>)
  // is here too: a rule of its own starting at 'u' or 'n' made the whole scan ~15 % slower.
  pattern: `[:=](?<=(?:(${keyAlternation(SECRET_KEYS)})|(?<![A-Za-z0-9_-])(${suffixAlternation(ATTRIBUTE_KEYS)})(?==")|(?<![A-Za-z0-9])(${suffixAlternation([...caseVariantList([...CODE_KEYS, ...IDENTITY_KEYS]), ...URI_KEYS])}))["']?[ \\t]*[:=])${KEYED_VALUE}`,
  replace: (c) => {
    if (c.group(1) !== undefined) {
      // A Cookie: or Set-Cookie: header holds several cookies and attributes: the rest of the line goes.
      if (c.group(0) === ':' && /cookie$/i.test(c.group(1)!) && c.group(5) === undefined && c.group(6) === undefined) {
        const space = c.group(4)!;
        const rest = /^[^\r\n]*/.exec(c.textAfter(space.length, Infinity))![0];
        if (!rest) return null;
        c.coverAfter(space.length + rest.length);
        return `:${space}${simple(c, 'cookie', rest)}`;
      }
      return replaceKeyed(c, 4, false, (value) => simple(c, 'secret', value));
    }
    if (c.group(2) !== undefined) return c.profile === 'minimal' && c.group(2) !== 'response' ? null : replaceAttribute(c, c.group(2)!);
    const key = c.group(3)!;
    if (key === 'inline') return replaceSrtpKey(c);
    if (key === 'sip' || key === 'sips') return c.profile === 'minimal' ? null : replaceSipUser(c);
    if (IS_CODE_KEY.test(key)) return replaceKeyed(c, 4, false, (value) => (looksLikeAuthCode(value) ? simple(c, 'oauth-code', value) : null));
    const kind = c.profile === 'minimal' ? null : keyKind(key);
    return kind === null ? null : replaceKeyed(c, 4, true, (value) => keyedValue(kind, value, c.placeholders));
  },
};
