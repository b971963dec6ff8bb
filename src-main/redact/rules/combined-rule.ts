/**
 * Rules that start the same way joined into one rule: the shared start (a digit that follows no
 * word character or dot) is tested once per position, then each rule's rest in order. Six rules of
 * issue 24 each starting with it cost the scan several times what they cost as one (every digit
 * of a log, ~10 % of its characters, ran each rule's start and lookbehind).
 */
import type { MatchContext, RedactionRule } from './rule-types.js';

/** The start shared by the rules found from a digit. */
export const DIGIT_START = '\\d(?<![A-Za-z0-9.]\\d)';

/** How many capture groups a regex source has. */
function groupCount(source: string): number {
  return new RegExp(`${source}|`).exec('')!.length - 1;
}

/** One rule for several that all start with `start`; each keeps its own groups and replace. */
export function combineRules(start: string, rules: readonly RedactionRule[]): RedactionRule {
  let base = 1;
  const parts = rules.map((rule) => {
    if (!rule.pattern.startsWith(start)) throw new Error(`rule for ${rule.category} does not start with the shared start`);
    const rest = rule.pattern.slice(start.length);
    const part = { rule, base, source: `(${rest})` };
    base += 1 + groupCount(rest);
    return part;
  });
  return {
    category: rules[0]!.category,
    profiles: rules[0]!.profiles,
    pattern: `${start}(?:${parts.map((part) => part.source).join('|')})`,
    replace: (c) => {
      const part = parts.find((candidate) => c.group(candidate.base) !== undefined)!;
      const context: MatchContext = { ...c, group: (k) => (k === 0 ? c.group(0) : c.group(part.base + k)) };
      return part.rule.replace(context);
    },
  };
}
