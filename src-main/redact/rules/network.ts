/**
 * Network identifiers: credentials in URLs, IPv6 and colon MACs (found from a ':'), IPv4 addresses,
 * national phone numbers and dashed or Cisco MACs (found from a digit), and in the strict profile
 * Wi-Fi names and host names.
 */
import { classifyIPv4, classifyIPv6 } from '../ip-class.js';
import { isNationalPhone } from '../phone-shape.js';
import { macPlaceholder } from '../typed-placeholders.js';
import { EXTENSION_AFTER, splitExtension } from './identity.js';
import { isPublicServiceHost } from '../public-service-addresses.js';
import { EDITION_WORDS, PRODUCT_WORDS } from '../product-words.js';
import type { LetterBranch } from './first-letter-rule.js';
import { caseVariants } from './regex-words.js';
import { foldWord, isNotName } from '../name-lexicon.js';
import { ALL, STANDARD, STRICT, phone, simple, type MatchContext, type RedactionRule } from './rule-types.js';
import { colonDhcpIdentifier, dhcpPrefixBefore } from './dhcp-identifiers.js';

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
const HEX_CHAR = /[0-9A-Fa-f]/;
/**
 * A dotted quad right after "version", "ver.", "build", "release", "revision" (also "Client Version
 * is 6.3.1.123") or after "upgrade to" / "updated from" is a version number, not an address.
 */
const VERSION_BEFORE = /(?:(?<![A-Za-z])(?:version|ver|build|release|rel|revision|rev)\.?["']?(?: is)?|(?:upgrad|updat|downgrad)(?:e|ed|ing) (?:to|from))[ :=]{1,3}$/i;
/** Makers of phones, headsets and adapters: a dotted quad after one and its model (Yealink T54W 96.86.0.70) is firmware. */
const VENDORS = new Set(
  'yealink polycom poly cisco grandstream snom avaya mitel audiocodes fanvil htek obihai sangoma panasonic gigaset jabra plantronics logitech linksys aastra alcatel unify algo cyberdata spectralink ascom akuvox flyingvoice escene ribbon sonus epos sennheiser neat crestron shure konftel vtech'.split(' '),
);
/** Words that name firmware or a device whose version follows (fw 2.0.14.9, dongle 3.1.0.207). */
const FIRMWARE_WORDS = new Set('fw firmware bootrom rom bios driver dongle headset handset dock'.split(' '));
/** Model families seen alone before their firmware (GXP2160 1.0.7.13, VVX 450 6.4.3.5116, SIP-T46S 66.86.0.15). */
const MODEL_FAMILY = /^(?:(?:SIP-)?T\d{2}[A-Z]{0,2}|GXP\d{4}|GRP\d{4}|GXV\d{4}|GXW\d{4}|HT\d{3}|DP\d{3,4}|WP\d{3}|VVX[ -]?\d{3}|CCX[ -]?\d{3}|SPA\d{3}[A-Z]?|CP-?\d{4}|D\d{3}|W\d{2}[PBH]|EXP\d{2}|OBi\d{3}|DECT[ -]?\d{3})$/i;
/** Parts a security or VPN client installs, named after the product and a word (Zscaler Network Adapter, GlobalProtect Client Connector). */
const PART_WORDS = new Set('adapter connector miniport driver'.split(' '));
const HAS_DIGIT = /\d/;
const PRODUCT_NAME = /^[a-z][a-z-]{2,20}$/;
/** Words after a maker that name a device's role on the network: an address follows them. */
const DEVICE_ROLES = new Set('router switch gateway gw server proxy sbc phone phones host peer ip address controller firewall ap access point at on via from to is was and or for with the a an in of'.split(' '));

/**
 * True when the words before a dotted quad make it a version: a firmware or device word (fw,
 * firmware, dongle; also "firmware version"), a model family alone (GXP2160, VVX 450), or a maker
 * followed by up to two model tokens with a digit (Yealink SIP-T54W, Poly VVX 450). Checked on
 * the last words only: an unanchored pattern over the text before cost ~5 us an address.
 */
function isModelVersion(before: string): boolean {
  const [last, prev, prev2] = lastWords(before);
  if (FIRMWARE_WORDS.has(last) || (last === 'version' && FIRMWARE_WORDS.has(prev)) || VENDORS.has(last)) return true;
  // A product and optionally its edition (FreePBX 16.0.40.7, Microsoft Teams 24.1.100.2, Asterisk PBX 18.15.1.2).
  if (PRODUCT_WORDS.has(last) || (EDITION_WORDS.has(last) && PRODUCT_WORDS.has(prev))) return true;
  // A product's adapter or connector, one word between (Zscaler Network Adapter 1.0.2.0, Zscaler Client Connector 4.2.0.217).
  if (PART_WORDS.has(last) && PRODUCT_WORDS.has(prev2) && !DEVICE_ROLES.has(prev)) return true;
  // A maker and a product's name (Jabra Direct 6.10.1.2, Logitech Tune 3.5.1.1), not a device's role (Cisco router 10.1.2.3).
  if ((VENDORS.has(prev) || PRODUCT_WORDS.has(prev)) && PRODUCT_NAME.test(last) && !DEVICE_ROLES.has(last)) return true;
  if (MODEL_FAMILY.test(last) || MODEL_FAMILY.test(`${prev} ${last}`)) return true;
  return HAS_DIGIT.test(last) && (VENDORS.has(prev) || (HAS_DIGIT.test(prev) && VENDORS.has(prev2)));
}

const isBlank = (code: number) => code === 32 || code === 9;
/** Between a key and its value: blanks, ':' or '=', quotes and the backslash of an escaped quote (\"firmware\":\"). */
const isSeparator = (code: number) => isBlank(code) || code === 0x3a || code === 0x3d || code === 0x22 || code === 0x27 || code === 0x5c;
/** Between words: blanks, and the quotes, commas and brackets of JSON written inline ({"model":"VVX 450","firmware":"). */
const isWordBreak = (code: number) => isBlank(code) || code === 0x22 || code === 0x27 || code === 0x5c || code === 0x2c || code === 0x7b || code === 0x5b || code === 0x28;

/**
 * The last three words (lower case, '' where there are fewer) of the 48 characters before a value,
 * after the separator between them and it (spaces, a ':' or '=', quotes, escaped quotes). Read
 * backwards: the regex replace and split this replaced cost ~2 us an address, on logs with an IP
 * on every line.
 */
function lastWords(text: string): [string, string, string] {
  const floor = Math.max(0, text.length - 48);
  let end = text.length;
  for (let n = 0; n < 8 && end > floor && isSeparator(text.charCodeAt(end - 1)); n++) end--;
  const words: [string, string, string] = ['', '', ''];
  // Words of this line only: the line before says nothing of this value.
  const isLineBreak = (code: number) => code === 0x0a || code === 0x0d;
  for (let n = 0; n < 3 && end > floor; n++) {
    let start = end;
    while (start > floor && !isWordBreak(text.charCodeAt(start - 1)) && !isLineBreak(text.charCodeAt(start - 1))) start--;
    words[n] = text.slice(start, end).toLowerCase();
    if (start > floor && isLineBreak(text.charCodeAt(start - 1))) break;
    end = start;
    while (end > floor && isWordBreak(text.charCodeAt(end - 1))) end--;
  }
  return words;
}

/** A dotted quad right after a product name and '/' (snomD785/10.1.101.22, Vendor-SIP/11.2.0.118) is its version. */
const PRODUCT_SLASH = /[A-Za-z][A-Za-z0-9._-]*\/$/;
/**
 * A Kerberos service class before '/' names a host after it, not a version (TERMSRV/10.31.8.90 in a
 * `cmdkey /list` target, HTTP/10.1.2.3, MSSQLSvc/10.0.0.7:1433): an address.
 */
const SERVICE_CLASS_SLASH = /(?:^|[^A-Za-z0-9_.-])(?:TERMSRV|HTTP|HOST|CIFS|LDAP|MSSQLSvc|WSMAN|RestrictedKrbHost|GC|DNS|SMTP|IMAP|POP|FTP|NFS|RPCSS|exchangeMDB|exchangeAB|exchangeRFR)\/$/i;
/**
 * ... and so is one in a User-Agent or Server header's value after a word (Grandstream GXP2170
 * 1.0.11.23, Asterisk PBX 18.15.1.2): a Server header at the line's start ("server: 10.1.2.3"
 * with no product word before the address is a setting, not a header), a User-Agent anywhere on
 * the line ("User-Agent": "...", userAgent=..., ua=...), as long as the value has not ended.
 */
const AGENT_LINE_START = /Server[ \t]*:[ \t]*([A-Z][A-Za-z0-9_-]*)[^\r\n:="']*$/iy;
const AGENT_WORD = ['gent', 'GENT', 'ua=', 'ua:', 'ua"', 'UA=', 'UA:', 'UA"'];
const AGENT_VALUE_BEFORE = /(?:user[-_ ]?agent|(?<![A-Za-z])ua)["']?[ \t]*[:=][ \t]*["']?[A-Za-z][^\r\n"'=;,]*$/i;
/** A shell variable, not its value (::add-mask::$TOKEN, ::add-mask::${{ secrets.X }}). */
const VARIABLE_VALUE = /^\$/;
/** The broadcast and all-zero MACs name no device. */
const NO_DEVICE_MAC = /^(?:ff:){5}ff$|^(?:00:){5}00$/i;
/** An IPv4 address written inside IPv6 (::ffff:192.0.2.1) is that IPv4 address. */
const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * A MAC found from its first '-' or '.' (00-1A-2B-3C-4D-5E, 001a.2b3c.4d5e), extended back over
 * its first group; a Cisco one needs a hex letter, so a dotted build number (2026.1126.0901) stays.
 */
function replaceDashedOrCiscoMac(c: MatchContext): string | null {
  const dashed = c.group(0)![0] === '-';
  const head = c.takeBefore(HEX_CHAR, dashed ? 2 : 4);
  if (head.length !== (dashed ? 2 : 4)) return null;
  // The tail of a DUID or DHCP client id (00-01-00-01-2C-8F-1A-33-<MAC>): its MAC goes, its head stays.
  if ((dashed ? /[A-Za-z0-9_-]/ : /[A-Za-z0-9_.]/).test(c.charBefore()) && !(dashed && c.charBefore() === '-' && dhcpPrefixBefore(c.textBefore(40).slice(0, -2)))) return null;
  const text = head + c.group(0)!;
  return dashed || /[A-Fa-f]/.test(text) ? macPlaceholder(c.placeholders, text) : null;
}

const HOST_TLDS = 'com|net|org|io|us|local|lan|corp|internal|home|edu|gov|de|uk|fr|jp|cn|in|ca|au|co|nl|se|ch|es|it|br';

/**
 * A firmware or package file extension right after a dotted quad: the quad is the version in a file
 * name (T57W-96.86.0.100.rom, sip88xx.14-2-1-0001-14.loads, 6.0.1.25.bin), never an address; a
 * firmware image's extension also after more of the name (snomD785-10.1.184.15-SIP-r.bin,
 * 2.0.3.4_rc1.img): a host's address is no part of an image's name.
 */
const FIRMWARE_FILE_AFTER = /^(?:\.(?:rom|bin|img|fw|ld|loads|sbn|cop|pkg|zip|tar|tgz|gz|exe|msi|dmg|apk|deb|rpm)|[-_][A-Za-z0-9_.+-]{0,40}?\.(?:rom|bin|img|fw|ld|loads|sbn|cop))(?![A-Za-z0-9])/i;

/** True when a dotted quad after this text is a version number, not an address. */
function isVersion(before: string): boolean {
  // Every address found pays for this: each pattern is tried only when the character it needs is
  // there (VERSION_BEFORE ends in ' ', ':' or '='; PRODUCT_SLASH in '/'; a User-Agent or Server line
  // starts with 'U' or 'S'), and no pattern ending in '$' runs over the whole text before.
  const last = before.charCodeAt(before.length - 1);
  if ((last === 0x20 || last === 0x3a || last === 0x3d) && VERSION_BEFORE.test(before.slice(-24))) return true;
  if ((last === 0x20 || last === 0x09 || last === 0x3a || last === 0x3d || last === 0x22 || last === 0x27) && isModelVersion(before)) return true;
  if (last === 0x2f && PRODUCT_SLASH.test(before)) return !SERVICE_CLASS_SLASH.test(before.slice(-24));
  // The line's start: one walk back (two lastIndexOf calls would each scan the whole text when
  // the line has no '\r').
  let lineStart = before.length;
  while (lineStart > 0 && before.charCodeAt(lineStart - 1) !== 0x0a && before.charCodeAt(lineStart - 1) !== 0x0d) lineStart--;
  while (before[lineStart] === ' ' || before[lineStart] === '\t') lineStart++;
  const first = before.charCodeAt(lineStart) | 0x20; // lower case
  if (first === 0x73) {
    AGENT_LINE_START.lastIndex = lineStart;
    // The product's name, not a word of a setting (server: primary 10.1.2.3).
    const product = AGENT_LINE_START.exec(before)?.[1];
    if (product !== undefined && /^[A-Z]/.test(product) && (PRODUCT_WORDS.has(product.toLowerCase()) || !isNotName(foldWord(product)))) return true;
  }
  // A User-Agent anywhere on the line: looked for only where the line names one.
  const line = before.slice(lineStart);
  return AGENT_WORD.some((word) => line.includes(word)) && AGENT_VALUE_BEFORE.test(line);
}

/** An IPv4 address written inside IPv6 (::ffff:a.b.c.d): the IPv4 address's placeholder, or null when it is kept. */
function mappedIPv4(c: MatchContext, address: string): string | null {
  const v4Class = classifyIPv4(address);
  return v4Class === 'keep' ? null : ip(c, address, 'ip', v4Class);
}

/**
 * Webhook URLs whose path is the secret (anyone holding it can post): Slack's incoming webhooks
 * and workflow triggers, Discord's and Microsoft Teams' webhooks. The host and fixed path stay.
 */
const WEBHOOK_PATHS = [
  'hooks\\.slack\\.com/(?:services|workflows|triggers)/',
  '(?:discord|discordapp)\\.com/api/webhooks/',
  '[A-Za-z0-9-]+\\.webhook\\.office\\.com/webhookb2/',
  'outlook\\.office\\.com/webhook/',
].join('|');

/** Credentials in URLs, and IPv6 addresses and colon MACs (everything found from a ':' but key=value). */
export const COLON_RULE: RedactionRule = {
  category: 'url-credentials',
  profiles: ALL,
  // Everything found from a ':' but key=value, in one rule (each rule costs scan time at every
  // position): credentials in URLs (anchored on "://" rather than the scheme, which could start at
  // any letter), and in the standard and strict profiles hex and colons, an IPv6 address or a MAC,
  // extended back over the first group (three colons or a "::" are required, so times such as
  // 08:44:11 never match).
  // A user may be empty (redis://:password@host); a password runs to the authority's last '@'
  // (p@ss@host: an unescaped '@' in it is still the password's). An IPv6 address ending in an IPv4 one may run into
  // text (::ffff:192.0.2.1via). Hex letters that go on into a word after a '-' are a word
  // (::add-mask:: of a GitHub Actions log), not an address; the value it masks is a secret.
  pattern: `:(?://(${WEBHOOK_PATHS})([^\\s"'<>?#]+)|//([^\\s/:@"'<>]*):([^\\s/?#"'<>]+)@|(?:(?:${HEX}{0,4}:){2,6}|:)${HEX}{0,4}(?::${HEX}{1,4}){0,6}(?:(?:\\.\\d{1,3}){3}(?![\\d.])|(?:\\.\\d{1,3}){0,3}(?:%[A-Za-z0-9]+)?(?![A-Za-z0-9_:]|-[A-Za-z]))|(?<=::add-mask::)([^\\s"']+))`,
  replace: (c) => {
    // A GitHub Actions log masks a value so: it is a secret by being masked.
    if (c.group(5) !== undefined) return VARIABLE_VALUE.test(c.group(5)!) ? null : `:${simple(c, 'secret', c.group(5)!)}`;
    if (c.group(1) !== undefined) return `://${c.group(1)}${simple(c, 'url-credentials', c.group(2)!)}`;
    if (c.group(3) !== undefined) {
      const user = c.group(3) === '' ? '' : simple(c, 'user', c.group(3)!.toLowerCase());
      return `://${user}:${simple(c, 'url-credentials', c.group(4)!)}@`;
    }
    if (c.profile === 'minimal') return null;
    // An IPv4-mapped address glued to a word (remote::ffff:10.1.2.3): "::ffff:" starts it, whatever is before.
    const glued = /[A-Za-z]/.test(c.textBefore(1)) ? MAPPED_IPV4.exec(c.group(0)!)?.[1] : undefined;
    if (glued !== undefined && IPV4.test(glued)) return mappedIPv4(c, glued);
    const head = c.takeBefore(HEX_CHAR, 4);
    if (/[A-Za-z0-9_:.]/.test(c.charBefore())) return null;
    const text = head + c.group(0)!;
    if (MAC_COLON.test(text)) return NO_DEVICE_MAC.test(text) ? null : simple(c, 'mac', text.toLowerCase());
    // A DHCP client id or DUID (01:<MAC>, 00:01:00:01:<time>:<MAC>): the MAC inside goes.
    const dhcp = colonDhcpIdentifier(text);
    if (dhcp) return `${dhcp.head}${simple(c, 'mac', dhcp.mac.toLowerCase())}`;
    const mapped = MAPPED_IPV4.exec(text)?.[1];
    if (mapped !== undefined && IPV4.test(mapped)) return mappedIPv4(c, mapped);
    const ipClass = classifyIPv6(text);
    return ipClass === null || ipClass === 'keep' ? null : ip(c, text, 'ip6', ipClass);
  },
};

/**
 * MACs found from a '.' or '-': 00-1A-2B-3C-4D-5E (from the first '-'), Cisco 001a.2b3c.4d5e (from
 * the first '.') and twelve hex digits in a provisioning file's name (cfg0004f2a1b2c3.xml,
 * 0004F2A1B2C3-phone.cfg, from the '.' or '-' after them). One rule for the three: each '.' and '-'
 * of a log (dates, times, versions, addresses) is looked at once, not once per rule (two rules cost
 * ~14 ms per 8 MB, one ~9: docs/perf-notes.md). Listed right after the digit rules.
 */
export const SEPARATOR_MAC_RULE: RedactionRule = {
  category: 'mac',
  profiles: STANDARD,
  // The file-name part tests the extension ahead before the twelve hex digits behind: most '.' and
  // '-' are followed by a digit and fail it at once. It matches the separator alone (a length of 1).
  pattern:
    `[.-](?:(?<=-)${HEX}{2}(?:-${HEX}{2}){4}(?![A-Za-z0-9_-])|(?<=\\.)${HEX}{4}\\.${HEX}{4}(?![A-Za-z0-9_.])` +
    `|(?=(?:[A-Za-z]{2,12}[.-])?(?:cfg|xml|cnf|tlv|log|txt|htm|html|bin|ini|conf|boot|json|ld|sig|rom|img|tar|zip|csv)(?![A-Za-z0-9]))(?<=(?<![A-Za-z0-9])(?:cfg|CFG|SEP|sep|CTLSEP|ITLSEP)?${HEX}{12}[.-]))`,
  replace: (c) => {
    if (c.group(0)!.length > 1) return replaceDashedOrCiscoMac(c);
    const hex = c.takeBefore(HEX_CHAR, 12);
    if (!/\d/.test(hex) || /^(?:0+|f+)$/i.test(hex)) return null;
    return `${macPlaceholder(c.placeholders, hex)}${c.group(0)}`;
  },
};

/** IPv4 addresses and national phone numbers (found from a digit). */
export const DIGIT_RULE: RedactionRule = {
  category: 'ip',
  profiles: STANDARD,
  // National phone numbers and IPv4 addresses in one rule (each rule costs scan time at every
  // position where it can start).
  // Starting with a digit that follows no word character or dot: national phone numbers
  // (415-555-0123, 415 555 0123, 1-800-555-0199, and trunk-0 numbers of many countries: 020 7183
  // 8750, 030 12345678, 01 23 45 67 89, 090-1234-5678, 0049 30 12345678; a trunk-0 number must not
  // run on into more digit groups or a hex byte, so hex dumps and dates stay); then IPv4
  // addresses, octet ranges and a "version 1.2.3.4" before them checked in code. An optional CIDR
  // suffix: a network range such as 100.64.0.0/10 names no one and stays readable.
  pattern:
    '\\d(?<![A-Za-z0-9.]\\d)(?:(?<![+_-]\\d)(' +
    `(?:\\d\\d[ .-]|[ .-]\\(?\\d{3}\\)?[ .-]?)\\d{3}[ .-]\\d{4}(?:${EXTENSION_AFTER}|(?![A-Za-z0-9_-]|\\.\\d))` +
    '|(?<=0)(?<![:/]0)(?:0[1-9]\\d{0,2}|[1-9]\\d{0,4})(?:(?:[ /-]\\d{2,8}){1,4}|(?:\\.\\d{2}){4})(?![A-Za-z0-9_:-]|[ ./]?\\d|[ ][0-9A-Fa-f]{2}(?![A-Za-z0-9])))' +
    // IPv4 also with tcpdump's port after a dot (10.1.2.3.5060 > ...), with a suffix after '_'
    // (192.168.3.9_0), and written with underscores (acct_192_168_7_40).
    // One alternative for both separators, so the leading digits are tried once.
    '|\\d{0,2}(?:(?:\\.\\d{1,3}){3}(?:/(\\d{1,2})(?![A-Za-z0-9_]|\\.\\d)|(?=\\.\\d{1,5}(?:[ ]>|:[ ]))|(?![A-Za-z0-9]|\\.\\d))' +
    '|(_\\d{1,3}(?:_\\d{1,3}){2})(?![A-Za-z0-9]|_\\d)))',
  replace: (c) => {
    const text = c.group(0)!;
    if (c.group(1) !== undefined) {
      const { number, tail } = splitExtension(c, text, c.group(2));
      if (!isNationalPhone(number)) return null;
      return phone(c, number) + tail;
    }
    const prefix = c.group(3);
    const address = c.group(4) !== undefined ? text.replace(/_/g, '.') : prefix === undefined ? text : text.slice(0, -prefix.length - 1);
    if (!IPV4.test(address)) return null;
    // The class first: it is four numbers against a table, and the addresses kept (Zoom's own
    // ranges, loopback) fill Zoom logs; the version test reads back along the line.
    // A reverse-DNS name (3.2.1.10.in-addr.arpa) holds the address backwards: the same placeholder as 10.1.2.3.
    if (prefix === undefined && c.group(4) === undefined && REVERSE_ZONE.test(c.textAfter(0, 14))) {
      const forward = address.split('.').reverse().join('.');
      const forwardClass = classifyIPv4(forward);
      return forwardClass === 'keep' ? null : ip(c, forward, 'ip', forwardClass);
    }
    const ipClass = classifyIPv4(address);
    if (ipClass === 'keep' || FIRMWARE_FILE_AFTER.test(c.textAfter(0, 48)) || isVersion(c.textBefore(160))) return null;
    if (prefix !== undefined && isNetworkAddress(address, Number(prefix))) return null;
    return ip(c, address, 'ip', ipClass) + (prefix === undefined ? `${accessLogUsers(c)}` : `/${prefix}`);
  },
};

/**
 * An access log's client, then its identd and HTTP user before the time (Apache and nginx common
 * and combined formats: 10.1.2.3 - jdoe [06/Dec/2026:08:20:14 +0300] "GET ..."). The users are
 * accounts: read here, after the client's address, so no rule runs at every '[' of a log.
 */
const ACCESS_LOG_USERS = /^ ([^\s[\]"]+) ([^\s[\]"]+) (?=\[\d{1,2}\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\])/;

/** The identd and user fields after an access log's client address, each '-' kept and a user replaced; '' elsewhere. */
function accessLogUsers(c: MatchContext): string {
  const fields = ACCESS_LOG_USERS.exec(c.textAfter(0, 200));
  // An e-mail address (the e-mail rule's) or a placeholder is left to its rule.
  if (!fields || (fields[1] === '-' && fields[2] === '-') || /[@<]/.test(fields[0])) return '';
  c.coverAfter(fields[0].length);
  const user = (field: string) => (field === '-' ? field : simple(c, 'user', decodeURIComponent(field.replace(/%(?![0-9A-Fa-f]{2})/g, '%25')).toLowerCase()));
  return ` ${user(fields[1]!)} ${user(fields[2]!)} `;
}

/** What follows the address of a reverse-DNS name. */
const REVERSE_ZONE = /^\.in-addr\.arpa(?![A-Za-z0-9-])/i;

/**
 * An IPv4 address spelled with dashes inside a host name: ip-10-1-2-3.ec2.internal,
 * 10-1-2-3.pool.example.net, c-73-15-2-1.hsd1.example.net, host-192-168-1-5, 10-1-2-3-laptop. Only
 * in a host name (a label prefix ending in '-' before it, or a '.' or '-' and a label after it), so
 * "scores 1-2-3-4" stay.
 */
export const DASHED_IP_RULE: RedactionRule = {
  category: 'ip',
  profiles: STANDARD,
  pattern: '\\d(?<![A-Za-z0-9.]\\d)\\d{0,2}(?:-\\d{1,3}){3}(?![A-Za-z0-9_]|-\\d)',
  replace: (c) => {
    const address = c.group(0)!.replace(/-/g, '.');
    if (!IPV4.test(address)) return null;
    // A label after it counts too: 10-1-2-3-laptop, 10-1-2-3.pool.example.net.
    if (!/[A-Za-z0-9]-$/.test(c.textBefore(2)) && !/^[.-][A-Za-z]/.test(c.textAfter(0, 2))) return null;
    const ipClass = classifyIPv4(address);
    return ipClass === 'keep' ? null : ip(c, address, 'ip', ipClass);
  },
};

/** Letters before an address that make it a version (v10-1-2-3, build10-0-1-2, fw1-2-3-4), not a host's address. */
const VERSION_PREFIX = /^(?:v|ver|version|build|b|r|rev|release|rel|fw|sw|firmware|rc|beta|alpha|sp|update|patch)$/i;

/**
 * An IPv4 address spelled with dashes and glued to a host label's letters: ip10-1-2-3.corp.example,
 * h10-1-2-3, vpn172-16-4-9 (the digit rule does not start after a letter). A branch after the '-'
 * after the first octet (first-letter-rule.ts); the letters before it are checked in replace() and stay. The dotted form glued to letters (nb10.1.2.3.corp) is
 * left to strict's host rule: a '.' start would cost the standard scan a new alternative.
 */
export const GLUED_IP_BRANCH: LetterBranch = {
  source: '(\\d{1,3}-\\d{1,3}-\\d{1,3})(?![A-Za-z0-9_]|-\\d)',
  replace: (c) => {
    if (c.profile === 'minimal') return null;
    const glued = GLUED_BEFORE.exec(c.textBefore(20));
    if (!glued || VERSION_PREFIX.test(glued[1]!)) return null;
    const rest = c.group(1)!;
    if (FIRMWARE_FILE_AFTER.test(c.textAfter(rest.length, 10))) return null;
    const head = c.takeBefore(/\d/, 3);
    const address = `${head}.${rest.replace(/-/g, '.')}`;
    if (!IPV4.test(address)) return null;
    const ipClass = classifyIPv4(address);
    if (ipClass === 'keep') return null;
    c.coverAfter(rest.length);
    return ip(c, address, 'ip', ipClass);
  },
};

/** A host label's letters, then the first octet, right before the '-'. */
const GLUED_BEFORE = /(?<![A-Za-z0-9_])([A-Za-z]{1,15})\d{1,3}$/;

const HEX_PAIR_BEFORE = /(?:^|[^0-9A-Za-z])[0-9A-Fa-f]{2}[ ]$/;

/**
 * MACs written as six hex pairs with spaces (00 04 F2 A1 B2 C3), which the colon, dash and Cisco
 * rules do not see: found from a leading digit, one hex letter at least, not inside a hex dump.
 */
export const MAC_SPACED_RULE: RedactionRule = {
  category: 'mac',
  profiles: STANDARD,
  pattern: `\\d(?<![A-Za-z0-9.]\\d)(?<![:-]\\d)${HEX}(?:[ ]${HEX}{2}){5}(?![A-Za-z0-9_]|[ ]${HEX}{2}(?![A-Za-z0-9]))`,
  replace: (c) => {
    const text = c.group(0)!;
    if (!/[A-Fa-f]/.test(text) || HEX_PAIR_BEFORE.test(c.textBefore(4))) return null;
    return macPlaceholder(c.placeholders, text.replace(/ /g, ''));
  },
};


/** Strict only: Wi-Fi names and every host name (Zoom's own domains and public time and name services kept). */
export const STRICT_NETWORK_RULES: readonly RedactionRule[] = [
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
    replace: (c) => (isPublicServiceHost(c.group(0)!) ? null : simple(c, 'host', c.group(0)!.toLowerCase())),
  },
];
