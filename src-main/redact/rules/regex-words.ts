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

/** A node of a trie of words (read from their ends when factored by endings). */
interface TrieNode {
  children: Map<string, TrieNode>;
  /** A word ends here. */
  end: boolean;
  /** How many distinct words end at or below this node. */
  words: number;
}

function trieNode(): TrieNode {
  return { children: new Map(), end: false, words: 0 };
}

/** The trie of `words`, children in the order their first word comes. */
function buildTrie(words: readonly string[], fromEnd: boolean): TrieNode {
  const root = trieNode();
  const path: TrieNode[] = [];
  for (const word of words) {
    let node = root;
    path.length = 0;
    path.push(root);
    for (let i = 0; i < word.length; i++) {
      const char = word[fromEnd ? word.length - 1 - i : i]!;
      let child = node.children.get(char);
      if (!child) node.children.set(char, (child = trieNode()));
      node = child;
      path.push(node);
    }
    if (node.end) continue;
    node.end = true;
    for (const onPath of path) onPath.words++;
  }
  return root;
}

/** The one word below a node that has one (its characters in reading order). */
function onlyWord(node: TrieNode, fromEnd: boolean): string {
  let chars = '';
  for (let at = node; !at.end; ) {
    const [char, child] = at.children.entries().next().value!;
    chars = fromEnd ? char + chars : chars + char;
    at = child;
  }
  return chars;
}

/** The alternation of the words below a node: one word as it is, more factored by their next character. */
function alternation(node: TrieNode, fromEnd: boolean): string {
  if (node.words === 1) return escapeRegExp(onlyWord(node, fromEnd));
  const parts = [...node.children].map(([char, child]) => {
    const rest = alternation(child, fromEnd);
    return fromEnd ? `${rest}${escapeRegExp(char)}` : `${escapeRegExp(char)}${rest}`;
  });
  const body = parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/**
 * An alternation of words factored by common endings or beginnings: each character is tested once
 * instead of every word in turn. Alternatives that are a prefix (suffix) of another come through an
 * optional group. Built from a trie: splitting the word lists again at every character cost ~60 ms
 * of each process's start once the rules held ~10 000 spellings.
 */
function factoredAlternation(words: readonly string[], fromEnd: boolean): string {
  return alternation(buildTrie(words, fromEnd), fromEnd);
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
