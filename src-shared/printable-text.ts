/**
 * Text from outside (a request link, typed flags, a bundle, file names) made safe to show a person
 * on a terminal, in a plain-text file or on a screen: C0/C1 control characters, the bidirectional
 * overrides that reorder what is shown, and the other invisible formatting characters (zero-width
 * spaces and joiners, the soft hyphen, word joiners, BOM, tag characters) become visible escapes. A crafted value could otherwise use "\r" or
 * escape sequences to paint "OK" over "FAILED", set the terminal's clipboard (OSC 52), or make a
 * name read backwards. JSON output keeps the exact text (JSON escapes it itself).
 */

// C0/C1 controls, DEL, the soft hyphen, bidi marks, embeddings, overrides and isolates, zero-width
// spaces and joiners, the line/paragraph separators, word joiners and invisible operators, the
// deprecated format controls, the BOM, interlinear annotation marks and the tag characters.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;
const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(c: string): string {
  const code = c.codePointAt(0)!;
  return ESCAPES[c] ?? (code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** `text` with every control, bidi-override and invisible formatting character written as a visible escape (\n, \u001b, \u200b). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape);
}

/** Like printable, but keeps line breaks ("\n", and "\r\n" as "\n"): for multi-line text shown as it is (a file preview). */
export function printableLines(text: string): string {
  return text.split(/\r?\n/).map(printable).join('\n');
}

/**
 * A copy of `value` with printable() applied to every string in it (arrays and plain objects,
 * recursively): for showing a whole record that came from outside (a bundle's inspection result).
 */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => printableDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableDeep(item)])) as T;
  }
  return value;
}
