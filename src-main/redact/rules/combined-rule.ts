/**
 * Rules that start the same way joined into one rule: the shared start (a digit that follows no
 * word character or dot) is tested once per position, then each rule's rest in order. Six rules of
 * issue 24 each starting with it cost the scan several times what they cost as one (every digit
 * of a log, ~10 % of its characters, ran each rule's start and lookbehind).
 */
import { captureCount } from '../capture-groups.js';
import type { MatchContext, RedactionRule } from './rule-types.js';

/** The start shared by the rules found from a digit. */
export const DIGIT_START = '\\d(?<![A-Za-z0-9.]\\d)';

/**
 * Not a number of a date or time (2026-12-07, 14:53:08, 12/07): no address, card, id, position or
 * vanity number starts there, and timestamps are most of a log's digits (a map link's zoom level is
 * no date: #map=18/41.9395/-87.7331). The lookbehind skips the second and later numbers, the
 * lookahead a timestamp's first (the year of 2026-12-07, the hour of 14:53:08), the two places every
 * log line offers. Tested once before the rules that need it, it took the digit rules' share of the
 * scan from ~88 to ~44 ms per 8 MB of log (docs/perf-notes.md).
 */
// Tested after the first digit (DIGIT_START has taken it): the lookahead sees the year's last three digits.
export const NOT_IN_DATE = '(?<!\\d[:-]\\d|(?<!map=\\d?)\\d/\\d)(?!\\d{3}-\\d\\d-\\d\\d|\\d?:\\d\\d:\\d\\d)';

/** The alternatives at a regex source's top level ('a|(?:b|c)|[|]' -> 'a', '(?:b|c)', '[|]'). */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  return [...alternatives, source.slice(start)];
}

/** True when a regex source has an alternative at its top level ('a|b', not '(?:a|b)' or '[|]'). */
export function hasTopLevelAlternative(source: string): boolean {
  return topLevelAlternatives(source).length > 1;
}

/**
 * One rule for several that all start with `start`; each keeps its own groups and replace. `guard`
 * (a lookaround) is tested once after the start, before any of the rules.
 */
export function combineRules(start: string, rules: readonly RedactionRule[], guard = ''): RedactionRule {
  let base = 1;
  const parts = rules.map((rule) => {
    // A top-level '|' would put the start before only its first alternative.
    if (!rule.pattern.startsWith(start) || hasTopLevelAlternative(rule.pattern)) throw new Error(`rule for ${rule.category} does not start with the shared start in every alternative`);
    const rest = rule.pattern.slice(start.length);
    const part = { rule, base, source: `(${rest})` };
    base += 1 + captureCount(rest);
    return part;
  });
  return {
    category: rules[0]!.category,
    profiles: rules[0]!.profiles,
    pattern: `${start}${guard}(?:${parts.map((part) => part.source).join('|')})`,
    replace: (c) => {
      const part = parts.find((candidate) => c.group(candidate.base) !== undefined)!;
      const context: MatchContext = { ...c, group: (k) => (k === 0 ? c.group(0) : c.group(part.base + k)) };
      return part.rule.replace(context);
    },
  };
}
