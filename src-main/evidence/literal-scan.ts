/**
 * Finds where any of a set of literals occurs in a text with one scan: all the literals in one
 * regex, written as a trie (`c(?:ode|rashed)|S(?:IP\/2\.0 |SL|egmentation)|...`) so that at each
 * position the engine compares the character with the literals' first characters once, instead of
 * trying every literal in turn. Measured against the passes of eight literals it replaces (each a
 * scan of the whole text) in bench/evidence-scan.bench.ts; docs/perf-notes.md has the figures.
 *
 * Every occurrence is reported, overlapping ones included: after a hit the scan goes on at the
 * next character, and a hit reports the literal found with every shorter literal that starts the
 * same way (the trie prefers the longest).
 */

const escapeLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The alternation of `words` (suffixes at one trie node; '' ends a literal) as regex source, longer continuations first. */
function trieSource(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let ends = false;
  for (const word of words) {
    if (word === '') ends = true;
    else byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word.slice(1)]);
  }
  const branches = [...byFirst].map(([first, rest]) => escapeLiteral(first) + (rest.length === 1 ? escapeLiteral(rest[0]!) : `(?:${trieSource(rest)})`));
  // The empty branch last: where a literal ends and a longer one goes on, the longer is tried first.
  if (ends) branches.push('');
  return branches.join('|');
}

export class LiteralScanner {
  private readonly pattern: RegExp;
  /** For each literal the trie can report: it and every literal that is a prefix of it. */
  private readonly startingHere = new Map<string, readonly string[]>();

  constructor(literals: Iterable<string>) {
    const unique = [...new Set(literals)].filter((literal) => literal.length > 0).sort();
    if (unique.length === 0) throw new Error('LiteralScanner needs at least one literal');
    this.pattern = new RegExp(trieSource(unique), 'g');
    for (const literal of unique) this.startingHere.set(literal, unique.filter((other) => literal.startsWith(other)));
  }

  /** Calls `found` for each position before `limit` where one or more literals start, in text order. */
  scan(text: string, limit: number, found: (index: number, literals: readonly string[]) => void): void {
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null && match.index < limit) {
      found(match.index, this.startingHere.get(match[0])!);
      pattern.lastIndex = match.index + 1;
    }
  }
}
