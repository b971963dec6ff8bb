/**
 * URL-encoded values of query strings and form bodies: `?who=Ahmet%20Y%C4%B1lmaz`,
 * `search=Ay%C5%9Fe+Demir`, `search=John+Smith` ('+' for a space), `q=%2B44%207700%20900123`. The
 * escapes hide the value's words from the rules, which would know it by its key. Each `key=value`
 * whose value holds an escape or a '+' between letters is decoded and redacted with its key
 * (`who=Ahmet Yılmaz`); a replaced value is encoded again around its placeholders, which stay
 * readable as in the rest of the bundle (`who=<name-1>`).
 *
 * Found from a '%' followed by two hex digits or a '+' between two letters, with indexOf: a log's
 * "loss 1.98%" or "+0000" costs a call and a character test (~70 ns), text without either one memchr.
 * A value joined by '+' alone (search=John+Smith) is looked for only in a query (after '?') or a
 * form of several fields ('&').
 */
import type { TextRules } from './text-rules.js';
import { saysSecret, secretKeyKind } from './redaction-keys.js';

/** Where a URL or form body ends: white space, quotes, brackets, a backslash (JSON's \" or \u0026). */
function endsToken(code: number): boolean {
  return code <= 32 || code === 34 || code === 39 || code === 60 || code === 62 || code === 92 || code === 96 || code === 123 || code === 125 || code === 124;
}

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0x80;
}

/** The most characters walked back or on from a hit to find its URL's ends. */
const MAX_TOKEN = 4096;

/** A parameter: its key and value, the value holding an escape or a '+'. */
// The value ends at '?' too: a SIP URI's headers follow its parameters (user=phone?P-Asserted-Identity=...).
const PARAMETER = /(^|[?&;])([A-Za-z0-9_.[\]-]{1,64})=([^&;#?]*)/g;
/** What makes a value worth decoding: an escape, or words joined by '+' (a base64 value with '+' in it is no such thing). */
const ENCODED = /%[0-9A-Fa-f]{2}|^[A-Za-z\x80-\xff][a-z\x80-\xff'.-]*(?:\+[A-Za-z\x80-\xff][a-z\x80-\xff'.-]*)+$/;

/** A secret's key: the key rule takes its raw value whole, which a decoded value cut at a space would not be. */
function secretKey(key: string): boolean {
  return saysSecret(key) || secretKeyKind(key) === 'token';
}

/** Percent-decodes a value to its bytes (latin1 characters); '+' is a space in query strings and forms. */
function decodeValue(value: string): string {
  return value.replace(/\+/g, ' ').replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A placeholder as the issuer writes it (<name-1>, <phone:+44:10d-2>): kept as it is inside an encoded value. */
const PLACEHOLDER = /<[a-z][a-z0-9:+._-]*-\d+>/g;
/** Characters an encoded value keeps as they are (RFC 3986 unreserved). */
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * Encodes a redacted value again: placeholders as they are, spaces as the original wrote them, and
 * characters the original wrote unescaped (sip:, a path's '/') unescaped again.
 */
function encodeValue(value: string, original: string): string {
  const plusForSpace = original.includes('+') && !original.includes('%20');
  const raw = new Set(original.replace(/%[0-9A-Fa-f]{2}/g, '').replace(/[+%]/g, ''));
  let out = '';
  let last = 0;
  const encodePart = (part: string): string => {
    let encoded = '';
    for (let i = 0; i < part.length; i++) {
      const char = part[i]!;
      encoded += UNRESERVED.test(char) || raw.has(char) ? char : char === ' ' && plusForSpace ? '+' : `%${part.charCodeAt(i).toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return encoded;
  };
  for (const match of value.matchAll(PLACEHOLDER)) {
    out += encodePart(value.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + encodePart(value.slice(last));
}

/** Redacts the encoded parameters of one URL or form body; null when nothing changed. */
function redactToken(token: string, rules: TextRules): { text: string; count: number } | null {
  let count = 0;
  const text = token.replace(PARAMETER, (whole, lead: string, key: string, value: string) => {
    if (!ENCODED.test(value) || secretKey(key)) return whole;
    const result = rules(`${key}=${decodeValue(value)}`);
    if (result.count === 0 || !result.text.startsWith(`${key}=`)) return whole;
    count += result.count;
    return `${lead}${key}=${encodeValue(result.text.slice(key.length + 1), value)}`;
  });
  return count === 0 ? null : { text, count };
}

/** The next '%XX' or letter+letter ('+' only when `plus`) at or after `from`, -1 when none. */
function nextHit(text: string, from: number, plus: boolean): number {
  let percent = text.indexOf('%', from);
  while (percent >= 0 && !(isHex(text.charCodeAt(percent + 1)) && isHex(text.charCodeAt(percent + 2)))) percent = text.indexOf('%', percent + 1);
  const limit = percent < 0 ? text.length : percent;
  let at = plus ? text.indexOf('+', from) : -1;
  while (at >= 0 && at < limit && !(isLetter(text.charCodeAt(at - 1)) && isLetter(text.charCodeAt(at + 1)))) at = text.indexOf('+', at + 1);
  return at >= 0 && at < limit ? at : percent;
}

/** Redacts URL-encoded values in `text`; text without them is returned as it is. */
export function redactUrlEncodedValues(text: string, rules: TextRules): { text: string; count: number } {
  let out = '';
  let emitted = 0;
  let count = 0;
  // Words joined by '+' are looked for only in text with a query or a form of several fields: every
  // '+' is a call (a log with a phone number on each line: ~1 ms per 8 MB).
  const plus = text.includes('?') || text.includes('&');
  for (let hit = nextHit(text, 0, plus); hit >= 0; ) {
    let start = hit;
    while (start > emitted && hit - start < MAX_TOKEN && !endsToken(text.charCodeAt(start - 1))) start--;
    let end = hit + 1;
    while (end < text.length && end - hit < MAX_TOKEN && !endsToken(text.charCodeAt(end))) end++;
    const result = text.indexOf('=', start) < end ? redactToken(text.slice(start, end), rules) : null;
    if (result !== null) {
      count += result.count;
      out += text.slice(emitted, start) + result.text;
      emitted = end;
    }
    hit = nextHit(text, end, plus);
  }
  return emitted === 0 ? { text, count } : { text: out + text.slice(emitted), count };
}
