/**
 * The values of a cookie string: a Cookie header (`_zm_ssid=...; JSESSIONID=...`), a Set-Cookie
 * header with its attributes, several Set-Cookie headers joined by ', ' or an escaped newline (HAR
 * exports). Every cookie's value goes (session ids, tracking ids, auth cookies); the cookie names
 * and the attributes (Path, Domain, Expires, HttpOnly...) stay, so an agent still sees which
 * cookies were sent and how they were scoped.
 */
import type { PlaceholderIssuer } from './placeholders.js';
import { simplePlaceholder } from './typed-placeholders.js';

/** Set-Cookie attributes (RFC 6265 section 4.1 and later drafts): they describe a cookie, they are not one. */
const ATTRIBUTES = new Set(['path', 'domain', 'expires', 'max-age', 'secure', 'httponly', 'samesite', 'priority', 'partitioned', 'version', 'comment', 'commenturl', 'discard', 'port']);

/**
 * One name=value (or a lone attribute) after the start or a separator: ';', ',' (joined Set-Cookie
 * headers), a newline or JSON's escaped newline. Expires takes its date whole, comma included.
 */
const COOKIE_PART = /(^|;|,|\\n|\r?\n)([ \t]*)(?:([Ee][Xx][Pp][Ii][Rr][Ee][Ss])=[^;\r\n\\]*|([^\s=;,\\"]+)(=)("[^"\r\n]*"|[^;,\r\n\\]*))/g;

/** Values that hold nothing: a cookie being deleted. */
const EMPTY_VALUE = /^(?:|""|deleted|null|undefined)$/;

/**
 * The cookie string with each cookie's value replaced by its placeholder (quotes kept, trailing
 * spaces kept), or null when it holds no cookie value.
 */
export function cookieValues(text: string, placeholders: PlaceholderIssuer): string | null {
  let changed = false;
  const out = text.replace(COOKIE_PART, (whole, separator: string, space: string, expires: string | undefined, name: string | undefined, equals: string | undefined, raw: string | undefined) => {
    if (expires !== undefined || name === undefined || equals === undefined || ATTRIBUTES.has(name.toLowerCase())) return whole;
    const value = raw!.replace(/[ \t]+$/, '');
    const quoted = value.length >= 2 && value.startsWith('"') && value.endsWith('"');
    const bare = quoted ? value.slice(1, -1) : value;
    if (EMPTY_VALUE.test(bare)) return whole;
    changed = true;
    const placeholder = simplePlaceholder(placeholders, 'cookie', bare);
    return `${separator}${space}${name}=${quoted ? `"${placeholder}"` : placeholder}${raw!.slice(value.length)}`;
  });
  return changed ? out : null;
}

/** True when a string reads as cookies (name=value pairs), not as a single opaque value. */
export function looksLikeCookieString(text: string): boolean {
  return /^[ \t]*[^\s=;,\\"]+=/.test(text);
}

/** One cookie, attribute or Expires date of a cookie string (RFC 6265: a value holds no space, ';', ',' or '\\'). */
const COOKIE_ITEM = /[ \t]*(?:[Ee][Xx][Pp][Ii][Rr][Ee][Ss]=[^;\r\n]*|[^\s=;,\\"]+(?:=(?:"[^"\r\n]*"|[^\s;,\\"]*))?)/y;

/**
 * How long the cookie string at the start of `text` is: its items joined by ';' or ',', up to the
 * first item that is not joined so ("a=1; b=2 | next entry" ends before " | "), so that text after
 * a Cookie header on the same line is left to the other rules.
 */
export function cookieStringLength(text: string): number {
  let end = 0;
  for (;;) {
    COOKIE_ITEM.lastIndex = end;
    const item = COOKIE_ITEM.exec(text);
    if (item === null || item[0].trim() === '') return end;
    end = COOKIE_ITEM.lastIndex;
    if (text[end] !== ';' && text[end] !== ',') return end;
    end++;
  }
}

