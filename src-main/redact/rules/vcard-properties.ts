/**
 * vCard (RFC 6350, also 2.1 and 3.0) and iCalendar (RFC 5545) content lines: the property name is
 * the context, so a value is private by its property whatever its shape (`N:王;小明;;;`,
 * `BDAY:--0415`, `IMPP:skype:handle`). Found from the line break before a property name (in its
 * raw form or JSON's escaped `\n`), as branches of the person-name pass (format-branches.ts);
 * the whole logical line is read in replace(): folded lines (a break then one space or tab) are
 * unfolded, parameters may be quoted, and vCard escapes (`\,` `\;`) stay inside their component.
 * Free text (NOTE, DESCRIPTION, SUMMARY) is left to the text rules; ORG, TITLE, UID, dates stay.
 */
import type { LetterBranch } from './first-letter-rule.js';
import { isPhoneNumber } from '../typed-placeholders.js';
import { phone, simple, type MatchContext } from './rule-types.js';

/** The property names whose values (or some of whose parameters) are private. */
const PROPERTIES = [
  'N', 'FN', 'NICKNAME', 'ADR', 'LABEL', 'TEL', 'EMAIL', 'BDAY', 'IMPP', 'URL', 'GEO', 'RELATED', 'SORT-STRING',
  'ATTENDEE', 'ORGANIZER', 'LOCATION', 'CONTACT', 'X-[A-Z0-9-]+',
];

/** A property name (with Apple's "item1." group), lower-case names allowed as whole words (names are case-insensitive). */
const NAMES = `(?:[Ii][Tt][Ee][Mm]\\d{1,3}\\.)?(?:${PROPERTIES.join('|')}|${PROPERTIES.slice(0, -1).map((p) => p.toLowerCase()).join('|')})`;
const NAME_HERE = new RegExp(`^(?:[Ii][Tt][Ee][Mm]\\d{1,3}\\.)?(${PROPERTIES.join('|')}|${PROPERTIES.slice(0, -1).map((p) => p.toLowerCase()).join('|')})(?=[;:])`);

/** After a line break, raw or JSON-escaped: a property name, then its parameters or its value. */
export const VCARD_LINE_BRANCH: LetterBranch = { source: `${NAMES}(?=[;:])`, replace: (c) => replaceProperty(c, false) };
export const VCARD_ESCAPED_LINE_BRANCH: LetterBranch = { source: `${NAMES}(?=[;:])`, replace: (c) => replaceProperty(c, true) };

/** Properties whose parameters may name a person or a place (CN=, EMAIL=, SENT-BY=, vCard 4's ADR;LABEL=). */
const PARAMETERS_READ = new Set(['ATTENDEE', 'ORGANIZER', 'LOCATION', 'ADR', 'CONTACT']);

/** Property names that also start log lines: only with a BEGIN:VCARD (VEVENT, ...) before or an END: after. */
const AMBIGUOUS = new Set(['N', 'URL', 'TEL', 'EMAIL', 'GEO', 'LOCATION', 'CONTACT', 'NICKNAME', 'LABEL', 'RELATED']);
const IN_CARD_BEFORE = /BEGIN:V(?:CARD|CALENDAR|EVENT|TODO|JOURNAL|FREEBUSY)/i;
const IN_CARD_AFTER = /END:V(?:CARD|CALENDAR|EVENT|TODO|JOURNAL|FREEBUSY)/i;

/** X- properties that hold a person's name, handle or profile (the rest, X-WR-CALNAME or X-MICROSOFT-*, stay). */
const X_NAME = /^X-(?:PHONETIC-[A-Z-]+|MAIDENNAME|SPOUSE|ASSISTANT|MANAGER|EVOLUTION-(?:SPOUSE|MANAGER|ASSISTANT)|KADDRESSBOOK-X-(?:SPOUSENAME|MANAGERSNAME|ASSISTANTSNAME)|ABRELATEDNAMES|CHILD|CHILDREN|ANNIVERSARY-NAME)$/;
const X_HANDLE = /^X-(?:SKYPE(?:-USERNAME)?|TELEGRAM|AIM|ICQ|JABBER|XMPP|MSN|YAHOO|GOOGLE-TALK|GTALK|TWITTER|WHATSAPP|SIGNAL|WECHAT|QQ|LINE|DISCORD|MATRIX|SLACK|TEAMS|INSTAGRAM|FACEBOOK|LINKEDIN|GADUGADU|GROUPWISE|MASTODON|THREEMA|VIBER|SIP|MS-IMADDRESS|MS-CARDPICTURE-NO)$/;
const X_URL = /^X-(?:SOCIALPROFILE|SOCIAL-PROFILE|URL|ABURL|EVOLUTION-(?:BLOG|VIDEO)-URL|BLOG)$/;
const X_ADDRESS = /^X-(?:APPLE-STRUCTURED-LOCATION)$/;

/** A house number followed by words, with a comma or a street word: a street address, not "Conference Room 4". */
const STREET_LIKE = /(?:^|[\s,])\d{1,5}[A-Za-z]?(?:[ \t]+[A-Za-z\x80-\xff][^\s,;]*){1,5}[ \t]*(?:\\?,|$)|\b(?:street|st|road|rd|avenue|ave|blvd|boulevard|lane|ln|drive|dr|strasse|stra\xc3\x9fe|gatan|rue|via|calle|straat|weg|platz)\b\.?[^A-Za-z]/i;

/** The logical line `start` characters after the match: its raw text (folds included) and its unfolded text. */
function logicalLine(c: MatchContext, start: number, escaped: boolean): { raw: string; line: string } {
  const after = c.textAfter(start, 16 * 1024);
  const end = escaped ? ESCAPED_LINE_END.exec(after) : RAW_LINE_END.exec(after);
  const raw = end ? after.slice(0, end.index) : after;
  return { raw, line: raw.replace(escaped ? ESCAPED_FOLD : RAW_FOLD, '') };
}
/** The end of a logical line: a break not followed by a space or tab (a fold). */
const RAW_LINE_END = /\r?\n(?![ \t])|\r(?!\n)/;
const RAW_FOLD = /\r?\n[ \t]/g;
/** In a JSON string: an escaped break (not a fold), or the string's closing quote. */
const ESCAPED_LINE_END = /(?:\\r)?\\n(?![ \t])|(?<!\\)"/;
const ESCAPED_FOLD = /(?:\\r)?\\n[ \t]/g;

/** Splits "params:value" at the first ':' outside double quotes. */
function splitAtValue(line: string): { params: string; value: string } | null {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return { params: line.slice(0, i), value: line.slice(i + 1) };
  }
  return null;
}

/** A property's components split at unescaped ';' (RFC 6350 3.4). */
function components(value: string): string[] {
  return value.split(/(?<!\\);/);
}

/** A value's text without trailing white space, and that space. */
function trimmed(value: string): [string, string] {
  const text = value.replace(/[ \t]+$/, '');
  return [text, value.slice(text.length)];
}

/** A URL or handle kept by its scheme (https://, skype:, xmpp:), the rest a user placeholder. */
function handle(c: MatchContext, value: string): string {
  const [text, space] = trimmed(value);
  const parts = /^((?:[a-z][a-z0-9+.-]*:(?:\/\/)?)?)(.*)$/i.exec(text)!;
  const rest = parts[2]!;
  if (!rest) return value;
  if (/^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(rest)) return `${parts[1]}${simple(c, 'email', rest.toLowerCase())}${space}`;
  return `${parts[1]}${simple(c, 'user', rest.replace(/\/+$/, '').toLowerCase())}${space}`;
}

/** An e-mail value (mailto: kept), or a non-mail calendar address (urn:uuid:...) as it is. */
function mailAddress(c: MatchContext, value: string): string {
  const parts = /^((?:mailto:)?)([^\s"@]+@[^\s"]+?)(\s*)$/i.exec(value);
  return parts ? `${parts[1]}${simple(c, 'email', parts[2]!.toLowerCase())}${parts[3]}` : value;
}

/** A name value (a display name, a nickname): the whole text, unquoted. */
function name(c: MatchContext, value: string): string {
  const [text, space] = trimmed(value);
  const quoted = /^"(.*)"$/.exec(text);
  const inner = quoted ? quoted[1]! : text;
  if (!inner.trim()) return value;
  const placeholder = simple(c, 'name', inner.replace(/\\([,;])/g, '$1'));
  return `${quoted ? `"${placeholder}"` : placeholder}${space}`;
}

/** GEO:lat;lon (vCard 3, iCalendar) or geo:lat,lon (vCard 4): one position. */
function position(c: MatchContext, value: string): string | null {
  const parts = /^(geo:)?(-?\d{1,3}(?:\.\d+)?)[;,](-?\d{1,3}(?:\.\d+)?)(.*)$/i.exec(value.trim());
  return parts ? `${parts[1] ?? ''}${simple(c, 'location', `${Number(parts[2])},${Number(parts[3])}`)}${parts[4]}` : null;
}

/** Parameters that name a person or an address: CN (iCalendar), EMAIL (RFC 7986), SENT-BY, X-ADDRESS. */
function replaceParameters(c: MatchContext, params: string): string {
  return params.replace(/;([A-Za-z-]+)=("[^"]*"|[^;:]*)/g, (whole, key: string, value: string) => {
    const upper = key.toUpperCase();
    if (upper === 'CN' || upper === 'X-ABLABEL-NAME') return `;${key}=${name(c, value)}`;
    if (upper === 'EMAIL') return `;${key}=${mailAddress(c, value)}`;
    if (upper === 'SENT-BY' || upper === 'DELEGATED-TO' || upper === 'DELEGATED-FROM' || upper === 'MEMBER') {
      return `;${key}=${value.replace(/mailto:[^",\s]+/gi, (mail) => `mailto:${simple(c, 'email', mail.slice(7).toLowerCase())}`)}`;
    }
    if (upper === 'X-ADDRESS' || upper === 'LABEL') {
      const inner = value.replace(/^"|"$/g, '');
      return inner.trim() ? `;${key}=${value.startsWith('"') ? `"${simple(c, 'street-address', inner)}"` : simple(c, 'street-address', inner)}` : whole;
    }
    return whole;
  });
}

/** The value of a property, by its name; null when nothing in it is private. */
function replaceValue(c: MatchContext, property: string, value: string): string | null {
  if (!value.trim()) return null;
  switch (property) {
    case 'N':
      // Family; given; additional names; prefixes; suffixes (the last two, Dr. and Jr., stay).
      return components(value).map((part, i) => (i < 3 && part.trim() ? part.split(/(?<!\\),/).map((each) => (each.trim() ? name(c, each) : each)).join(',') : part)).join(';');
    case 'FN':
    case 'NICKNAME':
    case 'SORT-STRING':
    case 'CONTACT':
    case 'RELATED':
      return /^(?:urn:uuid:|https?:|mailto:)/i.test(value) ? (value.startsWith('mailto:') ? mailAddress(c, value) : null) : name(c, value);
    case 'ADR':
      // PO box; extended address; street; locality; region; postal code; country (kept).
      return components(value).map((part, i) => (!part.trim() || i > 5 ? part : simple(c, i === 5 ? 'postal-code' : 'street-address', part.trim()))).join(';');
    case 'LABEL':
      return simple(c, 'street-address', value.trim());
    case 'TEL': {
      const parts = /^((?:tel:)?)([^;]*)(.*)$/i.exec(value.trim())!;
      const digits = parts[2]!.replace(/\D/g, '');
      if (digits.length < 3) return null;
      const ext = parts[3]!.replace(/;ext=(\d+)/i, (_, n: string) => `;ext=${simple(c, 'extension', n)}`);
      return `${parts[1]}${isPhoneNumber(parts[2]!) ? phone(c, parts[2]!) : simple(c, 'phone', parts[2]!)}${ext}`;
    }
    case 'EMAIL':
      return mailAddress(c, value);
    case 'BDAY':
      return /\d/.test(value) ? simple(c, 'birth-date', value.trim()) : null;
    case 'IMPP':
    case 'URL':
      return handle(c, value);
    case 'GEO':
      return position(c, value);
    case 'ATTENDEE':
    case 'ORGANIZER':
      return mailAddress(c, value);
    case 'LOCATION':
      return STREET_LIKE.test(value) ? simple(c, 'street-address', value.trim()) : null;
    default:
      if (X_NAME.test(property)) return name(c, value);
      if (X_HANDLE.test(property) || X_URL.test(property)) return handle(c, value);
      if (X_ADDRESS.test(property)) return position(c, value);
      return null;
  }
}

/** A property line (unfolded, from its name on) with its private parts replaced, or null. */
function propertyLine(c: MatchContext, line: string, context: () => boolean): string | null {
  const named = NAME_HERE.exec(line);
  if (!named) return null;
  const property = named[1]!.toUpperCase();
  const split = splitAtValue(line.slice(named[0].length));
  if (!split) return null;
  // Names a log line may also start with (URL: https://..., TEL: ...) count without parameters only
  // inside a card or event (N also by its components).
  const bare = split.params === '' && AMBIGUOUS.has(property) && !(property === 'N' && split.value.includes(';'));
  if (bare && !context()) return null;
  const [, pad, body] = /^([ \t]*)([^]*)$/.exec(split.value)!;
  const params = PARAMETERS_READ.has(property) || /^X-/.test(property) ? replaceParameters(c, split.params) : split.params;
  const value = replaceValue(c, property, body!);
  if (value === null && params === split.params) return null;
  return `${named[0]}${params}:${value === null ? split.value : pad + value}`;
}

/**
 * The property's line after the line break the scan matched, with its private parts replaced, or
 * null. At the text's first line break, the line before it too: a piece of a stream starts at a
 * line's start with no break before it (a rule from every capital to find it cost the name pass
 * ~6 ms per 8 MB).
 */
function replaceProperty(c: MatchContext, escaped: boolean): string | null {
  if (c.profile === 'minimal') return null;
  const inCard = (): boolean => IN_CARD_BEFORE.test(c.textBefore(4096)) || IN_CARD_AFTER.test(c.textAfter(0, 4096));
  const { raw, line } = logicalLine(c, 0, escaped);
  const before = escaped ? '' : c.textBefore(1024);
  const first = before.length < 1024 && !/[\r\n]/.test(before.replace(/\r$/, '')) ? propertyLine(c, before.replace(/\r$/, ''), inCard) : null;
  const replaced = propertyLine(c, line, inCard);
  if (replaced === null && first === null) return null;
  if (first !== null) c.takeBefore(/[^\n]/, before.length);
  c.coverAfter(raw.length);
  return `${first === null ? '' : first + before.slice(before.replace(/\r$/, '').length)}${c.group(0)!}${replaced ?? raw}`;
}
