/**
 * What a redaction rule is: its category, the profiles it runs in, its regex source and how a
 * match becomes a placeholder. The rules themselves live by category in this folder; the scan
 * (text-redactor.ts) joins the enabled ones into two alternations. Every rule starts on a literal or
 * a narrow class where it can, so the scan stays fast. Text is latin1-decoded bytes: ASCII rules stay
 * exact and bytes round-trip unchanged.
 */
import type { RedactionProfile } from '../../../src-shared/bundle-manifest.js';
import type { PlaceholderKind } from '../placeholder-kinds.js';
import type { PlaceholderIssuer } from '../placeholders.js';
import { phonePlaceholder, simplePlaceholder } from '../typed-placeholders.js';

/** The profiles that redact anything ('none' redacts nothing). */
export type ActiveProfile = Exclude<RedactionProfile, 'none'>;

/** The placeholder kind a rule is filed under (a rule may issue others, e.g. a SIP user that is a phone number). */
export type RuleCategory = PlaceholderKind;

/** What a rule's replace function may use. */
export interface MatchContext {
  /** Capture group k of this rule (0 = the rule's whole match). */
  group(k: number): string | undefined;
  /** Consumes up to `max` characters before the match that pass `test`, a one-character class such as /[0-9a-f]/ (never earlier output). */
  takeBefore(test: RegExp, max?: number): string;
  /** The character just before the consumed text ('' at the start). */
  charBefore(): string;
  /**
   * The replacement also covers `length` characters after the match. Key=value rules match only
   * the separator and look ahead at the value, so when a value does not fit (returns null) the
   * other rules still see it; when it fits, this takes it.
   */
  coverAfter(length: number): void;
  /** The profile the rules run for. */
  profile: ActiveProfile;
  /** Up to `length` characters after the match, from `skip` characters after it, without consuming them. */
  textAfter(skip: number, length: number): string;
  /** Up to `length` characters before the match, without consuming them (none that an earlier match replaced). */
  textBefore(length: number): string;
  /**
   * Up to `length` characters of the original text before the match, also where earlier matches
   * were replaced: for the words that give a match its meaning (the tool before a flag, after
   * "-u USER" was replaced), never for taking (takeBefore takes only what textBefore shows).
   */
  contextBefore(length: number): string;
  /**
   * Runs a sticky regex (flag y) where this match starts (or `skip` characters after), over the
   * whole text (its lookbehinds see what is before the match; nothing is copied): another rule's
   * match at the same place, or null.
   */
  execHere(regex: RegExp, skip?: number): RegExpExecArray | null;
  placeholders: PlaceholderIssuer;
}

export interface RedactionRule {
  /** The category this rule is for (a rule may issue another, e.g. a SIP user that is a phone number); counts come from the placeholders issued. */
  category: RuleCategory;
  profiles: readonly ActiveProfile[];
  /** Regex source with capture groups numbered from 1 within the rule. */
  pattern: string;
  /** The replacement text for the rule's whole match, or null to keep the match as it is. */
  replace(context: MatchContext): string | null;
  /**
   * The rule starts only on characters or strings that are rare in logs ('@', '<', '+', '(', '?',
   * '%', a backslash, "eyJ", the user's own names). Such rules are scanned in a pass of their own:
   * beside alternatives that start on digits, ':' or '=' they cost far more than alone, and the two
   * passes together take ~25 % less time than one regex of all rules (docs/perf-notes.md).
   */
  rare?: boolean;
  /**
   * The rule is scanned in a pass of its own: it starts at a class common in logs (a capital
   * letter) where beside the other rules it slowed the whole common pass more than a pass of its
   * own costs (docs/perf-notes.md).
   */
  ownPass?: boolean;
}

/** Profiles a rule runs in. */
export const ALL: readonly ActiveProfile[] = ['minimal', 'standard', 'strict'];
export const STANDARD: readonly ActiveProfile[] = ['standard', 'strict'];
export const STRICT: readonly ActiveProfile[] = ['strict'];

/** A placeholder numbered within its kind (<email-3>). */
export function simple(context: MatchContext, kind: PlaceholderKind, value: string): string {
  return simplePlaceholder(context.placeholders, kind, value);
}

/** A phone number's placeholder, keeping its shape. */
export function phone(context: MatchContext, text: string): string {
  return phonePlaceholder(context.placeholders, text);
}
