/**
 * The rule scan over text: the enabled rules joined into ONE combined regex, each match handed to
 * its rule, placeholders asked of the bundle's issuer. Text is latin1 (one char per byte) so any
 * file's bytes round-trip exactly.
 */
import type { PlaceholderIssuer } from './placeholders.js';
import { BUILT_IN_RULES, literalRule, type ActiveProfile, type MatchContext, type RedactionRule } from './redaction-rules.js';

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

export class TextRedactor {
  private readonly rules: RedactionRule[] = [];
  private readonly groupBase: number[] = [];
  private readonly regex: RegExp;

  constructor(
    private readonly settings: TextRedactionSettings,
    private readonly placeholders: PlaceholderIssuer,
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
    for (const rule of [...literals, ...BUILT_IN_RULES]) if (rule && rule.profiles.includes(settings.profile)) this.rules.push(rule);
    let base = 1;
    const sources: string[] = [];
    for (const rule of this.rules) {
      this.groupBase.push(base);
      sources.push(`(${rule.pattern})`);
      base += 1 + (new RegExp(`${rule.pattern}|`).exec('')!.length - 1);
    }
    this.regex = new RegExp(sources.join('|'), 'g');
  }

  /** Redacts latin1 text; returns the text and how many values were replaced. */
  redact(text: string): { text: string; count: number } {
    const regex = this.regex;
    let out = '';
    let emitted = 0;
    const before = this.placeholders.total;
    let match: RegExpExecArray | null;
    let from = 0;
    let base = 0;
    let covered = 0;
    regex.lastIndex = 0;
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
    while ((match = regex.exec(text)) !== null) {
      let index = 0;
      while (match[this.groupBase[index]!] === undefined) index++;
      const rule = this.rules[index]!;
      base = this.groupBase[index]!;
      from = match.index;
      covered = 0;
      const replacement = rule.replace(context);
      if (replacement === null) continue;
      out += text.slice(emitted, from) + replacement;
      emitted = match.index + match[0].length + covered;
      if (covered > 0) regex.lastIndex = emitted;
    }
    return { text: emitted === 0 ? text : out + text.slice(emitted), count: this.placeholders.total - before };
  }
}
