/**
 * Rules found from one letter, joined as one: `x(?=(?:branch1|branch2|...))`, with no capture group
 * in the scan's regex. The letter (and an optional check of the characters before it) is all the
 * pass sees first, so V8 skips ahead over its text on the first characters alone; each branch
 * starts with literal letters. The groups are read in replace(), by running the matching branch's
 * own regex over the text around the match: every capture group of a pass costs the scan at each
 * place it tries a match (the registers are reset there), and twenty groups of account words cost
 * the rare pass 80 % on logs full of 'u' (docs/perf-notes.md).
 */
import { captureCount, withoutCaptures } from '../capture-groups.js';
import type { MatchContext, RedactionRule } from './rule-types.js';

/** One branch: a regex source read from right after the letter (its groups numbered from 1), and what to do on a match. */
export interface LetterBranch {
  source: string;
  replace(context: MatchContext): string | null;
}

/** The branches after one letter: `letter` a character or class, `gate` a lookbehind checked right after it (or ''). */
export interface LetterGroup {
  letter: string;
  gate?: string;
  branches: readonly LetterBranch[];
}

/**
 * One rule for groups of branches, without a capture group: `(?:x(?<=gate)(?=b1|b2)|y...)`. In
 * replace(), the groups are tried in the same order in JS (the letter and gate, then each branch's
 * own regex with its groups), so the first branch that matches is the one the scan found.
 */
export function firstLetterRule(groups: readonly LetterGroup[], base: Omit<RedactionRule, 'pattern' | 'replace'>): RedactionRule {
  const readers = groups.map((group) => ({
    start: new RegExp(`(?:${group.letter})${group.gate ?? ''}`, 'y'),
    branches: group.branches.map((branch) => ({ branch, reader: new RegExp(branch.source, 'y') })),
  }));
  return {
    ...base,
    pattern: `(?:${groups.map((group) => `(?:${group.letter})${group.gate ?? ''}(?=${group.branches.map((branch) => withoutCaptures(branch.source)).join('|')})`).join('|')})`,
    replace: (c) => {
      const letter = c.group(0)!;
      for (const { start, branches } of readers) {
        if (c.execHere(start) === null) continue;
        for (const { branch, reader } of branches) {
          const groups = c.execHere(reader, letter.length);
          if (groups) return branch.replace({ ...c, group: (k) => (k === 0 ? letter : groups[k]) });
        }
      }
      return null;
    },
  };
}

/**
 * A rule without capture groups (from firstLetterRule) joined in front of another rule as one, with
 * no group added: the other rule's groups keep their numbers, and the pass keeps its number of
 * rules. A match that sets one of the other rule's groups is that rule's. Otherwise it is the first
 * rule's when it starts with `firstStart` (its letter; the other rule may then have an alternative
 * without groups only if that one starts elsewhere), or, with `firstStart` null, when the first
 * rule's own regex matches there (so a group-less alternative of the other rule at the same letter,
 * like the e-mail rule's Go DSN '@', still reaches it). The joined rule runs in `profiles`; the other
 * rule still answers only in its own.
 */
export function inFrontOf(first: RedactionRule, firstStart: RegExp | null, rule: RedactionRule, profiles: RedactionRule['profiles'] = rule.profiles): RedactionRule {
  const groups = captureCount(rule.pattern);
  const firstHere = firstStart === null ? new RegExp(first.pattern, 'y') : null;
  // Joined in more profiles than its own, the other rule is asked only in its own.
  const own = profiles === rule.profiles ? (c: MatchContext) => rule.replace(c) : (c: MatchContext) => (rule.profiles.includes(c.profile) ? rule.replace(c) : null);
  return {
    ...rule,
    profiles,
    pattern: `(?:${first.pattern}|(?:${rule.pattern}))`,
    replace: (c) => {
      for (let k = 1; k <= groups; k++) if (c.group(k) !== undefined) return own(c);
      const isFirst = firstHere === null ? firstStart!.test(c.group(0)!) : c.execHere(firstHere) !== null;
      return isFirst ? first.replace(c) : own(c);
    },
  };
}
