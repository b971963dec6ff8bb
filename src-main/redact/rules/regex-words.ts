/**
 * Regex sources for lists of words (key names, the user's own names): case variants instead of a
 * case-insensitive flag on the whole scan, and factored alternations for lookbehinds.
 */

/** "password" -> "password|Password|PASSWORD": cheaper than a case-insensitive flag on the whole scan. */
export function caseVariants(words: readonly string[]): string {
  const variants = new Set<string>();
  for (const w of words) for (const v of [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase(), w.toLowerCase()]) variants.add(v);
  // Longest first so "access_token" wins over "token" at the same position.
  return [...variants].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * An alternation of words factored by common endings or beginnings: each character is tested once
 * instead of every word in turn. Alternatives that are a prefix (suffix) of another come through an
 * optional group.
 */
function factoredAlternation(words: readonly string[], fromEnd: boolean): string {
  const unique = [...new Set(words)];
  if (unique.length === 1) return escapeRegExp(unique[0]!);
  const byChar = new Map<string, string[]>();
  let optional = false;
  for (const word of unique) {
    if (word === '') optional = true;
    else {
      const char = fromEnd ? word.slice(-1) : word[0]!;
      const rest = fromEnd ? word.slice(0, -1) : word.slice(1);
      const rests = byChar.get(char);
      if (rests) rests.push(rest);
      else byChar.set(char, [rest]);
    }
  }
  const parts = [...byChar].map(([char, rests]) => {
    if (rests.length === 1 && rests[0] === '') return escapeRegExp(char);
    const rest = factoredAlternation(rests, fromEnd);
    return fromEnd ? `${rest}${escapeRegExp(char)}` : `${escapeRegExp(char)}${rest}`;
  });
  const body = parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  return optional ? `(?:${body})?` : body;
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

/** The case variants of words (as caseVariants), unescaped. */
export function caseVariantList(words: readonly string[]): string[] {
  return caseVariants(words).split('|').map((w) => w.replace(/\\(.)/g, '$1'));
}

/** The case variants of words (as caseVariants) as one factored alternation for a lookbehind. */
export function keyAlternation(words: readonly string[]): string {
  return suffixAlternation(caseVariantList(words));
}

/** Escapes text for use inside a RegExp source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
