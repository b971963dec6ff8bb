/**
 * Reads the adapter headings of `ipconfig /all` (Windows): a line at the left margin, "<kind
 * phrase> <adapter name>:" (" :" in French), in the display language. The adapter names are known
 * (Node lists them), so the phrase is what comes before the name; adapter-kind-words.ts reads it.
 */
import { adapterKindOf } from './adapter-kind-words.js';
import type { LinkFacts } from './link-facts.js';

/** The facts for each of `names` that has a heading, by name. */
export function parseIpconfigAdapters(output: string, names: readonly string[]): Record<string, LinkFacts> {
  const facts: Record<string, LinkFacts> = {};
  // Longest names first: "Ethernet 3" must not be read as "Ethernet".
  const byLength = [...names].sort((a, b) => b.length - a.length);
  for (const line of output.split(/\r?\n/)) {
    if (/^\s/.test(line) || !/[:：]\s*$/.test(line)) continue;
    const heading = line.replace(/\s*[:：]\s*$/, '');
    const name = byLength.find((n) => heading.endsWith(` ${n}`) && !(n in facts));
    if (!name) continue;
    const phrase = heading.slice(0, heading.length - name.length).trim();
    facts[name] = { kind: adapterKindOf(phrase), said: phrase };
  }
  return facts;
}
