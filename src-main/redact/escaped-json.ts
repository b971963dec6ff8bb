/**
 * JSON inside a JSON string: HAR files' `"text":"{\"sipPassword\":\"...\"}"`, logs'
 * `body="{\"voicemailPin\":\"...\"}"`. The key rule reads `"key":` and `key=`, not `\"key\":`, so the
 * escaped object's keys find nothing. A string literal that starts an escaped object or array
 * (`"{\"`, `"[{\"`) is unescaped, redacted (with escaped JSON inside it unescaped in turn), and escaped
 * again when something was replaced, so the file stays valid JSON. `\uXXXX` escapes come back as the
 * UTF-8 bytes they stand for (valid JSON still); a literal with a lone surrogate is left alone.
 */
import type { TextRules } from './text-rules.js';

/** The most nested levels of escaped JSON decoded (each level doubles the backslashes). */
const MAX_DEPTH = 4;

/** The latin1 form of a code point's UTF-8 bytes. */
function utf8Bytes(codePoint: number): string {
  return Buffer.from(String.fromCodePoint(codePoint), 'utf8').toString('latin1');
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** A JSON string literal's content unescaped (latin1 characters of UTF-8), or null when it is not valid JSON. */
export function unescapeJsonString(content: string): string | null {
  let out = '';
  for (let i = 0; i < content.length; i++) {
    const char = content[i]!;
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = content[++i];
    if (next === undefined) return null;
    if (next !== 'u') {
      const simple = SIMPLE_ESCAPES[next];
      if (simple === undefined) return null;
      out += simple;
      continue;
    }
    const unit = parseInt(content.slice(i + 1, i + 5), 16);
    if (!/^[0-9A-Fa-f]{4}$/.test(content.slice(i + 1, i + 5))) return null;
    i += 4;
    if (unit >= 0xd800 && unit < 0xdc00) {
      const low = content.slice(i + 1, i + 7);
      const lowUnit = parseInt(low.slice(2), 16);
      if (!/^\\u[Dd][C-Fc-f][0-9A-Fa-f]{2}$/.test(low)) return null;
      out += utf8Bytes(0x10000 + ((unit - 0xd800) << 10) + (lowUnit - 0xdc00));
      i += 6;
    } else if (unit >= 0xdc00 && unit < 0xe000) {
      return null;
    } else {
      out += utf8Bytes(unit);
    }
  }
  return out;
}

/** Escapes latin1 characters (UTF-8 bytes) as a JSON string's content; bytes above 0x7F stay as they are. */
export function escapeJsonString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const char = text[i]!;
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return out;
}

/** Where the string literal that opens at `quote` ends (its closing quote), -1 when it does not end on this line. */
function literalEnd(text: string, quote: number): number {
  for (let i = quote + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) i++;
    else if (code === 34) return i;
    else if (code === 10) return -1;
  }
  return -1;
}

/** Where bare escaped JSON starting before `escape` ends: at an unescaped quote, or the line's end (before its '\r'). */
function bareEnd(text: string, escape: number): number {
  let i = escape;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) i++;
    else if (code === 34 || code === 10) break;
  }
  const end = Math.min(i, text.length);
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** The opening quote of a literal whose escaped JSON starts just before `escape` (`"{\"`, `"[{\"`, `"[\"`), -1 when none. */
function openingQuote(text: string, escape: number): number {
  let i = escape - 1;
  while (i >= 0 && escape - i <= 8 && (text[i] === '{' || text[i] === '[' || text[i] === ' ')) i--;
  if (i === escape - 1 || i < 0 || text[i] !== '"') return -1;
  // The quote must open a literal, not close an escaped one (\").
  return text[i - 1] === '\\' ? -1 : i;
}

/** Redacts the escaped JSON inside string literals of `text`; text without `\"` is returned as it is. */
export function redactEscapedJson(text: string, rules: TextRules, depth = 0): { text: string; count: number } {
  let out = '';
  let emitted = 0;
  let count = 0;
  for (let escape = text.indexOf('\\"'); escape >= 0; ) {
    const quote = openingQuote(text, escape);
    // Escaped JSON printed without its string's quotes ({\"pin\":\"4821\"} in a log line) runs to the line's end.
    const bare = quote < 0 && (text[escape - 1] === '{' || text[escape - 1] === '[') ? escape - 1 : -1;
    const end = quote >= 0 ? literalEnd(text, quote) : bare >= 0 ? bareEnd(text, escape) : -1;
    if (end < 0) {
      escape = text.indexOf('\\"', escape + 2);
      continue;
    }
    const start = quote >= 0 ? quote + 1 : bare;
    const inner = unescapeJsonString(text.slice(start, end));
    if (inner !== null) {
      const nested = depth + 1 < MAX_DEPTH && inner.includes('\\"') ? redactEscapedJson(inner, rules, depth + 1) : { text: inner, count: 0 };
      const result = rules(nested.text);
      if (nested.count + result.count > 0) {
        count += nested.count + result.count;
        out += `${text.slice(emitted, start)}${escapeJsonString(result.text)}`;
        emitted = end;
      }
    }
    escape = text.indexOf('\\"', end + 1);
  }
  return emitted === 0 ? { text, count } : { text: out + text.slice(emitted), count };
}
