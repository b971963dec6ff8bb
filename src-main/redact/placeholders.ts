/**
 * Consistent typed placeholders for one bundle: the same original value gets the same placeholder
 * everywhere in the bundle (<email-1> in a log and in report.json), numbered per category, whichever
 * rule found it (a user name in a home path and after USERNAME= is one <user-n>): values are
 * compared by a normalised key (see valueKey), and the first category to meet a value labels it.
 * Values are looked up by an HMAC under a per-bundle random key, so the table holds no original
 * unless the caller asked to keep the mapping (to save it beside the bundle, never inside).
 */
import { createHmac, randomBytes } from 'node:crypto';

const RECENT_LIMIT = 1024;

/** Counts of replaced values by category. */
export type CategoryCounts = Record<string, number>;

/** A placeholder's label, or a function giving it (called only for a value not seen before: a phone number's shape costs a parse). */
export type PlaceholderLabel = string | (() => string);

/** What the rules need from a bundle's placeholders (the scan depends on this, not on the table behind it). */
export interface PlaceholderIssuer {
  get(category: string, value: string, label?: PlaceholderLabel, original?: string): string;
  /** Placeholders issued so far. */
  readonly total: number;
}

/**
 * The key a value is compared by across categories: case and surrounding space do not make
 * another value (MWebb in a path, mwebb after USERNAME=). Phone numbers come here as their digits,
 * MACs in one notation (typed-placeholders.ts).
 */
export function valueKey(value: string): string {
  return value.trim().toLowerCase();
}

export class Placeholders implements PlaceholderIssuer {
  private readonly key = randomBytes(32);
  private readonly byDigest = new Map<string, string>();
  private readonly nextNumber = new Map<string, number>();
  // Logs repeat the same values line after line: a small bounded cache of recent values saves the
  // HMAC for repeats (it is cleared when full, so it never grows into a table of every original).
  private readonly recent = new Map<string, string>();
  /** Values replaced so far, by category (each use of a placeholder counts once). */
  readonly counts: CategoryCounts = {};
  /** Sum of counts. */
  total = 0;
  /** placeholder -> original, only when keepMapping was asked for. */
  readonly mapping: Map<string, string> | null;

  constructor(keepMapping = false) {
    this.mapping = keepMapping ? new Map() : null;
  }

  /**
   * The placeholder for `value` in `category`: `<label-n>`, n counted per category, the label
   * decided by the first use (so the shape, e.g. <phone:+1:10d-3>, is fixed once). `original` is
   * what the mapping records (defaults to value; values are compared after the caller's
   * normalisation).
   */
  get(category: string, value: string, label: PlaceholderLabel = category, original = value): string {
    this.counts[category] = (this.counts[category] ?? 0) + 1;
    this.total++;
    const recentKey = valueKey(value);
    const recent = this.recent.get(recentKey);
    if (recent !== undefined) return recent;
    const digest = createHmac('sha256', this.key).update(recentKey).digest('base64');
    let placeholder = this.byDigest.get(digest);
    if (placeholder === undefined) {
      const n = (this.nextNumber.get(category) ?? 0) + 1;
      this.nextNumber.set(category, n);
      placeholder = `<${typeof label === 'function' ? label() : label}-${n}>`;
      this.byDigest.set(digest, placeholder);
      this.mapping?.set(placeholder, original);
    }
    if (this.recent.size >= RECENT_LIMIT) this.recent.clear();
    this.recent.set(recentKey, placeholder);
    return placeholder;
  }
}
