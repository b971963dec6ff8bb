/**
 * The rule scan over text: the enabled rules joined into two combined regexes, one for the rules
 * that start on characters rare in logs and one for the rest (together ~25 % faster than one regex
 * of all rules, docs/perf-notes.md), merged so they behave as one: the leftmost match wins, and at
 * the same place the rule listed first. Each match goes to its rule; placeholders are asked of the
 * bundle's issuer. Text is latin1 (one char per byte) so any file's bytes round-trip exactly.
 */
import { applyEdits, hasInvisible, stripInvisible, type Edit } from './invisible-characters.js';
import type { PlaceholderIssuer } from './placeholders.js';
import { captureCount } from './capture-groups.js';
import { fullNameSpellings } from './rules/account-spellings.js';
import { BUILT_IN_RULES, literalRule, shortHostRule, type ActiveProfile, type MatchContext, type RedactionRule } from './rules/index.js';

/** The rule settings of one bundle (plain data). */
export interface TextRedactionSettings {
  profile: ActiveProfile;
  /** The OS user name (home paths of any user are redacted regardless). */
  username?: string;
  /** Other names of the same account (HOME's owner, USER, LOGNAME, USERNAME, os.userInfo()). */
  usernames?: string[];
  /** The account's real name (GECOS, the macOS or Windows full name). */
  fullName?: string;
  /** The account's home folder: redacted whole when it is not in a users folder (/tmp/..., /srv/...). */
  home?: string;
  /** This machine's host name. */
  hostname?: string;
  /** Its other names (fully qualified name, Windows COMPUTERNAME, macOS Computer Name): platform/host-aliases.ts. */
  hostAliases?: string[];
  /** Extra values to hide: the user's own name or email as typed in the form. */
  keywords?: string[];
}

// User names so common that replacing every bare occurrence would wreck the logs; their home
// folders are still redacted by the home-path rule.
const GENERIC_USER_NAMES = new Set(['root', 'admin', 'administrator', 'user', 'users', 'guest', 'test', 'home', 'default', 'public', 'shared']);

// A home folder the home-path rule already finds (/home/x, /Users/x, C:\Users\x).
const IN_USERS_FOLDER = /^(?:\/home|\/Users|\/var\/home|[A-Za-z]:\\(?:Users|Documents and Settings))[\\/][^\\/]+[\\/]*$/i;

/** A string as latin1 text of its UTF-8 bytes, the form the rules see file content in. */
export function toLatin1Text(value: string): string {
  return Buffer.from(value, 'utf8').toString('latin1');
}

/** The host name as given and, for a dotted name (pgarcia-mbp.corp.example.com), its first label, which logs also show alone. */
function hostNames(hostname: string): string[] {
  const first = hostname.split('.')[0]!;
  return first !== hostname ? [hostname, first] : [hostname];
}

/** The most built-in rare rules joined in one regex (see the constructor). */
const RARE_PER_PASS = 8;

/** One combined regex over some of the rules, and where each rule's groups start in it. */
interface Pass {
  regex: RegExp;
  rules: { rule: RedactionRule; order: number; groupBase: number }[];
  /** The pass's next match at or after the scan position (null: none left). */
  next: RegExpExecArray | null;
  /** The index (into rules) of the rule that made `next`: found once per match, not once per look. */
  nextRule: number;
}

function buildPass(rules: { rule: RedactionRule; order: number }[]): Pass | null {
  if (rules.length === 0) return null;
  let base = 1;
  const sources: string[] = [];
  const withGroups = rules.map(({ rule, order }) => {
    const entry = { rule, order, groupBase: base };
    sources.push(`(${rule.pattern})`);
    base += 1 + captureCount(rule.pattern);
    return entry;
  });
  return { regex: new RegExp(sources.join('|'), 'g'), rules: withGroups, next: null, nextRule: 0 };
}

/**
 * Text long enough that V8 compiles a regex to machine code at its first exec. Shorter subjects are
 * first run by V8's regex interpreter, compiled to bytecode, and the pass is compiled again to machine
 * code at its first long chunk: the bytecode and the interpreted runs on a bundle's first small values
 * (manifest, system facts) cost ~35 ms of every run (docs/perf-notes.md).
 */
const WARM_UP_TEXT = ' '.repeat(1024);

const latin1Tables = new WeakMap<RegExp, Uint8Array>();

/**
 * Which latin1 characters a one-character test accepts, as a table (the scan's text is latin1; any
 * other character still goes to the regex): walking back over a long e-mail local part or PEM body
 * tested each character with the regex.
 */
function latin1Table(test: RegExp): Uint8Array {
  let table = latin1Tables.get(test);
  if (!table) {
    table = new Uint8Array(256);
    for (let code = 0; code < 256; code++) table[code] = test.test(String.fromCharCode(code)) ? 1 : 0;
    latin1Tables.set(test, table);
  }
  return table;
}

/** Moves the pass to its next match at or after `position`, and notes which rule made it. */
function advance(pass: Pass, text: string, position: number): void {
  pass.regex.lastIndex = position;
  const match = pass.regex.exec(text);
  pass.next = match;
  if (match === null) return;
  let index = 0;
  while (match[pass.rules[index]!.groupBase] === undefined) index++;
  pass.nextRule = index;
}

// A JSON number, or numbers with commas between them (a [lat, lng] pair taken as one value).
const JSON_NUMBERS = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)*$/;

/** The first character before `at` (or from it, step 1) that is not white space, '' at either end. */
function nonSpaceAt(text: string, at: number, step: 1 | -1): string {
  for (let i = at; i >= 0 && i < text.length && i > at - 64 && i < at + 64; i += step) {
    const c = text[i]!;
    if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n') return c;
  }
  return '';
}

/**
 * A placeholder that replaces a bare number where JSON has a value ([lat, lng], "imei": 35...) is
 * quoted, so a JSON file redacted as text stays valid JSON whichever detector found the number.
 */
function quotedInJson(text: string, start: number, end: number, replacement: string): string {
  // Every replacement passes here: the cheap tests first (a number starts with a digit or '-', and
  // in JSON is followed by ',', ']' or '}'), the regex over the value last.
  const first = text.charCodeAt(start);
  if (replacement.charCodeAt(0) !== 60 /* < */ || !((first >= 48 && first <= 57) || first === 45)) return replacement;
  const after = nonSpaceAt(text, end, 1);
  if (after !== ',' && after !== ']' && after !== '}') return replacement;
  const before = nonSpaceAt(text, start - 1, -1);
  return (before === '[' || before === ',' || before === ':') && JSON_NUMBERS.test(text.slice(start, end)) ? `"${replacement}"` : replacement;
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
    const usernames = [settings.username, ...(settings.usernames ?? [])]
      .filter((name): name is string => !!name && !GENERIC_USER_NAMES.has(name.toLowerCase()))
      .map(toLatin1Text);
    const home = settings.home && !IN_USERS_FOLDER.test(settings.home) ? [toLatin1Text(settings.home.replace(/[\\/]+$/, ''))] : [];
    // The host name before the user name: "pgarcia-laptop" is one host, not a user and a suffix.
    // Longest first, so a fully qualified name is taken whole rather than its first label alone.
    const hosts = [...new Set([settings.hostname ?? '', ...(settings.hostAliases ?? [])].filter(Boolean).flatMap((h) => hostNames(toLatin1Text(h.trim()))))].sort((a, b) => b.length - a.length);
    const literals = [
      shortHostRule(hosts),
      literalRule([
        ['host', hosts],
        ['user', usernames],
        // Every spelling of the real name (order swapped, initials, joined, possessive, folded): account-spellings.ts.
        ['name', settings.fullName ? fullNameSpellings(settings.fullName).map(toLatin1Text) : []],
        ['home', home],
        ['keyword', (settings.keywords ?? []).map((k) => toLatin1Text(k.trim())).filter(Boolean)],
      ]),
    ];
    // Literal values first: a typed name must win over a looser rule starting at the same place.
    const enabled = [...literals, ...BUILT_IN_RULES]
      .filter((rule): rule is RedactionRule => rule !== null && rule.profiles.includes(settings.profile))
      .map((rule, order) => ({ rule, order }));
    // The rules made from this machine's names (their size varies with the names and keywords) go
    // in a pass of their own; the built-in rare rules in passes of at most RARE_PER_PASS. V8's
    // regex compiler has a cliff where one more alternative made a whole pass several times slower
    // (the nine rare rules of session 10: 1019 ms on the 68 MB corpus; any eight: ~100 ms). Fewer
    // passes cost less (each scans every position): the eight built-in ones together 90 ms, the
    // names 31 ms, against 84 + 61 ms for 5 + 4 mixed (docs/perf-notes.md).
    const own = new Set(literals);
    const named = enabled.filter(({ rule }) => own.has(rule));
    const rare = enabled.filter(({ rule }) => rule.rare && !own.has(rule));
    const rarePasses = Array.from({ length: Math.ceil(rare.length / RARE_PER_PASS) }, (_, i) => rare.slice(i * RARE_PER_PASS, (i + 1) * RARE_PER_PASS));
    const alone = enabled.filter(({ rule }) => rule.ownPass && !rule.rare && !own.has(rule)).map((entry) => [entry]);
    const common = enabled.filter(({ rule }) => !rule.rare && !rule.ownPass && !own.has(rule));
    const groups = options.singlePass ? [enabled] : [named, ...rarePasses, ...alone, common];
    this.passes = groups.map(buildPass).filter((pass): pass is Pass => pass !== null);
    for (const pass of this.passes) pass.regex.exec(WARM_UP_TEXT);
  }

  /**
   * Redacts latin1 text; returns the text and how many values were replaced. Text with invisible
   * characters is scanned without them, so a number with a zero-width space inside is still found
   * (invisible-characters.ts).
   */
  redact(text: string): { text: string; count: number } {
    const before = this.placeholders.total;
    if (!hasInvisible(text)) return { text: this.scan(text, null), count: this.placeholders.total - before };
    const stripped = stripInvisible(text);
    const edits: Edit[] = [];
    this.scan(stripped.text, edits);
    return { text: applyEdits(text, stripped, edits), count: this.placeholders.total - before };
  }

  /** The rule scan; each replacement is also recorded in `edits` when given. */
  private scan(text: string, edits: Edit[] | null): string {
    const passes = this.passes;
    let out = '';
    let emitted = 0;
    let match: RegExpExecArray | null;
    let from = 0;
    let base = 0;
    let covered = 0;
    for (const pass of passes) advance(pass, text, 0);
    const context: MatchContext = {
      group: (k) => match![base + k],
      takeBefore: (test, max = Infinity) => {
        let start = match!.index;
        const floor = Math.max(emitted, start - max);
        const accepts = latin1Table(test);
        for (; start > floor; start--) {
          const code = text.charCodeAt(start - 1);
          if (code < 256 ? accepts[code] !== 1 : !test.test(text[start - 1]!)) break;
        }
        from = start;
        return text.slice(start, match!.index);
      },
      charBefore: () => (from > 0 ? text[from - 1]! : ''),
      textAfter: (skip, length) => {
        const end = match!.index + match![0].length + skip;
        return text.slice(end, end + length);
      },
      textBefore: (length) => text.slice(Math.max(emitted, match!.index - length), match!.index),
      contextBefore: (length) => text.slice(Math.max(0, match!.index - length), match!.index),
      execHere: (regex, skip = 0) => {
        regex.lastIndex = match!.index + skip;
        return regex.exec(text);
      },
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
        const candidateIndex = candidate.nextRule;
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
      let replacement = rule.replace(context);
      let resume = match.index + match[0].length;
      if (replacement !== null) {
        replacement = quotedInJson(text, from, resume + covered, replacement);
        out += text.slice(emitted, from) + replacement;
        emitted = resume + covered;
        edits?.push({ start: from, end: emitted, replacement });
        resume = emitted;
      }
      // Every pass goes on from the end of what was taken (a match found earlier that starts
      // before it is dropped, as one regex would never have found it).
      for (const candidate of passes) {
        if (candidate === pass || (candidate.next !== null && candidate.next.index < resume)) advance(candidate, text, resume);
      }
    }
    return emitted === 0 ? text : out + text.slice(emitted);
  }
}
