/**
 * The redaction rules as a table: what each category matches, which profiles use it, and how a
 * match becomes a placeholder. The scan (text-redactor.ts) joins the enabled rules into two
 * alternations, the rules marked `rare` and the rest (far faster than the rules one by one, and
 * than one alternation of all, docs/perf-notes.md); every rule starts on a literal or a narrow
 * class where it can (email is found from its '@' and expanded backwards) so the scan stays fast.
 * Text is latin1-decoded bytes: ASCII rules stay exact and bytes round-trip unchanged.
 */
import type { RedactionProfile } from '../../src-shared/bundle-manifest.js';
import { classifyIPv4, classifyIPv6 } from './ip-class.js';
import { phoneDigits } from './phone-shape.js';
import type { PlaceholderIssuer } from './placeholders.js';
import { EXTENSION_KEYS, MAC_KEYS, NAME_KEYS, PHONE_KEYS, SECRET_KEYS, keyedValue, keyKind } from './redaction-keys.js';
import { extensionPlaceholder, isPhoneNumber, macPlaceholder, phonePlaceholder, simplePlaceholder } from './typed-placeholders.js';

/** The profiles that redact anything ('none' redacts nothing). */
export type ActiveProfile = Exclude<RedactionProfile, 'none'>;

/** What a rule's replace function may use. */
export interface MatchContext {
  /** Capture group k of this rule (0 = the rule's whole match). */
  group(k: number): string | undefined;
  /** Consumes up to `max` characters before the match that pass `test` (never earlier output). */
  takeBefore(test: RegExp, max?: number): string;
  /** The character just before the consumed text ('' at the start). */
  charBefore(): string;
  /**
   * The replacement also covers `length` characters after the match. Key=value rules match only
   * the separator and look ahead at the value, so when a value does not fit (returns null) the
   * other rules still see it; when it fits, this takes it.
   */
  coverAfter(length: number): void;
  /** The profile the rules run for. */
  profile: ActiveProfile;
  /** Up to `length` characters after the match, from `skip` characters after it, without consuming them. */
  textAfter(skip: number, length: number): string;
  /** Up to `length` characters before the match, without consuming them. */
  textBefore(length: number): string;
  placeholders: PlaceholderIssuer;
}

export interface RedactionRule {
  /** The category this rule is for (a rule may issue another, e.g. a SIP user that is a phone number); counts come from the placeholders issued. */
  category: string;
  profiles: readonly ActiveProfile[];
  /** Regex source with capture groups numbered from 1 within the rule. */
  pattern: string;
  /** The replacement text for the rule's whole match, or null to keep the match as it is. */
  replace(context: MatchContext): string | null;
  /**
   * The rule starts only on characters or strings that are rare in logs ('@', '<', '+', '(', '?',
   * '%', a backslash, "eyJ", the user's own names). Such rules are scanned in a pass of their own:
   * beside alternatives that start on digits, ':' or '=' they cost far more than alone, and the two
   * passes together take ~25 % less time than one regex of all rules (docs/perf-notes.md).
   */
  rare?: boolean;
}

const ALL: readonly ActiveProfile[] = ['minimal', 'standard', 'strict'];
const STANDARD: readonly ActiveProfile[] = ['standard', 'strict'];
const STRICT: readonly ActiveProfile[] = ['strict'];

/** "password" -> "password|Password|PASSWORD": cheaper than a case-insensitive flag on the whole scan. */
export function caseVariants(words: readonly string[]): string {
  const variants = new Set<string>();
  for (const w of words) for (const v of [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase(), w.toLowerCase()]) variants.add(v);
  // Longest first so "access_token" wins over "token" at the same position.
  return [...variants].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * An alternation of words for use inside a lookbehind, factored by common endings ("callerNumber",
 * "calleeNumber" -> "(?:(?:caller|callee)Number)"): a lookbehind matches backwards, so a factored
 * form checks each last character once instead of trying every word in turn (the key rules run at
 * every ':' and '=' of a log, and ~200 words one by one made them the slowest rules).
 */
export function suffixAlternation(words: readonly string[]): string {
  const unique = [...new Set(words)];
  if (unique.length === 1) return escapeRegExp(unique[0]!);
  const byLast = new Map<string, string[]>();
  let optional = false;
  for (const word of unique) {
    if (word === '') optional = true;
    else byLast.set(word.slice(-1), [...(byLast.get(word.slice(-1)) ?? []), word.slice(0, -1)]);
  }
  const parts = [...byLast].map(([last, heads]) => (heads.length === 1 && heads[0] === '' ? escapeRegExp(last) : `${suffixAlternation(heads)}${escapeRegExp(last)}`));
  const body = parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  return optional ? `(?:${body})?` : body;
}

/** The case variants of words (as caseVariants), unescaped. */
function caseVariantList(words: readonly string[]): string[] {
  return caseVariants(words).split('|').map((w) => w.replace(/\\(.)/g, '$1'));
}

/** The case variants of words (as caseVariants) as one factored alternation for a lookbehind. */
export function keyAlternation(words: readonly string[]): string {
  return suffixAlternation(caseVariantList(words));
}

/** Escapes text for use inside a RegExp source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function simple(context: MatchContext, category: string, value: string): string {
  return simplePlaceholder(context.placeholders, category, value);
}

function phone(context: MatchContext, text: string): string {
  return phonePlaceholder(context.placeholders, text);
}

function ip(context: MatchContext, text: string, kind: 'ip' | 'ip6', ipClass: string): string {
  return context.placeholders.get('ip', text.toLowerCase(), `${kind}:${ipClass}`, text);
}

const HEX = '[0-9A-Fa-f]';
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
/** True when every host bit of the address is zero for this prefix length (it names a range, not a host). */
function isNetworkAddress(address: string, prefix: number): boolean {
  if (prefix > 32) return false;
  const value = address.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
  return prefix === 32 ? false : value % 2 ** (32 - prefix) === 0;
}
const MAC_COLON = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}$/;
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const HEX_CHAR = /[0-9A-Fa-f]/;
/** A dotted quad right after "version", "ver" or "build" (also "Client Version is 6.3.1.123") is a version number, not an address. */
const VERSION_BEFORE = /(?:version|ver|build)["']?(?: is)?[ :=]{1,3}$/i;
const NOT_ANGLE = /[^<>\r\n]/;
// RFC 3261 token characters and spaces (and any non-ASCII byte of a UTF-8 name), optionally in single quotes.
const UNQUOTED_DISPLAY_NAME = /^([ \t]*)(')?([A-Za-z0-9\-.!%*_+`'~ \t\x80-\xff]*?)\2([ \t]*)$/;
const WINDOWS_HOME_DIRS = '\\\\{1,2}(?:Users|users|USERS|Documents and Settings|home\\$)\\\\{1,2}';
const UNIX_HOME_DIRS = '/Users/|/home/';

/**
 * A MAC found from its first '-' or '.' (00-1A-2B-3C-4D-5E, 001a.2b3c.4d5e), extended back over
 * its first group; a Cisco one needs a hex letter, so a dotted build number (2026.1126.0901) stays.
 */
function replaceDashedOrCiscoMac(c: MatchContext): string | null {
  const dashed = c.group(0)![0] === '-';
  const head = c.takeBefore(HEX_CHAR, dashed ? 2 : 4);
  if (head.length !== (dashed ? 2 : 4) || (dashed ? /[A-Za-z0-9_-]/ : /[A-Za-z0-9_.]/).test(c.charBefore())) return null;
  const text = head + c.group(0)!;
  return dashed || /[A-Fa-f]/.test(text) ? macPlaceholder(c.placeholders, text) : null;
}

/** A national-format match is a phone number (see the rule): digit counts, and NANP area/exchange codes when only spaces separate. */
function isNationalPhone(text: string): boolean {
  const digits = phoneDigits(text);
  if (text.startsWith('(')) return digits.length >= 9 && digits.length <= 13;
  if (text.startsWith('00')) return digits.length >= 9 && digits.length <= 17;
  if (text.startsWith('0')) return digits.length >= 9 && digits.length <= 12;
  if (digits.length === 11 ? !/^1[ .-]/.test(text) : digits.length !== 10) return false;
  // "415 555 0123" could be a row of figures: area and exchange codes start with 2-9 in a real number.
  return /[-.()]/.test(text) || /^[2-9]\d\d[2-9]/.test(digits.slice(-10));
}
const HOST_TLDS = 'com|net|org|io|us|local|lan|corp|internal|home|edu|gov|de|uk|fr|jp|cn|in|ca|au|co|nl|se|ch|es|it|br';
const KEEP_HOSTS = /(?:^|\.)(?:zoom\.us|zoom\.com|zoomgov\.com)$/i;

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

/** Secrets and credentials: in every profile. */
const SECRET_RULES: RedactionRule[] = [
  {
    category: 'jwt',
    profiles: ALL,
    rare: true,
    pattern: 'eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*',
    replace: (c) => simple(c, 'jwt', c.group(0)!),
  },
  {
    category: 'auth',
    profiles: ALL,
    // Authorization: Bearer|Basic values, also a bare "Bearer <token>".
    pattern: `((?:${caseVariants(['authorization'])})["']?\\s*[:=]\\s*["']?(?:${caseVariants(['bearer', 'basic'])})\\s+|(?:Bearer|bearer)\\s+(?=[A-Za-z0-9._~+/-]{16}))([A-Za-z0-9._~+/=-]+)`,
    replace: (c) => `${c.group(1)}${simple(c, 'auth', c.group(2)!)}`,
  },
  {
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
  },
  {
    category: 'oauth-code',
    profiles: ALL,
    rare: true,
    // An OAuth code= in a query string, also URL-encoded inside another URL
    // (redirect_uri=zoommtg%3A%2F%2Fsso%3Fcode%3D...).
    pattern: '((?:[?&#]|%3[Ff]|%26|%23)code(?:=|%3[Dd]))([^\\s&#"\'<>%]+)',
    replace: (c) => `${c.group(1)}${simple(c, 'oauth-code', c.group(2)!)}`,
  },
  {
    category: 'email',
    profiles: STANDARD,
    rare: true,
    // Found from its '@' (also URL-encoded once or twice, or JSON-escaped) and extended back over
    // the local part.
    pattern: '(?:@|%40|%2540|\\\\u0040)((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24})(?![A-Za-z0-9-])',
    replace: (c) => {
      const local = c.takeBefore(EMAIL_LOCAL);
      if (!local) return null;
      return simple(c, 'email', `${local}@${c.group(1)}`.toLowerCase());
    },
  },
  {
    category: 'url-credentials',
    profiles: ALL,
    // Everything found from a ':' but key=value, in one rule (each rule costs scan time at every
    // position): credentials in URLs (anchored on "://" rather than the scheme, which could start at
    // any letter), and in the standard and strict profiles hex and colons, an IPv6 address or a MAC,
    // extended back over the first group (three colons or a "::" are required, so times such as
    // 08:44:11 never match).
    pattern: `:(?://([^\\s/:@"'<>]+):([^\\s/@"'<>]+)@|(?:(?:${HEX}{0,4}:){2,6}|:)${HEX}{0,4}(?::${HEX}{1,4}){0,6}(?:\\.\\d{1,3}){0,3}(?:%[A-Za-z0-9]+)?(?![A-Za-z0-9_:]))`,
    replace: (c) => {
      if (c.group(1) !== undefined) return `://${simple(c, 'user', c.group(1)!.toLowerCase())}:${simple(c, 'url-credentials', c.group(2)!)}@`;
      if (c.profile === 'minimal') return null;
      const head = c.takeBefore(HEX_CHAR, 4);
      if (/[A-Za-z0-9_:.]/.test(c.charBefore())) return null;
      const text = head + c.group(0)!;
      if (MAC_COLON.test(text)) return simple(c, 'mac', text.toLowerCase());
      const ipClass = classifyIPv6(text);
      return ipClass === null || ipClass === 'keep' ? null : ip(c, text, 'ip6', ipClass);
    },
  },
];

/** Personal and machine identifiers: standard and strict. */
const IDENTITY_RULES: RedactionRule[] = [
  {
    category: 'name',
    profiles: STANDARD,
    rare: true,
    // A SIP display name before <sip:...>, <tel:...> or <+number>, found from the '<' (one rule for
    // all forms: each rule in the combined regex costs scan time at every position). Quoted
    // ("Peggy Garcia" <sip:...>) anywhere; unquoted or single-quoted (From: Marcus Webb <sip:...>,
    // Caller ID: MARCUS WEBB <+14155550199>) only right after a header's colon or a comma between
    // addresses, so "call from <sip:...>" in prose stays. The URI is left to the other rules.
    pattern: '<(?=sips?:|tel:|\\+\\d)',
    replace: (c) => {
      const raw = c.takeBefore(NOT_ANGLE, 120);
      const quoted = /"([^"]+)"([ \t]*)$/.exec(raw);
      if (quoted) return `${raw.slice(0, quoted.index)}"${simple(c, 'name', quoted[1]!)}"${quoted[2]}<`;
      const cut = Math.max(raw.lastIndexOf(':'), raw.lastIndexOf(','));
      const parts = cut < 0 ? null : UNQUOTED_DISPLAY_NAME.exec(raw.slice(cut + 1));
      const name = parts?.[3];
      if (!parts || !name || !/[A-Za-z\x80-\xff]/.test(name)) return null;
      const quote = parts[2] ?? '';
      return `${raw.slice(0, cut + 1)}${parts[1]}${quote}${simple(c, 'name', name)}${quote}${parts[4]}<`;
    },
  },
  {
    category: 'extension',
    profiles: STANDARD,
    rare: true,
    // "ext. 1234", "Ext 1234" (ext=1234 and "extension": "1234" go through the key rule).
    // Anchored on the 'x' (rare in text; 'e' is the commonest letter), the 'e' checked behind it.
    pattern: '(?:xt|XT)(?<=(?<![A-Za-z0-9_])(?:ext|Ext|EXT))(\\.[ ]?|[ ])(\\d{2,8})(?![\\d.])',
    replace: (c) => `${c.group(0)!.slice(0, 2)}${c.group(1)}${extensionPlaceholder(c.placeholders, c.group(2)!)}`,
  },
  {
    category: 'user',
    profiles: STANDARD,
    rare: true,
    // Home folders of any user: C:\Users\x (also JSON-escaped, any case, names with spaces),
    // C:\Documents and Settings\x, \\server\home$\x and \\server\users\x, /Users/x, /home/x.
    // A forward-slash one only at the start of a path ("logs/zoom/home/a.log" is a bundle path).
    pattern: `(${WINDOWS_HOME_DIRS}|(?:${UNIX_HOME_DIRS})(?<![A-Za-z0-9_.-](?:${UNIX_HOME_DIRS})))(?!(?:Shared|Public|Default|All Users)\\b)([^\\\\/\\s"':;<>]+(?:(?: [^\\\\/\\s"':;<>=,+*?|[\\]]+){1,3}(?=\\\\))?)`,
    replace: (c) => `${c.group(1)}${simple(c, 'user', c.group(2)!.toLowerCase())}`,
  },
  {
    category: 'phone',
    profiles: STANDARD,
    rare: true,
    // International: +1 415 555 0123, +1 (415) 555-0123, +44 (0)20 7183 8750, +81-3-1234-5678.
    // National in parentheses: (415) 555-0123, (02) 9876 5432, (11) 91234-5678.
    pattern:
      '(\\+(?<![A-Za-z0-9_+]\\+)[1-9](?:[ .-]?(?:\\(\\d{1,4}\\)|\\d)){6,17}(?!\\d))' +
      '|\\((?<![A-Za-z0-9_]\\()\\d{1,5}\\)[ ]?(?:\\d{2,5}[ .-])*\\d{4,8}(?![A-Za-z0-9_-]|\\.\\d)',
    replace: (c) => {
      const text = c.group(0)!;
      if (c.group(1) !== undefined) return isPhoneNumber(text) ? phone(c, text) : null;
      return isNationalPhone(text) ? phone(c, text) : null;
    },
  },
  {
    category: 'ip',
    profiles: STANDARD,
    // National phone numbers, IPv4 addresses and dashed or Cisco MACs in one rule (each rule costs
    // scan time at every position where it can start).
    // Starting with a digit that follows no word character or dot: national phone numbers
    // (415-555-0123, 415 555 0123, 1-800-555-0199, and trunk-0 numbers of many countries: 020 7183
    // 8750, 030 12345678, 01 23 45 67 89, 090-1234-5678, 0049 30 12345678; a trunk-0 number must not
    // run on into more digit groups or a hex byte, so hex dumps and dates stay); then IPv4
    // addresses, octet ranges and a "version 1.2.3.4" before them checked in code. An optional CIDR
    // suffix: a network range such as 100.64.0.0/10 names no one and stays readable.
    pattern:
      '\\d(?<![A-Za-z0-9_.]\\d)(?:(?<![+-]\\d)(' +
      '(?:\\d\\d[ .-]|[ .-]\\(?\\d{3}\\)?[ .-]?)\\d{3}[ .-]\\d{4}(?![A-Za-z0-9_-]|\\.\\d)' +
      '|(?<=0)(?<![:/]0)(?:0[1-9]\\d{0,2}|[1-9]\\d{0,4})(?:(?:[ /-]\\d{2,8}){1,4}|(?:\\.\\d{2}){4})(?![A-Za-z0-9_:-]|[ ./]?\\d|[ ][0-9A-Fa-f]{2}(?![A-Za-z0-9])))' +
      '|\\d{0,2}(?:\\.\\d{1,3}){3}(?:/(\\d{1,2}))?(?![A-Za-z0-9_]|\\.\\d))' +
      // MACs 00-1A-2B-3C-4D-5E (found from the first '-') and Cisco 001a.2b3c.4d5e (from the first '.').
      `|(-${HEX}{2}(?:-${HEX}{2}){4}(?![A-Za-z0-9_-])|\\.${HEX}{4}\\.${HEX}{4}(?![A-Za-z0-9_.]))`,
    replace: (c) => {
      const text = c.group(0)!;
      if (c.group(1) !== undefined) return isNationalPhone(text) ? phone(c, text) : null;
      if (c.group(3) !== undefined) return replaceDashedOrCiscoMac(c);
      const prefix = c.group(2);
      const address = prefix === undefined ? text : text.slice(0, -prefix.length - 1);
      if (!IPV4.test(address) || VERSION_BEFORE.test(c.textBefore(12))) return null;
      if (prefix !== undefined && isNetworkAddress(address, Number(prefix))) return null;
      const ipClass = classifyIPv4(address);
      if (ipClass === 'keep') return null;
      return ip(c, address, 'ip', ipClass) + (prefix === undefined ? '' : `/${prefix}`);
    },
  },
];

/** Strict only: Wi-Fi names and every host name (Zoom's own domains kept). */
const STRICT_RULES: RedactionRule[] = [
  {
    category: 'wifi',
    profiles: STRICT,
    // A quoted name after the word: connected to wifi "Webb Family WiFi", wlan0: SSID "Webb Family WiFi".
    pattern: `((?:${caseVariants(['wifi', 'WiFi', 'Wi-Fi', 'ssid'])})[ ]+(?:(?:network|Network)[ ]+)?)"([^"\\r\\n]+)"`,
    replace: (c) => `${c.group(1)}"${simple(c, 'wifi', c.group(2)!)}"`,
  },
  {
    category: 'wifi',
    profiles: STRICT,
    // ssid=..., SSID : ... (netsh), "Wi-Fi Network: ..." (networksetup), wifi_name=...
    pattern: `((?:${caseVariants(['ssid', 'Wi-Fi Network', 'WiFi Network', 'wifiName', 'wifi_name', 'Network Name', 'networkName'])})["']?\\s*[:=]\\s*["']?)([^"'\\r\\n,;}]+)`,
    replace: (c) => `${c.group(1)}${simple(c, 'wifi', c.group(2)!)}`,
  },
  {
    category: 'host',
    profiles: STRICT,
    pattern: `(?<![A-Za-z0-9_.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?:${HOST_TLDS})(?![A-Za-z0-9_-])`,
    replace: (c) => (KEEP_HOSTS.test(c.group(0)!) ? null : simple(c, 'host', c.group(0)!.toLowerCase())),
  },
];

/** Every built-in rule, in priority order (earlier wins when two start at the same place). */
export const BUILT_IN_RULES: readonly RedactionRule[] = [...SECRET_RULES, ...IDENTITY_RULES, ...STRICT_RULES];

/**
 * One rule for the literal values of this machine and user (host name, user name, typed keywords),
 * by category in priority order; null when there is none. One rule, not one per category: each
 * rule in the combined regex costs scan time at every position.
 */
export function literalRule(values: readonly (readonly [category: string, values: readonly string[]])[]): RedactionRule | null {
  const usable = values.map(([category, words]) => [category, words.filter((v) => v.length >= 3)] as const).filter(([, words]) => words.length > 0);
  if (usable.length === 0) return null;
  const all = caseVariants(usable.flatMap(([, words]) => words));
  return {
    category: usable[0]![0],
    profiles: STANDARD,
    rare: true,
    // '-' does not end a word here: a user name inside a host name (pgarcia-mbp) is caught too.
    pattern: `(?:${usable.map(([, words]) => `(${caseVariants(words)})`).join('|')})(?<![A-Za-z0-9_](?:${all}))(?![A-Za-z0-9_])`,
    replace: (c) => {
      // Inside a SIP display name ("Peggy Garcia" <sip:...>) the display-name rule takes the whole
      // name; replacing only the user-name part here would hide the rest (the surname) from it.
      if (DISPLAY_NAME_FOLLOWS.test(c.textAfter(0, 80))) return null;
      let k = 1;
      while (c.group(k) === undefined) k++;
      return simple(c, usable[k - 1]![0], c.group(0)!.toLowerCase());
    },
  };
}

/** What follows a word that starts or is part of a SIP/tel display name. */
const DISPLAY_NAME_FOLLOWS = /^[A-Za-z0-9 .'\-]{0,60}["']?[ \t]*<(?:sips?|tel):/i;
