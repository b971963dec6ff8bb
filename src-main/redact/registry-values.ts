/**
 * Windows registry values as `reg query` prints them: `    SipPassword    REG_SZ    value`, the
 * name, type and data apart by four spaces. The value's name decides, as the key of `key: value`
 * does (pair-keys.ts): a password goes, a DisplayName is a person's name, a LogLevel stays.
 * REG_MULTI_SZ lists (`a\0b\0c`) are judged item by item, so a phone number in the list goes
 * even where it is glued to the `\0`. REG_BINARY data goes whole under a secret's name or when it is
 * a DPAPI blob (encrypted with the user's key: a stored credential); binary that holds UTF-16
 * text (recent-file and contact lists) goes when that text holds anything private.
 */
import { pairKind, type PairKind } from './pair-keys.js';
import type { PlaceholderIssuer } from './placeholders.js';
import { keyedValue, tokenKeyValue } from './redaction-keys.js';
import { simplePlaceholder } from './typed-placeholders.js';

/** One `reg query` value line: indent, name, type, data (the data may be empty). */
const VALUE_LINE = /^([ \t]+)(\S(?:[^\t\r\n]*?\S)?)( {4}|\t)(REG_(?:SZ|EXPAND_SZ|MULTI_SZ|BINARY|DWORD|QWORD|NONE|LINK|RESOURCE_LIST|FULL_RESOURCE_DESCRIPTOR|RESOURCE_REQUIREMENTS_LIST|DWORD_BIG_ENDIAN))(?:( {4}|\t)(.*?))?(\r?)$/gm;

/** The header of a DPAPI blob (CRYPTPROTECT: version 1 and the DPAPI provider GUID df9d8cd0-1501-11d1-8c7a-00c04fc297eb), in reg's hex. */
const DPAPI_BLOB = /^01000000D08C9DDF0115D1118C7A00C04FC297EB/i;

/**
 * The registry values of one stream (a file). Its pieces are looked at only once one of them shows
 * `_SZ` (REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ) or the first one a registry key (HKEY_...): a test for
 * "REG_" in every piece of every log cost 1-2 ms per 8 MB, one for "_SZ" ~0.3 ('_' is rarer than 'R').
 */
export class RegistryValues {
  private seen = false;
  private first = true;

  constructor(
    private readonly placeholders: PlaceholderIssuer,
    /** The text rules, for list items and decoded text no name judges. */
    private readonly redactText: (text: string) => { text: string; count: number },
    private readonly secretsOnly: boolean,
  ) {}

  /** Replaces the private data of the registry value lines in `text` (whole lines). */
  redact(text: string): { text: string; count: number } {
    if (!this.seen) this.seen = text.includes('_SZ') || (this.first && text.includes('HKEY_'));
    this.first = false;
    return this.seen ? redactRegistryValues(text, this.placeholders, this.redactText, this.secretsOnly) : { text, count: 0 };
  }
}

/** Replaces the private data of the registry value lines in `text`. */
function redactRegistryValues(text: string, placeholders: PlaceholderIssuer, redactText: (text: string) => { text: string; count: number }, secretsOnly: boolean): { text: string; count: number } {
  if (!text.includes('REG_')) return { text, count: 0 };
  let count = 0;
  const out = text.replace(VALUE_LINE, (whole, indent: string, name: string, gap: string, type: string, gap2: string | undefined, data: string | undefined, cr: string) => {
    if (!data) return whole;
    const kind = pairKind(name);
    const replaced = registryData(type, kind, data, placeholders, redactText, secretsOnly);
    if (replaced === null) return whole;
    count += replaced.count;
    return `${indent}${name}${gap}${type}${gap2}${replaced.text}${cr}`;
  });
  return { text: count === 0 ? text : out, count };
}

/** One value's data with what is private replaced, or null to leave it to the text rules. */
function registryData(type: string, kind: PairKind | null, data: string, placeholders: PlaceholderIssuer, redactText: (text: string) => { text: string; count: number }, secretsOnly: boolean): { text: string; count: number } | null {
  if (type === 'REG_BINARY') {
    const hex = data.trim();
    if (!/^[0-9A-Fa-f]+$/.test(hex)) return null;
    if (kind === 'secret' || kind === 'token' || kind === 'auth' || kind === 'cookie' || DPAPI_BLOB.test(hex)) return { text: simplePlaceholder(placeholders, 'secret', hex.toUpperCase()), count: 1 };
    const decoded = utf16Text(hex);
    return decoded !== null && redactText(decoded).count > 0 ? { text: simplePlaceholder(placeholders, 'secret', hex.toUpperCase()), count: 1 } : null;
  }
  if (type !== 'REG_SZ' && type !== 'REG_EXPAND_SZ' && type !== 'REG_MULTI_SZ') return null;
  const items = type === 'REG_MULTI_SZ' ? data.split('\\0') : [data];
  let count = 0;
  const judged = items.map((item) => {
    const one = itemValue(kind, item, placeholders, secretsOnly) ?? (type === 'REG_MULTI_SZ' && item !== '' ? redactText(item) : null);
    if (one === null) return item;
    if (typeof one === 'string') {
      count++;
      return one;
    }
    count += one.count;
    return one.text;
  });
  return count === 0 ? null : { text: judged.join('\\0'), count };
}

/** An item's placeholder by the value's name, or null. */
function itemValue(kind: PairKind | null, item: string, placeholders: PlaceholderIssuer, secretsOnly: boolean): string | null {
  const value = item.trim();
  if (kind === null || value === '') return null;
  if (kind === 'secret' || kind === 'auth' || kind === 'cookie') return simplePlaceholder(placeholders, 'secret', value);
  if (kind === 'token') return tokenKeyValue(value) ? simplePlaceholder(placeholders, 'secret', value) : null;
  return secretsOnly ? null : keyedValue(kind, value, placeholders);
}

/** Hex data as UTF-16LE text (latin1 bytes of its UTF-8, as the rules read text), or null when it is not printable text. */
function utf16Text(hex: string): string | null {
  if (hex.length < 8 || hex.length % 4 !== 0) return null;
  const text = Buffer.from(hex, 'hex').toString('utf16le').replace(/\0+$/, '');
  if (!/^[^\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]+$/.test(text.replace(/\0/g, '\n'))) return null;
  return Buffer.from(text, 'utf8').toString('latin1');
}
