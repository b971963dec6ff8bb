/**
 * Personal identifiers: email addresses, SIP display names, extensions, home folders of any user,
 * international phone numbers, and the literal values of this machine and user. Standard and strict.
 */
import { isMessageIdBefore } from '../message-ids.js';
import { isNoPersonAccount } from '../no-person-accounts.js';
import { EMERGENCY_NUMBERS } from '../public-service-numbers.js';
import { isNationalPhone } from '../phone-shape.js';
import { ZOOM_SERVICE_DOMAIN, isPublicServiceHost } from '../public-service-addresses.js';
import { sipAccountPlaceholder } from '../sip-account-placeholder.js';
import { extensionPlaceholder, isPhoneNumber } from '../typed-placeholders.js';
import { caseVariants } from './regex-words.js';
import { STANDARD, phone, simple, type MatchContext, type RedactionRule, type RuleCategory } from './rule-types.js';

const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const DSN_CREDENTIALS = /[^\s"'<>@=/]/;
/**
 * After the '@' of a shell prompt: the host, an optional ':' path, the folder, then the prompt's
 * '$', '%' or '#' and a space (jdoe@laptop:~$ ip a, rafaela@MacBook-Pro ~ % scutil, root@pbx01:/etc# ).
 */
const SHELL_PROMPT_AFTER = '(?=[A-Za-z0-9][A-Za-z0-9-]{0,62}(?::[~/][^\\s]{0,120})?(?:[ ]+[~/][^\\s]{0,120})?[ ]?[%$#][ ])';
/** A login before a prompt's '@' (letters, digits, '.', '_', '-'). */
const PROMPT_LOGIN = /[A-Za-z0-9._-]/;
const NOT_ANGLE = /[^<>\r\n]/;
// RFC 3261 token characters and spaces (and any non-ASCII byte of a UTF-8 name), optionally in single quotes.
const UNQUOTED_DISPLAY_NAME = /^([ \t]*)(')?([A-Za-z0-9\-.!%*_+`'~ \t\x80-\xff]*?)\2([ \t]*)$/;
// Also the shares of roaming homes and profiles (\\\\filesrv2\\users$\\x, \\\\srv\\homes\\x, \\\\srv\\profiles$\\x).
const WINDOWS_HOME_DIRS = '\\\\{1,2}(?:Users\\$?|users\\$?|USERS\\$?|Documents and Settings|home\\$?|homes\\$?|Home\\$|Homes\\$?|HOME\\$?|profiles\\$|Profiles\\$)\\\\{1,2}';
const UNIX_HOME_DIRS = '/Users/|/home/';
// The same folders URL-encoded (%2Fhome%2Falex, C%3A%5CUsers%5Calex).
const ENCODED_HOME_DIRS = '%2[Ff](?:home|Users)%2[Ff]|%5[Cc](?:Users|users)%5[Cc]';
/** Call-ID: local@host is a SIP call id, not an email address (it names no one). */
const CALL_ID_BEFORE = /(?:^|[\s"'])(?:call-id|i)[ \t]*:[ \t]*$/i;
/** Zoom's own domains: naming them says which service, not who. */
export const KEEP_HOSTS = ZOOM_SERVICE_DOMAIN;
/** RFC 3323 anonymity and other names that stand for no one (caller id withheld), and emergency numbers (sip:911@...). */
export const NO_ONE = new RegExp(`^(?:anonymous|unknown|unavailable|restricted|private|withheld|invalid|${EMERGENCY_NUMBERS.join('|')})$`, 'i');
/** Display names that name a role or a place, not a person ("SRS-Recorder", "Lobby phone"). */
const ROLE_NAME = /(?:^|[^A-Za-z])(?:phone|lobby|reception|recorder|srs|conference|room|voicemail|fax|queue|operator|desk|hunt|group|ivr|attendant|paging|intercom|door|gate|front|main|office|support|sales|service|test)(?:$|[^A-Za-z])/i;

/** A display name's placeholder, or the name itself when it names no one in particular. */
function displayName(c: Parameters<RedactionRule['replace']>[0], name: string): string {
  const trimmed = name.trim();
  return NO_ONE.test(trimmed) || ROLE_NAME.test(trimmed) ? name : simple(c, 'name', name);
}

/** '<' as written in text, HTML or XML (named, decimal or hex reference) and Go's JSON. */
const ANGLE = '(?:<|&lt;|&#60;|&#x3[Cc];|\\\\u003[Cc])';
/** A double quote as written in text, a JSON string, HTML or XML, and Go's JSON. */
const QUOTE = '(?:\\\\"|\\\\u0022|&quot;|&#34;|&#x22;|")';
/**
 * A quoted display name at the end of the text before the '<': its opening quote, the name (no
 * quote of any spelling inside), its closing quote and the spacing after it.
 */
const QUOTED_NAME_END = new RegExp(`(${QUOTE})((?:(?!${QUOTE})[^\\r\\n])+)(${QUOTE})([ \\t]*)$`);
/** SIPREC's <name>, with attributes or HTML-escaped: "name" and its attributes up to the '>', the content. */
const NAME_ELEMENT = /^(name(?:[ \t][^<>\r\n]{0,80}?)?(?:>|&gt;))([^<>&\r\n]{1,120})(?:<|&lt;)\/name(?:>|&gt;)/;

/**
 * An extension right after a phone number: " x1234", "x1234", " ext. 1234", " extn 1234", "#1234",
 * and a dial string's pauses ",,1234" or ";ext=1234". Group 1 is its digits.
 */
export const EXTENSION_AFTER = '(?:(?:[ ]?(?:x|ext\\.?|Ext\\.?|EXT\\.?|extn\\.?)[ ]?|#|,{1,3}|;ext=)(\\d{2,6})(?![A-Za-z0-9_]))';

const EXTENSION_TAIL = /(?:[ ]?(?:x|ext\.?|Ext\.?|EXT\.?|extn\.?)[ ]?|#|,{1,3}|;ext=)\d{2,6}$/;

/**
 * A phone number and its written extension: the number with the extension's marker and digits cut
 * off (trailing space kept apart), the marker as written, and its placeholder.
 */
export function splitExtension(c: MatchContext, text: string, ext: string | undefined): { number: string; tail: string } {
  if (ext === undefined) return { number: text, tail: '' };
  const at = EXTENSION_TAIL.exec(text)!.index;
  return { number: text.slice(0, at), tail: `${text.slice(at, text.length - ext.length)}${extensionPlaceholder(c.placeholders, ext)}` };
}

/** The 20 characters of Open Location Code ("plus codes"): digits 2-9 and consonants that spell no words. */
const PLUS_CODE_CHAR = '[23456789CFGHJMPQRVWX]';

/**
 * A plus code around its '+': eight characters before it (a global code, 7P28QPC3+PH) or four (a
 * code short of its area, QPC3+PH with a town after it), two or three after. Digits and letters
 * both, so a word in capitals with a '+' stays.
 */
function plusCode(c: MatchContext): string | null {
  const head = /(?:[23456789CFGHJMPQRVWX]{4}){1,2}$/.exec(c.textBefore(8))![0];
  const tail = /^[23456789CFGHJMPQRVWX]{2,3}/.exec(c.textAfter(0, 3))![0];
  const code = `${head}+${tail}`;
  if (!/\d/.test(head) || !/[A-Z]/.test(code)) return null;
  c.takeBefore(/[23456789CFGHJMPQRVWX]/, head.length);
  c.coverAfter(tail.length);
  return simple(c, 'location', code);
}

/**
 * A latitude written with its '+' sign and the longitude after it (macOS CoreLocation's
 * <+37.33233141,-122.03121860>): one position. A '+' number after a latitude is that pair's
 * longitude (the coordinate rule takes the pair); other '+' decimals are no phone either.
 */
function signedPosition(c: MatchContext, latitude: string): string | null {
  const longitude = /^,[ ]?([+-]?\d{1,3}\.\d{4,9})(?![\d.])/.exec(c.textAfter(0, 20));
  if (!longitude) return null;
  const lat = Number(latitude);
  const lng = Number(longitude[1]);
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  c.coverAfter(longitude[0].length);
  return simple(c, 'location', `${lat},${lng}`);
}

/** An email address, found from its '@'. */
export const EMAIL_RULE: RedactionRule = {
  category: 'email',
  profiles: STANDARD,
  rare: true,
  // Found from its '@' (also URL-encoded once or twice, or JSON-escaped) and extended back over
  // the local part.
  // The same '@' ends a Go DSN's credentials (user:pass@tcp(host:3306)/db).
  // A shell prompt's user@host (jdoe@laptop:~$, rafaela@MacBook-Pro ~ %) names the account too.
  pattern: `(?:@|%40|%2540|\\\\u0040)(?:((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24})(?![A-Za-z0-9-])|(?=(?:tcp|udp|unix)\\()|${SHELL_PROMPT_AFTER})`,
  replace: (c) => {
    if (c.group(1) === undefined && c.group(0) === '@' && !/^(?:tcp|udp|unix)\(/.test(c.textAfter(0, 5))) {
      const login = c.takeBefore(PROMPT_LOGIN, 64);
      // root@pbx01:/etc# is the machine's own account, no person.
      return login && !NO_ONE.test(login) && !isNoPersonAccount(login) ? `${simple(c, 'user', login.toLowerCase())}@` : null;
    }
    if (c.group(1) === undefined) {
      const credentials = c.takeBefore(DSN_CREDENTIALS);
      const colon = credentials.indexOf(':');
      if (colon < 0) return null;
      const user = colon === 0 ? '' : simple(c, 'user', credentials.slice(0, colon).toLowerCase());
      return `${user}:${simple(c, 'url-credentials', credentials.slice(colon + 1))}@`;
    }
    const local = c.takeBefore(EMAIL_LOCAL);
    if (!local || NO_ONE.test(local) || /\.invalid$/i.test(c.group(1)!)) return null;
    // A message id (Message-ID: <...@mail.example.com>) names a message: kept (message-ids.ts).
    if (isMessageIdBefore(c.textBefore(local.length + 1200).slice(0, -local.length))) return null;
    if (CALL_ID_BEFORE.test(c.textBefore(local.length + 16).slice(0, -local.length))) {
      // A Call-ID names a call, not a person: the strict profile hides only its host part.
      const host = c.group(1)!;
      return c.profile === 'strict' && !KEEP_HOSTS.test(host) ? `${local}@${simple(c, 'host', host.toLowerCase())}` : null;
    }
    // An account at a Zoom service (a SIP registrar such as us01sipbr01.zoom.us) or a public time or
    // name service: the domain is which service, support needs it; only the user goes.
    if (isPublicServiceHost(c.group(1)!)) return `${sipAccountPlaceholder(c.placeholders, local)}${c.group(0)!.slice(0, -c.group(1)!.length)}${c.group(1)}`;
    return simple(c, 'email', `${local}@${c.group(1)}`.toLowerCase());
  },
};

/** SIP display names, extensions, home folders and international phone numbers. */
export const IDENTITY_RULES: readonly RedactionRule[] = [
  {
    category: 'name',
    profiles: STANDARD,
    rare: true,
    // A SIP display name before <sip:...>, <tel:...> or <+number>, found from the '<' (one rule for
    // all forms: each rule in the combined regex costs scan time at every position). Quoted
    // ("Peggy Garcia" <sip:...>) anywhere; unquoted or single-quoted (From: Marcus Webb <sip:...>,
    // Caller ID: MARCUS WEBB <+14155550199>) only right after a header's colon or a comma between
    // addresses, so "call from <sip:...>" in prose stays. The URI is left to the other rules.
    // A quote left open before the '<' ("Mia Tanaka<sip:...>) still ends the name. Names that stand
    // for no one (RFC 3323 "Anonymous") or for a role ("Lobby phone") stay. Also SIPREC metadata's
    // <name>...</name> element, with attributes (<name xml:lang="en">), a number or a person.
    // The same header copied into HTML or XML (&quot;Name&quot; &lt;sip:, &#34; &#60;), a JSON
    // string (\"Name\" <sip:) or Go's JSON (\u003csip:) is the same name: its quotes are kept as written.
    pattern: `${ANGLE}(?=sips?:|tel:|\\+\\d|name(?:>|&gt;|[ \\t][^<>\\r\\n]{0,80}?(?:>|&gt;)))`,
    replace: (c) => {
      const angle = c.group(0)!;
      const element = NAME_ELEMENT.exec(c.textAfter(0, 220));
      if (element) {
        const content = element[2]!;
        // A setting's name (<name>DB_PASSWORD</name><value>...) is an identifier, not a person.
        if (NO_ONE.test(content.trim()) || /^[\w.-]*_[\w.-]*$/.test(content.trim())) return null;
        c.coverAfter(element[1]!.length + content.length);
        return `${angle}${element[1]}${isPhoneNumber(content.trim()) ? phone(c, content) : displayName(c, content)}`;
      }
      if (/^name/.test(c.textAfter(0, 4))) return null;
      const raw = c.takeBefore(NOT_ANGLE, 120);
      const quoted = QUOTED_NAME_END.exec(raw);
      if (quoted) return `${raw.slice(0, quoted.index)}${quoted[1]}${displayName(c, quoted[2]!)}${quoted[3]}${quoted[4]}${angle}`;
      // A quote left open: "Mia Tanaka<sip:...>.
      const open = angle === '<' ? /"([^"\\]+)$/.exec(raw) : null;
      if (open) return `${raw.slice(0, open.index)}"${displayName(c, open[1]!)}${angle}`;
      const cut = Math.max(raw.lastIndexOf(':'), raw.lastIndexOf(','));
      const parts = cut < 0 ? null : UNQUOTED_DISPLAY_NAME.exec(raw.slice(cut + 1));
      const name = parts?.[3];
      if (!parts || !name || !/[A-Za-z\x80-\xff]/.test(name)) return null;
      const quote = parts[2] ?? '';
      return `${raw.slice(0, cut + 1)}${parts[1]}${quote}${displayName(c, name)}${quote}${parts[4]}${angle}`;
    },
  },
  {
    category: 'extension',
    profiles: STANDARD,
    rare: true,
    // "ext. 1234", "Ext 1234" (ext=1234 and "extension": "1234" go through the key rule).
    // Anchored on the 'x' (rare in text; 'e' is the commonest letter), the 'e' checked behind it.
    // "x1234" after a number is taken with the number (phone rules).
    pattern: '(?:xt|XT)(?<=(?<![A-Za-z0-9_])(?:ext|Ext|EXT))(\\.[ ]?|[ ])(\\d{2,8})(?![\\d.]|-\\d)',
    replace: (c) => `${c.group(0)!.slice(0, 2)}${c.group(1)}${extensionPlaceholder(c.placeholders, c.group(2)!)}`,
  },
  {
    category: 'user',
    profiles: STANDARD,
    rare: true,
    // Home folders of any user: C:\Users\x (also JSON-escaped, any case, names with spaces),
    // C:\Documents and Settings\x, \\server\home$\x and \\server\users\x, /Users/x, /home/x.
    // Anywhere in a token ("Can't load/home/alex/..."), but not inside a relative path
    // ("logs/zoom/home/a.log" is a bundle path); also URL-encoded (%2Fhome%2Falex, C%3A%5CUsers%5Calex),
    // and the shell's ~alex/ (another user's home; ~/ names no one).
    pattern: `(${WINDOWS_HOME_DIRS}|(?:${UNIX_HOME_DIRS})(?<!(?:^|[\\s"'=:;,<>()[\\]])[^\\s/"'=:;,<>()[\\]]+/[^\\s"'=:;,<>()[\\]]*(?:${UNIX_HOME_DIRS})))(?!(?:Shared|Public|Default|All Users)\\b)([^\\\\/\\s"':;<>]+(?:(?: [^\\\\/\\s"':;<>=,+*?|[\\]]+){1,3}(?=\\\\))?)|(${ENCODED_HOME_DIRS})(?!(?:Shared|Public|Default)(?:%|$))([^%\\s/\\\\"'&;<>]+)|~(?<![A-Za-z0-9_~/.-]~)([A-Za-z_][A-Za-z0-9_.-]{0,31})(?=/)`,
    replace: (c) =>
      c.group(5) !== undefined
        ? `~${simple(c, 'user', c.group(5)!.toLowerCase())}`
        : c.group(3) !== undefined
          ? `${c.group(3)}${simple(c, 'user', decodeURIComponent(c.group(4)!).toLowerCase())}`
          : `${c.group(1)}${simple(c, 'user', c.group(2)!.toLowerCase())}`,
  },
  {
    category: 'phone',
    profiles: STANDARD,
    rare: true,
    // International: +1 415 555 0123, +1 (415) 555-0123, +44 (0)20 7183 8750, +81-3-1234-5678.
    // National in parentheses: (415) 555-0123, (02) 9876 5432, (11) 91234-5678.
    // An extension written after the number goes with it (555-0123 x1234).
    pattern:
      `((?:\\+(?<![A-Za-z0-9_]\\+)|%2[Bb])[1-9](?:[ .-]?(?:\\(\\d{1,4}\\)|\\d)){6,17}(?!\\d))${EXTENSION_AFTER}?` +
      `|\\((?<![A-Za-z0-9_]\\()\\d{1,5}\\)[ ]?(?:\\d{2,5}[ .-])*\\d{4,8}(?:${EXTENSION_AFTER}|(?![A-Za-z0-9_-]|\\.\\d))` +
      // A plus code's '+' (Open Location Code: 7P28QPC3+PH, QPC3+PH Ho Chi Minh City): a position, not a phone.
      `|\\+(?<=(?<![A-Za-z0-9])(?:${PLUS_CODE_CHAR}{4}){1,2}\\+)(?=${PLUS_CODE_CHAR}{2,3}(?![A-Za-z0-9]))`,
    replace: (c) => {
      if (c.group(0) === '+') return plusCode(c);
      const { number: text, tail } = splitExtension(c, c.group(0)!, c.group(2) ?? c.group(3));
      let replaced: string | null;
      if (c.group(1) !== undefined) {
        // A signed coordinate beside the other one (CoreLocation's <+37.33233141,-122.03121860>) is a position.
        if (/^\+\d{1,3}\.\d{4,9}$/.test(text)) return signedPosition(c, text);
        // %2B is a URL-encoded '+' (phone=%2B14155550123).
        const number = text[0] === '%' ? `+${text.slice(3)}` : text;
        replaced = isPhoneNumber(number.trimEnd()) ? phone(c, number.trimEnd()) + number.slice(number.trimEnd().length) : null;
      } else replaced = isNationalPhone(text.trimEnd()) ? phone(c, text.trimEnd()) + text.slice(text.trimEnd().length) : null;
      return replaced === null ? null : replaced + tail;
    },
  },
];

/**
 * One rule for the literal values of this machine and user (host name, user name, typed keywords),
 * by category in priority order; null when there is none. One rule, not one per category: each
 * rule in the combined regex costs scan time at every position.
 */
export function literalRule(values: readonly (readonly [category: RuleCategory, values: readonly string[]])[]): RedactionRule | null {
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

/**
 * This machine's host names shorter than 3 characters ("vm"): too short to replace everywhere, so
 * only in host contexts ("on host vm", "Computer name: vm", "hostname=vm"). Null when there are none.
 */
export function shortHostRule(hostnames: readonly string[]): RedactionRule | null {
  const short = hostnames.filter((h) => h.length > 0 && h.length < 3);
  if (short.length === 0) return null;
  const words = caseVariants(short);
  return {
    category: 'host',
    profiles: STANDARD,
    rare: true,
    pattern: `(?:${words})(?<=(?:${caseVariants(['host', 'hostname', 'host name', 'computer name', 'computername', 'machine', 'machine name', 'device name', 'node'])})["']?(?:[ \t]*[:=][ \t]*|[ \t]+)["']?(?:${words}))(?![A-Za-z0-9_.-])`,
    replace: (c) => simple(c, 'host', c.group(0)!.toLowerCase()),
  };
}
