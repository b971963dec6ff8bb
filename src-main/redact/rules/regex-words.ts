/**
 * Regex sources for lists of words (key names, the user's own names): case variants instead of a
 * case-insensitive flag on the whole scan, and factored alternations for lookbehinds.
 */

/** "password" -> "password|Password|PASSWORD": cheaper than a case-insensitive flag on the whole scan. */
export function caseVariants(words: readonly string[]): string {
  return caseVariantList(words).map(escapeRegExp).join('|');
}

/** The case variants of words (as caseVariants), unescaped: longest first, so "access_token" wins over "token" at the same position. */
export function caseVariantList(words: readonly string[]): string[] {
  const variants = new Set<string>();
  for (const w of words) {
    variants.add(w);
    variants.add(w[0]!.toUpperCase() + w.slice(1));
    variants.add(w.toUpperCase());
    variants.add(w.toLowerCase());
  }
  return [...variants].sort((a, b) => b.length - a.length);
}

/** The text backwards (the words are latin1 bytes or BMP text: no surrogate pairs to keep together). */
function reversed(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/** A character that means something in a RegExp source, as escapeRegExp escapes it. */
const SPECIAL = new Set('.*+?^${}()|[]\\/-');

/** One character, escaped when it is special (called once per trie node: cheaper than a replace). */
function escapeChar(char: string): string {
  return SPECIAL.has(char) ? `\\${char}` : char;
}

/**
 * The alternation of keys[lo..hi), sorted keys sharing their first `depth` characters: one key as it
 * is, more factored by their next character (a key that ends at `depth` makes the rest optional).
 * Keys are the words, reversed when factored by endings.
 */
function alternation(keys: readonly string[], lo: number, hi: number, depth: number, fromEnd: boolean): string {
  if (hi === lo) return '(?:)';
  if (hi - lo === 1) {
    const rest = keys[lo]!.slice(depth);
    return escapeRegExp(fromEnd ? reversed(rest) : rest);
  }
  let i = lo;
  const optional = keys[i]!.length === depth;
  if (optional) i++;
  const parts: string[] = [];
  while (i < hi) {
    const char = keys[i]![depth]!;
    let j = i + 1;
    while (j < hi && keys[j]![depth] === char) j++;
    const rest = j - i === 1 && keys[i]!.length === depth + 1 ? '' : alternation(keys, i, j, depth + 1, fromEnd);
    parts.push(fromEnd ? `${rest}${escapeChar(char)}` : `${escapeChar(char)}${rest}`);
    i = j;
  }
  const body = parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  return optional ? `(?:${body})?` : body;
}

/**
 * An alternation of words factored by common endings or beginnings: each character is tested once
 * instead of every word in turn. Alternatives that are a prefix (suffix) of another come through an
 * optional group. Built over the sorted words (siblings start with different characters, so their
 * order does not change what matches): splitting the word lists again at every character, or a
 * trie of Map nodes, cost 40-60 ms of each process's start once the rules held ~10 000 spellings.
 */
function factoredAlternation(words: readonly string[], fromEnd: boolean): string {
  const keys = [...new Set(words)].map((word) => (fromEnd ? reversed(word) : word)).sort();
  return alternation(keys, 0, keys.length, 0, fromEnd);
}

/**
 * An alternation of words for use inside a lookbehind, factored by common endings ("callerNumber",
 * "calleeNumber" -> "(?:(?:caller|callee)Number)"): a lookbehind matches backwards, so a factored
 * form checks each last character once instead of trying every word in turn (the key rules run at
 * every ':' and '=' of a log, and ~200 words one by one made them the slowest rules).
 */
export function suffixAlternation(words: readonly string[]): string {
  return factoredAlternation(words, true);
}

/**
 * An alternation of words factored by common beginnings ("Audio", "Auto" -> "Au(?:dio|to)"), for a
 * lookahead (the person-name rule tests ~300 technical words at every capitalised word of a log).
 */
export function prefixAlternation(words: readonly string[]): string {
  return factoredAlternation(words, false);
}

/** The case variants of words (as caseVariants) as one factored alternation for a lookbehind. */
export function keyAlternation(words: readonly string[]): string {
  return suffixAlternation(caseVariantList(words));
}

/** Escapes text for use inside a RegExp source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
