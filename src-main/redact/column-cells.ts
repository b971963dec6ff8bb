/**
 * A table cell judged by its column's kind (column-kinds.ts): the value a header announces gets the
 * placeholder it would get after the same JSON key (keyedValue), so a number in a Phone column and
 * the same number in a log line are one <phone-n>. A cell that does not fit its kind is left to the
 * text rules, which run over every line after the columns are read (notes, URLs, e-mail addresses
 * in a user column, an IP written dotted).
 */
import type { ColumnKind } from './column-kinds.js';
import { foldWord } from './name-lexicon.js';
import type { PlaceholderIssuer } from './placeholders.js';
import { isPublicServiceNumber } from './public-service-numbers.js';
import { keyedValue } from './redaction-keys.js';
import { looksLikeToken } from './token-entropy.js';
import { extensionPlaceholder, macPlaceholder, simplePlaceholder } from './typed-placeholders.js';

/** A dotted word with no space: a host name or address (us01sip.zoom.us, 10.0.0.5), not a person's name. */
const HOST_SHAPED = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+\.?$/;
/** Cells that hold no one and nothing. */
const NOTHING = /^(?:anonymous|unknown|unavailable|restricted|private|withheld|n\/a|na|none|null|nil|undefined|-+|\*+|0)$/i;
/** Cisco device names: a phone, an ATA or a gateway port by its MAC; a soft client or a mobile device by its user (CSFjdoe, TCTjdoe, BOTjdoe, TABjdoe). */
const MAC_DEVICE = /^(SEP|ATA|AN|BAT|SKIGW)([0-9A-Fa-f]{12})$/;
const USER_DEVICE = /^(CSF|TCT|BOT|TAB)([A-Za-z0-9._-]{2,})$/;
/** A dotted IPv4 address or a time: never a phone number, whatever column it is in. */
const NOT_A_NUMBER = /^\d{1,3}(?:\.\d{1,3}){3}$|^\d{1,2}:\d{2}/;

/** A caller id with its name: "Marta Nowak" <4155550177>. */
const CALLER_ID = /^"([^"<>]*)"[ ]*<([^<>]*)>$/;

/** What judges a cell: the bundle's placeholders, the text rules (for values decoded from a column's storage form), the profile. */
export interface CellJudge {
  placeholders: PlaceholderIssuer;
  redactText: (text: string) => { text: string; count: number };
  /** The minimal profile: only secrets go. */
  secretsOnly: boolean;
}

/** The placeholder of a cell's value (unquoted, trimmed, latin1 bytes of UTF-8) in a column of `kind`, or null to leave it to the rules. */
export function cellPlaceholder(kind: ColumnKind, value: string, judge: CellJudge): string | null {
  if (value === '') return null;
  const { placeholders } = judge;
  if (kind === 'secret') return /^(?:\*+|-+)$/.test(value) ? null : simplePlaceholder(placeholders, 'secret', value);
  if (kind === 'token') return looksLikeToken(value) ? simplePlaceholder(placeholders, 'secret', value) : null;
  if (judge.secretsOnly || NOTHING.test(value)) return null;
  switch (kind) {
    case 'name':
      if (!/[A-Za-z\x80-\xff]/.test(value)) return null;
      // An address, a host name or an IP in a name column (From/To/Host of a call or network export)
      // is no one's name: the text rules judge it (a Zoom host stays, a private IP goes).
      if (!/\s/.test(value) && (/@/.test(value) || HOST_SHAPED.test(value))) return null;
      // "Surname, First" and "First Surname" are one person.
      return simplePlaceholder(placeholders, 'name', foldWord(Buffer.from(value, 'latin1').toString('utf8').replace(/^([^,]+),\s*(.+)$/, '$2 $1')));
    case 'user':
      // An e-mail address or a DOMAIN\user is left to the rules that know those shapes.
      return /[A-Za-z\x80-\xff]/.test(value) && !/[@\\\s]/.test(value) ? simplePlaceholder(placeholders, 'user', value.toLowerCase()) : null;
    case 'party':
    case 'phone':
    case 'extension':
      return number(value, kind, judge);
    case 'ip-integer':
      return ipInteger(value, judge);
    case 'device-name':
      return deviceName(value, placeholders);
    default:
      return keyedValue(kind, value, placeholders);
  }
}

/** A party's number: a full number (CUCM escapes the plus: \+14155550123), an extension, or a name in a caller-id column. */
function number(raw: string, kind: 'party' | 'phone' | 'extension', judge: CellJudge): string | null {
  const { placeholders } = judge;
  // A caller id as Asterisk writes it: "Marta Nowak" <4155550177>.
  const callerId = CALLER_ID.exec(raw);
  if (callerId) {
    const name = callerId[1] ? cellPlaceholder('name', callerId[1], judge) : null;
    const num = number(callerId[2]!, kind, judge);
    return name === null && num === null ? null : `"${name ?? callerId[1]}" <${num ?? callerId[2]}>`;
  }
  const value = raw.replace(/^\\\+/, '+');
  if (NOT_A_NUMBER.test(value) || isPublicServiceNumber(value)) return null;
  if (/^\d{2,6}$/.test(value) && kind !== 'phone') return extensionPlaceholder(placeholders, value);
  const keyed = keyedValue(kind === 'extension' ? 'extension' : 'phone', value, placeholders);
  if (keyed !== null || kind === 'extension') return keyed;
  // A short internal number in a phone column is an extension.
  return /^\d{2,6}$/.test(value) ? extensionPlaceholder(placeholders, value) : null;
}

/**
 * CUCM stores an IPv4 address as a signed 32-bit integer of its bytes in little-endian order
 * (10.1.2.3 is 50462986, 192.168.1.20 is 335653056 and 192.168.1.200 is -939415360). The address is
 * decoded and judged by the text rules, so it gets the placeholder the dotted address would, and a
 * public service address (Zoom's ranges) keeps its integer. 0 and -1 are no address.
 */
function ipInteger(value: string, { redactText }: CellJudge): string | null {
  if (!/^-?\d{1,10}$/.test(value)) return null;
  const signed = Number(value);
  if (signed === 0 || signed === -1 || signed < -2147483648 || signed > 4294967295) return null;
  const n = signed >>> 0;
  const dotted = `${n & 255}.${(n >>> 8) & 255}.${(n >>> 16) & 255}.${n >>> 24}`;
  const result = redactText(dotted);
  return result.count === 0 || result.text === dotted ? null : result.text;
}

/** A Cisco device name with its MAC or its user replaced (SEP<mac-1>, CSF<user-2>), a bare MAC, or null for other names. */
function deviceName(value: string, placeholders: PlaceholderIssuer): string | null {
  const byMac = MAC_DEVICE.exec(value);
  if (byMac) return `${byMac[1]}${macPlaceholder(placeholders, byMac[2]!)}`;
  const byUser = USER_DEVICE.exec(value);
  if (byUser) return `${byUser[1]}${simplePlaceholder(placeholders, 'user', byUser[2]!.toLowerCase())}`;
  return macPlaceholder(placeholders, value);
}

/**
 * A raw cell (as written: padding, RFC 4180 quotes) with its value replaced, or null to keep it.
 * The padding and the quotes stay, so the table keeps its layout.
 */
export function replaceCell(raw: string, kind: ColumnKind, judge: CellJudge): string | null {
  const start = raw.length - raw.trimStart().length;
  const end = raw.trimEnd().length;
  const inner = raw.slice(start, end);
  const quoted = inner.length >= 2 && inner.startsWith('"') && inner.endsWith('"');
  const value = (quoted ? inner.slice(1, -1).replace(/""/g, '"') : inner).trim();
  const placeholder = cellPlaceholder(kind, value, judge);
  if (placeholder === null) return null;
  return raw.slice(0, start) + (quoted ? `"${placeholder.replace(/"/g, '""')}"` : placeholder) + raw.slice(end);
}
