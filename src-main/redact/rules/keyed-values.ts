/**
 * The key=value rule: every key=value, key: value, "key": "value" and key="value" form, anchored
 * on the separator with one lookbehind for all key names. The key decides what the value is: a
 * secret, an OAuth code, a phone number, name, MAC or extension, a SIP URI's user, an SRTP key.
 */
import { phoneDigits } from '../phone-shape.js';
import { extensionPlaceholder, isPhoneNumber, macPlaceholder } from '../typed-placeholders.js';
import {
  ADDRESS_KEYS, BOUNDED_SECRET_KEYS, COORDINATE_KEYS, DEVICE_KEYS, EXTENSION_KEYS, MAC_KEYS, MEETING_KEYS, NAME_KEYS, PHONE_KEYS, POSTAL_KEYS, SECRET_KEYS,
  TOKEN_KEYS, USER_KEYS, WALLET_KEYS, VERSION_KEYS, VERSION_VALUE, keyedValue, keyKind, saysSecret, secretKeyKind, tokenKeyValue,
  CLOUD_ID_KEYS, cloudIdValue,
} from '../redaction-keys.js';
import { ALL_ID_KEYS, ID_KEYS, drivingLicenceBefore, idKeyedValue } from '../id-document-keys.js';
import { DEVICE_ID_TEXT_KEYS, WIFI_LISTING_KEY, deviceKeyedValue, wifiListingBefore } from '../device-id-keys.js';
import { caseVariantList, escapeRegExp, keyAlternation, suffixAlternation } from './regex-words.js';
import { NO_ONE } from './identity.js';
import { grandstreamKind } from '../grandstream-p-values.js';
import { replaceNetUse } from './net-use.js';
import { ALL, phone, simple, type MatchContext, type RedactionRule } from './rule-types.js';
import { cookieStringLength, cookieValues, looksLikeCookieString } from '../cookie-values.js';
import { isPersonValue, type PersonKey } from '../person-keys.js';
import { keepPairName, pairValue } from './name-value-pairs.js';
import { replaceSchemeHash } from './password-hashes.js';
import { LISTED_KEYS, PAIR_FIELD_KEYS, listedKeyKind } from '../pair-keys.js';
import { replaceSecretManifest } from './secret-manifests.js';
import { replaceCodes } from './code-lists.js';

/**
 * The value after a key's separator, looked at ahead (so a value that does not fit is still seen by
 * the other rules): quoted whole, in ODBC braces (Pwd={a;b}}c}: '}}' is an escaped '}'), or bare as
 * its first token and, for values that may hold spaces (a person's name: "displayName=Marcus Webb,
 * state=1"), the following words up to a delimiter or the next key=value. Go's ':=' and PHP's or
 * Ruby's '=>' are one separator. A bare value may hold an apostrophe after its first character
 * (last_name=O'Connell, pass=it's). A `data:` key may have a block or an object after it (a
 * Kubernetes Secret: secret-manifests.ts), a `codes:` key a list on the lines below (code-lists.ts).
 */
const KEYED_VALUE = `(?=((?:(?<=:)=|(?<==)>)?[ \\t]*)(?:"((?:[^"\\\\\\r\\n]|\\\\[^\\r\\n])*)(?:"|$)|'([^'\\r\\n]*)(?:'|$)|(?<==[ \\t]*)\\{((?:[^}\\r\\n]|\\}\\})*)\\}(?!\\})|([^\\s"'&,;<>{}][^\\s"&,;<>{}]*)((?: [^\\s"'&,;<>{}\\[\\]=:][^\\s"&,;<>{}\\[\\]=:]*)*(?=[\\s"'&,;<>{}\\[\\]]|$))?|(?=>[-+]?[ \\t]*\\r?\\n)|(?<=(?:[Dd]ata|[Cc]odes|CODES)["']?[ \\t]*:[ \\t]*)(?=\\r?\\n|\\{)))`;

/**
 * Replaces the value looked at by KEYED_VALUE whose groups start at `first`, keeping quotes and
 * spacing; `words` takes a bare value's following words too.
 */
function replaceKeyed(c: MatchContext, first: number, words: boolean, placeholder: (value: string) => string | null, ampersands = false): string | null {
  const space = c.group(first)!;
  if (c.group(first + 3) !== undefined) {
    // ODBC braces: the value between them goes, the braces stay.
    const braced = c.group(first + 3)!;
    const replacement = braced === '' ? null : placeholder(braced);
    if (replacement === null) return null;
    c.coverAfter(space.length + braced.length + 2);
    return `${c.group(0)}${space}{${replacement}}`;
  }
  if (c.group(first + 1) === undefined && c.group(first + 2) === undefined && c.group(first + 4) === undefined) return null; // a YAML '>' block: replaceBlockScalar's
  const quote = c.group(first + 1) !== undefined ? '"' : c.group(first + 2) !== undefined ? "'" : '';
  let value = c.group(first + 1) ?? c.group(first + 2) ?? c.group(first + 4)! + (words ? (c.group(first + 5) ?? '') : '');
  if (ampersands && quote === '') value += ampersandTail(c.textAfter(space.length + value.length, 256));
  // A query parameter's value ends where the URL's fragment starts (?mlon=-87.73312#map=18/...).
  if (quote === '' && value.includes('#') && QUERY_KEY_BEFORE.test(c.textBefore(64))) value = value.slice(0, value.indexOf('#'));
  const replacement = value === '' ? null : placeholder(value);
  if (replacement === null) return null;
  // A quoted value cut off by the end of the text (a truncated JSON log) has no closing quote.
  const closed = quote !== '' && c.textAfter(space.length + quote.length + value.length, 1) === quote ? quote : '';
  c.coverAfter(space.length + value.length + quote.length + closed.length);
  // A JSON number ("callerNumber": 14155550123) becomes a string, so the file stays valid JSON.
  const json = quote === '' && c.group(0) === ':' && /^-?\d[\d.eE+-]*$/.test(value) && c.textBefore(1) === '"';
  return json ? `:${space}"${replacement}"` : `${c.group(0)}${space}${quote}${replacement}${closed}`;
}

/**
 * A bare secret runs on over '&' that does not start the next query parameter: a connection
 * string's Password=Tr0ub&3; is one value, a query's password=x&user=y two.
 */
function ampersandTail(after: string): string {
  let tail = '';
  while (after[tail.length] === '&' && !QUERY_PARAMETER.test(after.slice(tail.length, tail.length + 64))) {
    tail += /^&[^\s"',;<>{}&]*/.exec(after.slice(tail.length))![0];
  }
  return tail;
}
const QUERY_PARAMETER = /^&(?:amp;)?[A-Za-z0-9_.[\]-]+=/;
/** The text before a key=value separator ends in a query parameter's name (?key, &key). */
const QUERY_KEY_BEFORE = /[?&][A-Za-z0-9_.[\]-]+$/;

const ALL_ID_KEY_KINDS = new Set<string>(ID_KEYS.map(([kind]) => kind));
const CODE_KEYS = ['code', 'auth_code', 'authCode', 'authorization_code'];
const IDENTITY_KEYS = [...CLOUD_ID_KEYS, 'data', 'stringData', ...PHONE_KEYS, ...NAME_KEYS, ...USER_KEYS, ...MAC_KEYS, ...EXTENSION_KEYS, ...ADDRESS_KEYS, ...POSTAL_KEYS, ...COORDINATE_KEYS, ...DEVICE_KEYS, ...MEETING_KEYS, ...WALLET_KEYS, ...ALL_ID_KEYS, ...DEVICE_ID_TEXT_KEYS, 'state', 'value', ...PAIR_FIELD_KEYS, ...LISTED_KEYS];

/**
 * Secret keys that need a boundary (redaction-keys.ts BOUNDED_SECRET_KEYS, TOKEN_KEYS, the short
 * VERSION_KEYS): in lower or upper case after a non-letter ("vm_pin", "PIN"), capitalised also
 * after a lower-case letter or digit ("vmPin", "fwVersion"). "version" itself needs none.
 */
const BOUNDED_KEYS = [...BOUNDED_SECRET_KEYS, ...TOKEN_KEYS, ...VERSION_KEYS];
const BOUNDED_KEY_SOURCE =
  `(?<![A-Za-z0-9])(?:${suffixAlternation(BOUNDED_KEYS.flatMap((k) => [k, k.toLowerCase(), k.toUpperCase()]))})` +
  `|(?<=[a-z0-9])(?:${suffixAlternation(BOUNDED_KEYS.map((k) => k[0]!.toUpperCase() + k.slice(1)))})`;
/**
 * A password key with an account index or Snom's permission flag after it (AudioCodes
 * SIPAccount_Password_0, Snom user_pass1!: and user_pass1&:, Cisco Password_1_). An alternative of
 * its own, tried from its index backwards: an optional index before the whole key tree made the
 * lookbehind at every separator more than twice as slow.
 */
const INDEXED_SECRET_KEY =
  `(?:${keyAlternation(['password', 'passwd', 'pwd', 'pswd'])}|(?<![A-Za-z0-9])(?:${keyAlternation(['pass', 'pin'])})|(?<=[a-z0-9])(?:Pass|Pin))(?:_?\\d{1,2}_?[!&$]?|[!&$])`;
const CLOUD_ID_KEY = new Set<string>(CLOUD_ID_KEYS.map((key) => key.toLowerCase()));
const IS_CODE_KEY = new RegExp(`^(?:${CODE_KEYS.join('|')})$`, 'i');
/**
 * "Keys" that are URI schemes or SDP fields (exact case): sip:user@host, sips:..., and SDP
 * a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:<SRTP master key>. In the key rule rather than rules
 * of their own, which would start at every 's' and 'a' of a log.
 */
const URI_KEYS = ['sip', 'sips', 'inline', 'uuid'];

/** inline:<key>|2^20|1:32: the base64 SRTP master key (a secret), not its lifetime and MKI. */
function replaceSrtpKey(c: MatchContext): string | null {
  const key = c.group(4) === '' && c.group(8) !== undefined ? /^[A-Za-z0-9+/=]{16,}/.exec(c.group(8)!)?.[0] : undefined;
  if (!key) return null;
  c.coverAfter(key.length);
  return `:${simple(c, 'srtp-key', key)}`;
}

/**
 * sip:user@host: the user part, a phone number (by shape) or an account name; a password written
 * in the URI (sip:alice:secret@host, deprecated but still seen) is a secret. The host stays.
 */
function replaceSipUser(c: MatchContext): string | null {
  const parts = c.group(4) === '' ? SIP_USER_PART.exec(c.textAfter(0, 256)) : null;
  if (!parts) return null;
  const [whole, user, password, params, angle] = parts as unknown as [string, string, string | undefined, string, string];
  if (NO_ONE.test(user)) return null;
  const secret = password ? `:${simple(c, 'url-credentials', password.slice(1))}` : '';
  c.coverAfter(whole.length);
  return `:${sipUserPlaceholder(c, user)}${secret}${userParameters(c, params)}${angle}@`;
}

/**
 * The user part's parameters (;npdi;rn=+14155550000;ext=217): a number in them (the routing number
 * of a ported one, an extension) is private too; the rest stays.
 */
function userParameters(c: MatchContext, params: string): string {
  if (!params.includes('=')) return params;
  return params.replace(/;([A-Za-z-]+)=([^;]*)/g, (whole, name: string, value: string) => {
    if (/^ext$/i.test(name) && /^\d{2,8}$/.test(value)) return `;${name}=${extensionPlaceholder(c.placeholders, value)}`;
    return /^\+?[\d().-]{7,}$/.test(value) && isPhoneNumber(value) ? `;${name}=${phone(c, value)}` : whole;
  });
}

/** A SIP URI's user: a phone number (by shape) or an account name. */
function sipUserPlaceholder(c: MatchContext, user: string): string {
  const digits = phoneDigits(user);
  const isPhone = /^\+?[\d .()-]+$/.test(user) && digits.length >= 7 && digits.length <= 15;
  return isPhone ? phone(c, user) : simple(c, 'sip-user', user);
}

/**
 * The user part of a SIP URI up to its '@': user, optional :password, optional ;parameters
 * (sip:7341209;context=private@host), and a '>' misplaced before the '@' (<sip:617...;x=y>@host).
 */
const SIP_USER_PART = /^([^\s@;>"<:,?&]+)(:[^\s@;>"<]*)?((?:;[^\s@;>"<]*)*)(>?)@/;

/** A version-1 UUID (urn:uuid:...-1xxx-...) ends in the MAC of the device that made it (+sip.instance). */
const UUID_V1 = /^([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-1[0-9A-Fa-f]{3}-[0-9A-Fa-f]{4}-)([0-9A-Fa-f]{12})(?![0-9A-Za-z])/;

/** uuid:<v1 uuid>: its MAC part becomes the MAC's placeholder. */
function replaceUuidMac(c: MatchContext): string | null {
  const parts = c.profile === 'minimal' ? null : UUID_V1.exec(c.textAfter(0, 40));
  const mac = parts && !/^0+$/.test(parts[2]!) ? macPlaceholder(c.placeholders, parts[2]!) : null;
  if (!parts || !mac) return null;
  c.coverAfter(parts[0].length);
  return `:${parts[1]}${mac}`;
}

/** A shell, batch or template variable standing for a secret ($PASS, ${TOKEN}, `${token}`, %SECRET%, {{ key }}), after a separator: no secret itself. */
const VARIABLE_AHEAD = /^[ \t]*["'`]?(?:\$\{?[A-Za-z_]\w*\}?|%[A-Za-z_]\w*%|\$env:[A-Za-z_]\w*|\{\{[^{}\r\n]*\}\})(?=["'`&,;\s]|$)/;

/** Keys of the attribute form key="value" (exact case): SIP Digest username and response, XML name. */
const ATTRIBUTE_KEYS = ['username', 'name', 'response', 'aor'];

/**
 * key="value" attributes: the SIP Digest account name (user), the Digest response hash (a secret:
 * with the nonce and realm beside it, a weak SIP password can be brute-forced offline), and an
 * XML name attribute (a person, in contact lists).
 */
function replaceAttribute(c: MatchContext, key: string): string | null {
  return replaceKeyed(c, 4, false, (value) => {
    if (c.group(5) === undefined) return null; // only the double-quoted form
    // Android's <string name="SSID">: the name of a preference (plist-keys.ts), no person.
    if (key === 'name' && /<(?:string|int|long|boolean|float|set)[ \t]+name$/.test(c.textBefore(16))) return null;
    if (key === 'response') return /^[0-9A-Fa-f]{16,128}$/.test(value) ? simple(c, 'secret', value) : null;
    if (key === 'aor') {
      // SIPREC metadata: aor="6175550142@pbx.example" (user part private, host kept).
      const [, scheme, user, rest] = /^(sips?:)?([^@]+)(@.*)?$/.exec(value) ?? [];
      return user ? `${scheme ?? ''}${sipUserPlaceholder(c, user)}${rest ?? ''}` : null;
    }
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
  // A key may follow Go's JSON escape of '<' (\u003csip:...).
  // A password key may carry an account index and Snom's permission flag (SIPAccount_Password_0 =,
  // user_pass1!: x); a Grandstream P-value (P34 = x) is read in replace() (grandstream-p-values.ts).
  pattern: `[:=](?<=(?:(${keyAlternation([...SECRET_KEYS, 'version'])}|${BOUNDED_KEY_SOURCE}|${INDEXED_SECRET_KEY})|(?<![A-Za-z0-9_-])(${suffixAlternation(ATTRIBUTE_KEYS)})(?==")|(?:(?<![A-Za-z0-9])|(?<=\\\\u003[Cc]))(${suffixAlternation([...caseVariantList([...CODE_KEYS, ...IDENTITY_KEYS]), ...URI_KEYS])}|P\\d{1,5}))["']?[ \\t]*[:=])${KEYED_VALUE}`,
  replace: (c) => {
    if (c.group(1) !== undefined) {
      // A Cookie: or Set-Cookie: header holds several cookies, then attributes (Path=/; Secure):
      // each cookie's value goes, however long the line; names and attributes stay (cookie-values.ts).
      if (/cookie2?$/i.test(c.group(1)!)) {
        if (c.group(0) === ':' && c.group(5) === undefined && c.group(6) === undefined) {
          const space = c.group(4)!;
          const line = /^[^\r\n]*/.exec(c.textAfter(space.length, Infinity))![0];
          const rest = line.slice(0, cookieStringLength(line));
          const cookies = cookieValues(rest, c.placeholders);
          if (cookies === null) return null;
          c.coverAfter(space.length + rest.length);
          return `:${space}${cookies}`;
        }
        if (c.group(5) !== undefined || c.group(6) !== undefined) return replaceKeyed(c, 4, false, (value) => (looksLikeCookieString(value) ? cookieValues(value, c.placeholders) : simple(c, 'cookie', value)));
      }
      if (VARIABLE_AHEAD.test(c.textAfter(0, 80))) return null;
      const kind = secretKeyKind(c.group(1)!);
      if (kind === 'version') return keepVersion(c);
      // driver_license: a driving licence number, not a software licence key.
      if (kind === 'token' && c.profile !== 'minimal' && drivingLicenceBefore(c.textBefore(40))) return replaceKeyed(c, 4, false, (value) => idKeyedValue('driving-licence', value, c.placeholders));
      if (kind === 'token') return replaceKeyed(c, 4, false, (value) => (tokenKeyValue(value) ? simple(c, 'secret', value) : null));
      // A list of one-time codes (recovery codes: a1b2c-3d4e5 f6a7b-8c9d0): each code (code-lists.ts).
      const codes = /codes$/i.test(c.group(1)!) && c.group(5) === undefined && c.group(6) === undefined ? replaceCodes(c, '') : null;
      if (codes !== null) return codes;
      return replaceBlockScalar(c) ?? replaceSchemeHash(c) ?? replaceKeyed(c, 4, false, (value) => simple(c, 'secret', value), true);
    }
    if (c.group(2) !== undefined) return c.profile === 'minimal' && c.group(2) !== 'response' ? null : replaceAttribute(c, c.group(2)!);
    const key = c.group(3)!;
    const vendor = key.charCodeAt(0) === 80 /* P */ ? grandstreamKind(key) : undefined;
    if (vendor !== undefined) {
      if (vendor === 'secret') return replaceKeyed(c, 4, false, (value) => simple(c, 'secret', value));
      return c.profile === 'minimal' ? null : replaceKeyed(c, 4, vendor === 'name', (value) => keyedValue(vendor, value, c.placeholders));
    }
    if (key === 'inline') return replaceSrtpKey(c);
    if (key === 'uuid') return replaceUuidMac(c);
    if (key === 'sip' || key === 'sips') return c.profile === 'minimal' ? null : replaceSipUser(c);
    if (IS_CODE_KEY.test(key)) return replaceKeyed(c, 4, false, (value) => (looksLikeAuthCode(value) ? simple(c, 'oauth-code', value) : null));
    if (key === 'value' || key === 'Value' || key === 'VALUE') {
      // A name/value pair: the value judged by its object's name field (name-value-pairs.ts).
      const pair = pairValue(c);
      if (pair) return replaceKeyed(c, 4, pair.words, pair.placeholder);
      // Attributes of one element (FreeSWITCH's <param name="a1-hash" value="..."/>).
      return secretNamedBefore(c.contextBefore(240)) ? replaceKeyed(c, 4, false, (value) => simple(c, 'secret', value), true) : null;
    }
    if (key === 'name' || key === 'Name' || key === 'NAME') return keepPairName(c);
    // net use \\server\share PASSWORD /user:DOMAIN\name (or the password after the user).
    if ((key === 'user' || key === 'USER') && c.group(0) === ':' && c.textBefore(5)[0] === '/') {
      const netUse = replaceNetUse(c);
      if (netUse !== null) return netUse;
    }
    // kind: Secret's data: and stringData: (secret-manifests.ts), in every profile.
    if (key === 'data' || key === 'stringData') return replaceSecretManifest(c);
    if (c.profile === 'minimal') return null;
    if (CLOUD_ID_KEY.has(key.toLowerCase())) return replaceKeyed(c, 4, false, (value) => cloudIdValue(key, value, c.placeholders));
    // ;user=phone, ;user=dialstring: a SIP URI parameter (RFC 3261), not an account.
    if (key === 'user' && c.textBefore(5)[0] === ';') return null;
    if (/^state$/i.test(key)) return ADDRESS_NEARBY.test(c.textBefore(240)) || ADDRESS_AFTER.test(c.textAfter(0, 160)) ? replaceKeyed(c, 4, true, (value) => keyedValue('address', value, c.placeholders)) : null;
    // netsh's "Name :" and "Profile :" name a Wi-Fi network only in its listings (device-id-keys.ts).
    if (WIFI_LISTING_KEY.test(key)) return wifiListingBefore(key, c.textBefore(1200)) ? replaceKeyed(c, 4, true, (value) => deviceKeyedValue('wifi', value.trim(), c.placeholders)) : null;
    const kind = keyKind(key) ?? listedKeyKind(key);
    // Names, addresses, phone numbers and Wi-Fi networks may hold spaces; an account, a code or a coordinate is one token.
    const words = kind === 'name' || kind === 'address' || kind === 'phone' || kind === 'mac' || kind === 'extension' || kind === 'meeting' || kind === 'wifi';
    if (kind === null) return null;
    // "user: Peggy Garcia": a person's full name, not a login: all of it goes, as a name.
    if (kind === 'user' && c.group(9) !== undefined) {
      const name = fullNameAhead(c.group(8)! + c.group(9)!);
      if (name !== null) {
        c.coverAfter(c.group(4)!.length + name.length);
        return `${c.group(0)}${c.group(4)}${keyedValue('name', name, c.placeholders)}`;
      }
    }
    // An identifier or a date may be written in groups (DE89 3704 ..., 12 March 1988); words that do
    // not fit it (passport: X1234567 issued 2019) leave its first token.
    const grouped = !words && ALL_ID_KEY_KINDS.has(kind) ? replaceKeyed(c, 4, true, (value) => keyedValue(kind, value, c.placeholders)) : null;
    const value = grouped ?? replaceKeyed(c, 4, words, (value) => keyedValue(kind, value, c.placeholders));
    return value ?? (kind === 'mac' ? leadingMac(c) : null);
  },
};

/**
 * The MAC an unquoted value starts with: a MAC may be written in spaced groups (00 04 f2 ...), so
 * its value may run over words, but in "mac=0004F2A1B2C3 user=x" or "[mac=0004F2A1B2C3]" the MAC
 * is the first token's start.
 */
function leadingMac(c: MatchContext): string | null {
  const mac = /^(?:[0-9A-Fa-f]{2}(?:[:-]?[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![0-9A-Za-z_])/.exec(c.group(8) ?? '')?.[0];
  const replacement = mac === undefined ? null : macPlaceholder(c.placeholders, mac);
  if (replacement === null) return null;
  c.coverAfter(c.group(4)!.length + mac!.length);
  return `${c.group(0)}${c.group(4)}${replacement}`;
}

/** A user key read as the person keys read it: its value must be a full name (two to five capitalised name words). */
const USER_AS_PERSON: PersonKey = { key: 'user', quote: '', element: false, general: false, fullName: true };

/**
 * The person's full name the words after a user key begin with (Peggy Garcia in "Peggy Garcia
 * logged in"), as written (UTF-8 read as latin1, as the rules see text), or null.
 */
function fullNameAhead(words: string): string | null {
  const decoded = Buffer.from(words, 'latin1').toString('utf8');
  // Title-case words (NT AUTHORITY\NETWORK SERVICE is an account), not a domain's or an address's start.
  const name = /^\p{Lu}\p{Ll}[\p{L}\p{M}'.-]*(?: (?:\p{Lu}\p{Ll}[\p{L}\p{M}'.-]*|(?:de|del|da|di|van|von|der|den|la|le|bin|al)(?= \p{Lu}))){1,4}(?![\\@\p{L}])/u.exec(decoded);
  return name !== null && isPersonValue(name[0], USER_AS_PERSON) ? Buffer.from(name[0], 'utf8').toString('latin1') : null;
}

/**
 * A name attribute that says secret, right before a value attribute of the same element:
 * FreeSWITCH's <param name="password" value="..."/> and <param name="a1-hash" value="..."/>.
 */
function secretNamedBefore(before: string): boolean {
  const pair = NAME_BEFORE_VALUE.exec(before);
  return pair !== null && saysSecret(pair[1]!);
}
const NAME_BEFORE_VALUE = /(?:^|[\s<])name[ \t]*=[ \t]*["']([A-Za-z0-9_.-]{1,64})["'][ \t]+(?:value|Value|VALUE)[ \t]*$/;

/** An address key in the same object before a "state" key (an E911 body): then the state is part of the address. */
const ADDRESS_NEARBY = new RegExp(`(?:^|[^A-Za-z])(?:${[...ADDRESS_KEYS, ...POSTAL_KEYS].map(escapeRegExp).join('|')})["']?[ \\t]*[:=][^{}\\r\\n]*$|(?:${[...ADDRESS_KEYS].map(escapeRegExp).join('|')})["']?[ \\t]*[:=][^{}]*\\r?\\n[ \\t]*["']?$`, 'i');

/** A postal or country key after a "state" key on its line (state before zip, as E911 bodies order them). */
const ADDRESS_AFTER = new RegExp(`^[^\\r\\n]*?(?:^|[^A-Za-z])(?:${[...POSTAL_KEYS, 'country', 'countryCode', 'country_code'].map(escapeRegExp).join('|')})["']?[ \\t]*[:=]`, 'i');

/**
 * A version after a version key (firmware_version=96.86.0.70, "fwVersion": "2.0.14.9", version: 1.0.7.13):
 * taken as it is, so the address rule does not read it as an IP.
 */
function keepVersion(c: MatchContext): string | null {
  const value = /^((?:(?<=:)=)?[ \t]*["']?)([^\s"',;<>{}]+)/.exec(c.textAfter(0, 80));
  if (!value || !VERSION_VALUE.test(value[2]!)) return null;
  c.coverAfter(value[0].length);
  return `${c.group(0)}${value[0]}`;
}

/**
 * A YAML block scalar under a secret key (private_key: |, password: >-): the indented lines after
 * it go as one secret; the key's line and the next key stay.
 */
function replaceBlockScalar(c: MatchContext): string | null {
  // A tag may come first (Ansible's password: !vault | and its $ANSIBLE_VAULT lines).
  const head = /^[ \t]*(?:![\w!]*[ \t]+)?[|>][-+]?[ \t]*\r?\n/.exec(c.textAfter(0, 24));
  if (!head) return null;
  const after = c.textAfter(head[0].length, 64 * 1024);
  const indent = /^[ \t]*/.exec(after)![0];
  const keyLine = c.textBefore(400);
  const keyIndent = /(?:^|\n)([ \t]*)[^\n]*$/.exec(keyLine)![1]!;
  if (indent.length <= keyIndent.length) return null;
  const block = new RegExp(`^(?:${indent}[^\\r\\n]*(?:\\r?\\n|$)|[ \\t]*\\r?\\n)+`).exec(after)![0];
  const body = block.replace(/\s+$/, '');
  if (!body.trim()) return null;
  c.coverAfter(head[0].length + body.length);
  // An Ansible vault's header line says what the block is (and its cipher): it stays, its hex lines go.
  const vault = /^\$ANSIBLE_VAULT;[^\r\n]*\r?\n[ \t]*/.exec(body.slice(indent.length))?.[0] ?? '';
  return `${c.group(0)}${head[0]}${indent}${vault}${simple(c, 'secret', body.slice(indent.length + vault.length))}`;
}
