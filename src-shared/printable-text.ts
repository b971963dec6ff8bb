/**
 * Text from outside (a request link, typed flags, a bundle, file names) made safe to show a person
 * on a terminal or in a plain-text file: C0/C1 control characters and the bidirectional overrides
 * that reorder what is shown become visible escapes. A crafted value could otherwise use "\r" or
 * escape sequences to paint "OK" over "FAILED", set the terminal's clipboard (OSC 52), or make a
 * name read backwards. JSON output keeps the exact text (JSON escapes it itself).
 */

// C0/C1 controls, DEL, bidi marks, embeddings, overrides and isolates, and the line/paragraph separators.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control and bidi-override character written as a visible escape (\n, \u001b). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
