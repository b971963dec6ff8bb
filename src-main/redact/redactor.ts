/**
 * The redactor of one bundle: one combined regex over the enabled rules, consistent placeholders,
 * and counts per category. Works on latin1 strings (one char per byte) so any file's bytes
 * round-trip exactly; JSON values are redacted value by value (structured), never as raw text.
 */
import type { RedactionProfile } from '../../src-shared/bundle-manifest.js';
import { Placeholders, type CategoryCounts } from './placeholders.js';
import { keyedValue, keyKind, SECRET_KEYS } from './redaction-keys.js';
import { BUILT_IN_RULES, literalRule, type ActiveProfile, type MatchContext, type RedactionRule } from './redaction-rules.js';

/** What to redact in one bundle. */
export interface RedactionSettings {
  profile: RedactionProfile;
  /** The OS user name (home paths of any user are redacted regardless). */
  username?: string;
  /** This machine's host name. */
  hostname?: string;
  /** Extra values to hide: the user's own name or email as typed in the form. */
  keywords?: string[];
  /** Keep placeholder -> original in memory so it can be saved beside the bundle. */
  keepMapping?: boolean;
}

// User names so common that replacing every bare occurrence would wreck the logs; their home
// folders are still redacted by the home-path rule.
const GENERIC_USER_NAMES = new Set(['root', 'admin', 'administrator', 'user', 'users', 'guest', 'test', 'home', 'default', 'public', 'shared']);
const SECRET_KEY_NAME = new RegExp(`^(?:${SECRET_KEYS.join('|')}|authorization|cookie|set-cookie)$`, 'i');
const WIFI_KEY_NAME = /^(?:ssid|wifi|wifiName|wifi_name|networkName)$/i;

/** A string as latin1 text of its UTF-8 bytes, the form the rules see file content in. */
export function toLatin1Text(value: string): string {
  return Buffer.from(value, 'utf8').toString('latin1');
}

/** The host name as given and, for a dotted name (pgarcia-mbp.corp.example.com), its first label, which logs also show alone. */
function hostNames(hostname: string): string[] {
  const first = hostname.split('.')[0]!;
  return first !== hostname && first.length >= 3 ? [hostname, first] : [hostname];
}

function fromLatin1Text(value: string): string {
  return Buffer.from(value, 'latin1').toString('utf8');
}

export class Redactor {
  readonly profile: RedactionProfile;
  readonly placeholders: Placeholders;
  /** Totals for the whole bundle, by category. */
  readonly counts: CategoryCounts;
  private readonly rules: RedactionRule[] = [];
  private readonly groupBase: number[] = [];
  private readonly regex: RegExp | null;

  constructor(settings: RedactionSettings) {
    this.profile = settings.profile;
    this.placeholders = new Placeholders(settings.keepMapping ?? false);
    this.counts = this.placeholders.counts;
    if (settings.profile === 'none') {
      this.regex = null;
      return;
    }
    const profile = settings.profile;
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
    for (const rule of [...literals, ...BUILT_IN_RULES]) if (rule && rule.profiles.includes(profile)) this.rules.push(rule);
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
  redactText(text: string): { text: string; count: number } {
    const regex = this.regex;
    if (!regex) return { text, count: 0 };
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
      profile: this.profile as ActiveProfile,
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

  /** Redacts a JS string (UTF-8 semantics) with the same rules as file content. */
  redactString(value: string): { text: string; count: number } {
    const result = this.redactText(toLatin1Text(value));
    return result.count === 0 ? { text: value, count: 0 } : { text: fromLatin1Text(result.text), count: result.count };
  }

  /** Structured redaction of JSON: every string value and key; values under secret keys replaced whole. */
  redactJson(value: unknown): { value: unknown; count: number } {
    let count = 0;
    const visit = (node: unknown, key?: string): unknown => {
      if (typeof node === 'string') {
        const category = this.regex && key !== undefined && node !== '' ? this.wholeValueCategory(key) : null;
        if (category) {
          count++;
          return this.placeholders.get(category, toLatin1Text(node), (n) => `<${category}-${n}>`);
        }
        const kind = this.profile !== 'minimal' && this.regex && key !== undefined ? keyKind(key) : null;
        const keyed = kind ? keyedValue(kind, toLatin1Text(node), this.placeholders) : null;
        if (keyed !== null) {
          count++;
          return fromLatin1Text(keyed);
        }
        const result = this.redactString(node);
        count += result.count;
        return result.text;
      }
      if (typeof node === 'number' && key !== undefined && this.profile !== 'minimal' && this.regex && keyKind(key) === 'phone') {
        // "callerNumber": 14155550123 as a JSON number: still a phone number.
        const keyed = keyedValue('phone', String(node), this.placeholders);
        if (keyed !== null) {
          count++;
          return keyed;
        }
      }
      if (Array.isArray(node)) return node.map((item) => visit(item));
      if (node !== null && typeof node === 'object') {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
          const redactedKey = this.redactString(k);
          count += redactedKey.count;
          out[redactedKey.text] = visit(v, k);
        }
        return out;
      }
      return node;
    };
    const redacted = visit(value);
    return { value: redacted, count };
  }

  private wholeValueCategory(key: string): string | null {
    if (SECRET_KEY_NAME.test(key)) return 'secret';
    if (this.profile === 'strict' && WIFI_KEY_NAME.test(key)) return 'wifi';
    return null;
  }
}
