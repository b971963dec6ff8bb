/**
 * The redaction rules as a table: what each category matches, which profiles use it, and how a
 * match becomes a placeholder. The redactor joins the enabled rules into ONE alternation (1.2-1.3x
 * faster than running them one by one, perf-notes.md); every rule starts on a literal or a narrow
 * class where it can (email is found from its '@' and expanded backwards) so the scan stays fast.
 * Text is latin1-decoded bytes: ASCII rules stay exact and bytes round-trip unchanged.
 */
import type { RedactionProfile } from '../../src-shared/bundle-manifest.js';
import { classifyIPv4, classifyIPv6 } from './ip-class.js';
import { phoneDigits, phoneShape } from './phone-shape.js';
import type { Placeholders } from './placeholders.js';

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
  placeholders: Placeholders;
}

export interface RedactionRule {
  /** The category this rule is for (a rule may issue another, e.g. a SIP user that is a phone number); counts come from the placeholders issued. */
  category: string;
  profiles: readonly ActiveProfile[];
  /** Regex source with capture groups numbered from 1 within the rule. */
  pattern: string;
  /** The replacement text for the rule's whole match, or null to keep the match as it is. */
  replace(context: MatchContext): string | null;
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

/** Escapes text for use inside a RegExp source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Key names whose values are secrets, in key=value, key: value and JSON form. */
export const SECRET_KEYS = ['access_token', 'refresh_token', 'id_token', 'client_secret', 'api_key', 'apikey', 'x-api-key', 'password', 'passwd', 'secret', 'token'] as const;

/** A placeholder numbered within its category: <email-3>. */
function simple(context: MatchContext, category: string, value: string): string {
  return context.placeholders.get(category, value, (n) => `<${category}-${n}>`);
}

function phone(context: MatchContext, text: string): string {
  return context.placeholders.get('phone', phoneDigits(text), (n) => `<phone:${phoneShape(text)}-${n}>`, text);
}

function ip(context: MatchContext, text: string, kind: 'ip' | 'ip6', ipClass: string): string {
  return context.placeholders.get('ip', text.toLowerCase(), (n) => `<${kind}:${ipClass}-${n}>`, text);
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
const DISPLAY_NAME = /[^"<>\r\n]/;
const HOST_TLDS = 'com|net|org|io|us|local|lan|corp|internal|home|edu|gov|de|uk|fr|jp|cn|in|ca|au|co|nl|se|ch|es|it|br';
const KEEP_HOSTS = /(?:^|\.)(?:zoom\.us|zoom\.com|zoomgov\.com)$/i;

/** Secrets and credentials: in every profile. */
const SECRET_RULES: RedactionRule[] = [
  {
    category: 'jwt',
    profiles: ALL,
    pattern: 'eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*',
    replace: (c) => simple(c, 'jwt', c.group(0)!),
  },
  {
    category: 'auth',
    profiles: ALL,
    pattern: `((?:${caseVariants(['authorization'])})["']?\\s*[:=]\\s*["']?(?:${caseVariants(['bearer', 'basic'])})\\s+|(?:Bearer|bearer)\\s+(?=[A-Za-z0-9._~+/-]{16}))([A-Za-z0-9._~+/=-]+)`,
    replace: (c) => `${c.group(1)}${simple(c, 'auth', c.group(2)!)}`,
  },
  {
    category: 'secret',
    profiles: ALL,
    // Anchored on the ':' or '=' (rarer than the letters a key starts with); the key is checked behind it.
    // A quoted value is taken whole ("my pass phrase"), a bare one up to a delimiter.
    pattern: `[:=](?<=(?:${caseVariants(SECRET_KEYS)})["']?\\s*[:=])(\\s*)(?:"([^"\\r\\n]+)"|'([^'\\r\\n]+)'|([^\\s"'&,;<>{}]+))`,
    replace: (c) => {
      const quote = c.group(2) !== undefined ? '"' : c.group(3) !== undefined ? "'" : '';
      const value = c.group(2) ?? c.group(3) ?? c.group(4)!;
      return `${c.group(0)![0]}${c.group(1)}${quote}${simple(c, 'secret', value)}${quote}`;
    },
  },
  {
    category: 'oauth-code',
    profiles: ALL,
    pattern: '([?&]code=)([^\\s&#"\'<>]+)',
    replace: (c) => `${c.group(1)}${simple(c, 'oauth-code', c.group(2)!)}`,
  },
  {
    category: 'cookie',
    profiles: ALL,
    pattern: '((?:Set-|set-)?(?:Cookie|cookie|COOKIE):[ \\t]*)([^\\r\\n]+)',
    replace: (c) => `${c.group(1)}${simple(c, 'cookie', c.group(2)!)}`,
  },
  {
    category: 'url-credentials',
    profiles: ALL,
    // Anchored on "://" rather than the scheme, which could start at any letter.
    pattern: '://([^\\s/:@"\'<>]+):([^\\s/@"\'<>]+)@',
    replace: (c) => `://${simple(c, 'user', c.group(1)!.toLowerCase())}:${simple(c, 'url-credentials', c.group(2)!)}@`,
  },
  {
    category: 'srtp-key',
    profiles: ALL,
    pattern: '(a=crypto:\\d+ [A-Za-z0-9_]+ inline:)([A-Za-z0-9+/=]+)',
    replace: (c) => `${c.group(1)}${simple(c, 'srtp-key', c.group(2)!)}`,
  },
];

/** Personal and machine identifiers: standard and strict. */
const IDENTITY_RULES: RedactionRule[] = [
  {
    category: 'user',
    profiles: STANDARD,
    // SIP Digest username="..." (the account name).
    pattern: '(username=")(?<![A-Za-z0-9_-]username=")([^"\\r\\n]+)"',
    replace: (c) => `${c.group(1)}${simple(c, 'user', c.group(2)!.toLowerCase())}"`,
  },
  {
    category: 'name',
    profiles: STANDARD,
    pattern: '(name=")(?<![A-Za-z0-9_-]name=")([^"\\r\\n]+)"',
    replace: (c) => `${c.group(1)}${simple(c, 'name', c.group(2)!)}"`,
  },
  {
    category: 'name',
    profiles: STANDARD,
    // A SIP display name: "Peggy Garcia" <sip:...>, found from its closing quote; the URI is left to the sip rule.
    pattern: '"[ \\t]*<(?=sips?:)',
    replace: (c) => {
      const name = c.takeBefore(DISPLAY_NAME, 80);
      return name && c.charBefore() === '"' ? `${simple(c, 'name', name)}${c.group(0)}` : null;
    },
  },
  {
    category: 'sip-user',
    profiles: STANDARD,
    pattern: '(sips?:)([^@\\s;>:"<]+)@',
    replace: (c) => {
      const user = c.group(2)!;
      const digits = phoneDigits(user);
      const isPhone = /^\+?[\d .()-]+$/.test(user) && digits.length >= 7 && digits.length <= 15;
      return `${c.group(1)}${isPhone ? phone(c, user) : simple(c, 'sip-user', user)}@`;
    },
  },
  {
    category: 'user',
    profiles: STANDARD,
    // Home folders of any user: C:\Users\x (also JSON-escaped), /Users/x, /home/x.
    // Only at the start of a path ("logs/zoom/home/a.log" is a bundle path, not a home folder).
    pattern: '(\\\\{1,2}Users\\\\{1,2}|/Users/|/home/)(?<![A-Za-z0-9_.-](?:\\\\{1,2}Users\\\\{1,2}|/Users/|/home/))(?!Shared\\b|Public\\b|Default\\b)([^\\\\/\\s"\':;<>]+)',
    replace: (c) => `${c.group(1)}${simple(c, 'user', c.group(2)!.toLowerCase())}`,
  },
  {
    category: 'email',
    profiles: STANDARD,
    // Found from its '@' (or URL-encoded %40) and extended back over the local part.
    pattern: '(?:@|%40)((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24})(?![A-Za-z0-9-])',
    replace: (c) => {
      const local = c.takeBefore(EMAIL_LOCAL);
      if (!local) return null;
      return simple(c, 'email', `${local}@${c.group(1)}`.toLowerCase());
    },
  },
  {
    category: 'phone',
    profiles: STANDARD,
    pattern: '\\+(?<![A-Za-z0-9_+]\\+)[1-9](?:[ .-]?\\d){6,14}(?!\\d)',
    replace: (c) => phone(c, c.group(0)!),
  },
  {
    category: 'phone',
    profiles: STANDARD,
    pattern: '(?:\\(\\d{3}\\) ?|\\d(?<![A-Za-z0-9_.+-]\\d)\\d\\d[.-])\\d{3}[.-]\\d{4}(?![A-Za-z0-9_-]|\\.\\d)',
    replace: (c) => phone(c, c.group(0)!),
  },
  {
    category: 'ip',
    profiles: STANDARD,
    // Starts with a digit that follows no word character or dot; octet ranges are checked in code.
    // An optional CIDR suffix: a network range such as 100.64.0.0/10 names no one and stays readable.
    pattern: `\\d(?<![A-Za-z0-9_.]\\d)\\d{0,2}(?:\\.\\d{1,3}){3}(?:/(\\d{1,2}))?(?![A-Za-z0-9_]|\\.\\d)`,
    replace: (c) => {
      const prefix = c.group(1);
      const address = prefix === undefined ? c.group(0)! : c.group(0)!.slice(0, -prefix.length - 1);
      if (!IPV4.test(address)) return null;
      if (prefix !== undefined && isNetworkAddress(address, Number(prefix))) return null;
      const ipClass = classifyIPv4(address);
      if (ipClass === 'keep') return null;
      return ip(c, address, 'ip', ipClass) + (prefix === undefined ? '' : `/${prefix}`);
    },
  },
  {
    category: 'mac',
    profiles: STANDARD,
    // Hex and colons: an IPv6 address or a MAC, found from a colon (far rarer than hex digits) and
    // extended back over the first group. Three colons or a "::" are required, so times (08:44:11) never match.
    pattern: `:(?:(?:${HEX}{0,4}:){2,6}|:)${HEX}{0,4}(?::${HEX}{1,4}){0,6}(?:\\.\\d{1,3}){0,3}(?:%[A-Za-z0-9]+)?(?![A-Za-z0-9_:])`,
    replace: (c) => {
      const head = c.takeBefore(HEX_CHAR, 4);
      if (/[A-Za-z0-9_:.]/.test(c.charBefore())) return null;
      const text = head + c.group(0)!;
      if (MAC_COLON.test(text)) return simple(c, 'mac', text.toLowerCase());
      const ipClass = classifyIPv6(text);
      return ipClass === null || ipClass === 'keep' ? null : ip(c, text, 'ip6', ipClass);
    },
  },
  {
    category: 'mac',
    profiles: STANDARD,
    pattern: `-${HEX}{2}(?:-${HEX}{2}){4}(?![A-Za-z0-9_-])`,
    replace: (c) => {
      const head = c.takeBefore(HEX_CHAR, 2);
      if (head.length !== 2 || /[A-Za-z0-9_-]/.test(c.charBefore())) return null;
      return simple(c, 'mac', (head + c.group(0)!).toLowerCase().replace(/-/g, ':'));
    },
  },
];

/** Strict only: Wi-Fi names and every host name (Zoom's own domains kept). */
const STRICT_RULES: RedactionRule[] = [
  {
    category: 'wifi',
    profiles: STRICT,
    pattern: `((?:${caseVariants(['ssid'])})["']?\\s*[:=]\\s*["']?)([^"'\\r\\n,;}]+)`,
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

/** A rule for literal values of this machine or user (user name, host name, typed keywords). */
export function literalRule(category: string, values: readonly string[]): RedactionRule | null {
  const usable = values.filter((v) => v.length >= 3);
  if (usable.length === 0) return null;
  return {
    category,
    profiles: STANDARD,
    pattern: `(?:${caseVariants(usable)})(?<![A-Za-z0-9_-](?:${caseVariants(usable)}))(?![A-Za-z0-9_-])`,
    replace: (c) => simple(c, category, c.group(0)!.toLowerCase()),
  };
}
