/**
 * The rule scan over text: the enabled rules joined into two combined regexes, one for the rules
 * that start on characters rare in logs and one for the rest (together ~25 % faster than one regex
 * of all rules, docs/perf-notes.md), merged so they behave as one: the leftmost match wins, and at
 * the same place the rule listed first. Each match goes to its rule; placeholders are asked of the
 * bundle's issuer. Text is latin1 (one char per byte) so any file's bytes round-trip exactly.
 */
import type { PlaceholderIssuer } from './placeholders.js';
import { BUILT_IN_RULES, literalRule, type ActiveProfile, type MatchContext, type RedactionRule } from './rules/index.js';

/** The rule settings of one bundle (plain data). */
export interface TextRedactionSettings {
  profile: ActiveProfile;
  /** The OS user name (home paths of any user are redacted regardless). */
  username?: string;
  /** This machine's host name. */
  hostname?: string;
  /** Extra values to hide: the user's own name or email as typed in the form. */
  keywords?: string[];
}

// User names so common that replacing every bare occurrence would wreck the logs; their home
// folders are still redacted by the home-path rule.
const GENERIC_USER_NAMES = new Set(['root', 'admin', 'administrator', 'user', 'users', 'guest', 'test', 'home', 'default', 'public', 'shared']);

/** A string as latin1 text of its UTF-8 bytes, the form the rules see file content in. */
export function toLatin1Text(value: string): string {
  return Buffer.from(value, 'utf8').toString('latin1');
}

/** The host name as given and, for a dotted name (pgarcia-mbp.corp.example.com), its first label, which logs also show alone. */
function hostNames(hostname: string): string[] {
  const first = hostname.split('.')[0]!;
  return first !== hostname && first.length >= 3 ? [hostname, first] : [hostname];
}

/** One combined regex over some of the rules, and where each rule's groups start in it. */
interface Pass {
  regex: RegExp;
  rules: { rule: RedactionRule; order: number; groupBase: number }[];
  /** The pass's next match at or after the scan position (null: none left). */
  next: RegExpExecArray | null;
}

function buildPass(rules: { rule: RedactionRule; order: number }[]): Pass | null {
  if (rules.length === 0) return null;
  let base = 1;
  const sources: string[] = [];
  const withGroups = rules.map(({ rule, order }) => {
    const entry = { rule, order, groupBase: base };
    sources.push(`(${rule.pattern})`);
    base += 1 + (new RegExp(`${rule.pattern}|`).exec('')!.length - 1);
    return entry;
  });
  return { regex: new RegExp(sources.join('|'), 'g'), rules: withGroups, next: null };
}

/** The index (into pass.rules) of the rule that made `match`. */
function ruleOf(pass: Pass, match: RegExpExecArray): number {
  let index = 0;
  while (match[pass.rules[index]!.groupBase] === undefined) index++;
  return index;
}

export class TextRedactor {
  private readonly passes: Pass[];

  /**
   * `singlePass` joins all rules into one regex: the behaviour the two passes must reproduce
   * exactly, kept for the equivalence test and `npm run bench -- parts`.
   */
  constructor(
    private readonly settings: TextRedactionSettings,
    private readonly placeholders: PlaceholderIssuer,
    options: { singlePass?: boolean } = {},
  ) {
    const username = settings.username && !GENERIC_USER_NAMES.has(settings.username.toLowerCase()) ? [toLatin1Text(settings.username)] : [];
    // The host name before the user name: "pgarcia-laptop" is one host, not a user and a suffix.
    const literals = [
      literalRule([
        ['host', settings.hostname ? hostNames(toLatin1Text(settings.hostname)) : []],
        ['user', username],
        ['keyword', (settings.keywords ?? []).map((k) => toLatin1Text(k.trim())).filter(Boolean)],
      ]),
    ];
    // Literal values first: a typed name must win over a looser rule starting at the same place.
    const enabled = [...literals, ...BUILT_IN_RULES]
      .filter((rule): rule is RedactionRule => rule !== null && rule.profiles.includes(settings.profile))
      .map((rule, order) => ({ rule, order }));
    const groups = options.singlePass ? [enabled] : [enabled.filter(({ rule }) => rule.rare), enabled.filter(({ rule }) => !rule.rare)];
    this.passes = groups.map(buildPass).filter((pass): pass is Pass => pass !== null);
  }

  /** Redacts latin1 text; returns the text and how many values were replaced. */
  redact(text: string): { text: string; count: number } {
    const passes = this.passes;
    let out = '';
    let emitted = 0;
    const before = this.placeholders.total;
    let match: RegExpExecArray | null;
    let from = 0;
    let base = 0;
    let covered = 0;
    for (const pass of passes) {
      pass.regex.lastIndex = 0;
      pass.next = pass.regex.exec(text);
    }
    const context: MatchContext = {
      group: (k) => match![base + k],
      takeBefore: (test, max = Infinity) => {
        let start = match!.index;
        const floor = Math.max(emitted, start - max);
        while (start > floor && test.test(text[start - 1]!)) start--;
        from = start;
        return text.slice(start, match!.index);
      },
      charBefore: () => (from > 0 ? text[from - 1]! : ''),
      textAfter: (skip, length) => {
        const end = match!.index + match![0].length + skip;
        return text.slice(end, end + length);
      },
      textBefore: (length) => text.slice(Math.max(emitted, match!.index - length), match!.index),
      coverAfter: (length) => {
        covered = length;
      },
      placeholders: this.placeholders,
      profile: this.settings.profile,
    };
    for (;;) {
      // The leftmost match of all passes; at the same place, the rule listed first.
      let pass: Pass | null = null;
      let index = 0;
      for (const candidate of passes) {
        const next = candidate.next;
        if (next === null) continue;
        const candidateIndex = ruleOf(candidate, next);
        if (pass === null || next.index < pass.next!.index || (next.index === pass.next!.index && candidate.rules[candidateIndex]!.order < pass.rules[index]!.order)) {
          pass = candidate;
          index = candidateIndex;
        }
      }
      if (pass === null) break;
      match = pass.next!;
      const { rule, groupBase } = pass.rules[index]!;
      base = groupBase;
      from = match.index;
      covered = 0;
      const replacement = rule.replace(context);
      let resume = match.index + match[0].length;
      if (replacement !== null) {
        out += text.slice(emitted, from) + replacement;
        emitted = resume + covered;
        resume = emitted;
      }
      // Every pass goes on from the end of what was taken (a match found earlier that starts
      // before it is dropped, as one regex would never have found it).
      for (const candidate of passes) {
        if (candidate === pass || (candidate.next !== null && candidate.next.index < resume)) {
          candidate.regex.lastIndex = resume;
          candidate.next = candidate.regex.exec(text);
        }
      }
    }
    return { text: emitted === 0 ? text : out + text.slice(emitted), count: this.placeholders.total - before };
  }
}
