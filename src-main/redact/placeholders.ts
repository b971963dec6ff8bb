/**
 * Consistent typed placeholders for one bundle: the same original value gets the same placeholder
 * everywhere in the bundle (<email-1> in a log and in report.json), numbered per category, whichever
 * rule found it (a user name in a home path and after USERNAME= is one <user-n>): values are
 * compared by a normalised key (see valueKey), and the first category to meet a value labels it.
 * Values are looked up by a seeded 64-bit hash (value-table.ts), so the table holds no original
 * unless the caller asked to keep the mapping (to save it beside the bundle, never inside).
 */
import type { RedactionCategory } from '../../src-shared/redaction-category.js';
import { detach } from './detach-string.js';
import { PLACEHOLDER_CATEGORY, type PlaceholderKind } from './placeholder-kinds.js';
import { ValueTable } from './value-table.js';

/** Placeholder texts kept for recently seen slots (a power of two). */
const RECENT = 1024;

/** Counts of replaced values by category (the kind of data, not the placeholder's label). */
export type CategoryCounts = Partial<Record<RedactionCategory, number>>;

/** A placeholder's label, or a function giving it (called only for a value not seen before: a phone number's shape costs a parse). */
export type PlaceholderLabel = string | (() => string);

/** What the rules need from a bundle's placeholders (the scan depends on this, not on the table behind it). */
export interface PlaceholderIssuer {
  get(kind: PlaceholderKind, value: string, label?: PlaceholderLabel, original?: string): string;
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
  /** Every value seen, as a hash with its label id and number (no originals: value-table.ts). */
  private readonly table = new ValueTable();
  /** Label texts by id (categories and phone shapes: a few hundred at most). */
  private readonly labelTexts: string[] = [];
  private readonly labelIds = new Map<string, number>();
  private readonly nextNumber = new Map<PlaceholderKind, number>();
  /** Values replaced so far, by category (each use of a placeholder counts once). */
  readonly counts: CategoryCounts = {};
  /** Sum of counts. */
  total = 0;
  /** placeholder -> original, only when keepMapping was asked for. */
  readonly mapping: Map<string, string> | null;
  /**
   * The placeholder text of recently seen slots: most values of a log come again and again, and
   * building `<label-n>` for each use showed in profiles of secret-dense logs. Placeholders only
   * (they hold no original); cleared when the table grows and its slots move.
   */
  private readonly recentSlots = new Int32Array(RECENT).fill(-1);
  private readonly recentTexts: string[] = new Array<string>(RECENT).fill('');
  private recentGeneration = 0;

  constructor(keepMapping = false) {
    this.mapping = keepMapping ? new Map() : null;
  }

  /** Distinct values seen so far. */
  get distinct(): number {
    return this.table.size;
  }

  /**
   * The placeholder for `value` of `kind`: `<label-n>`, n counted per kind, the label decided by
   * the first use (so the shape, e.g. <phone:+1:10d-3>, is fixed once); counted under the kind's
   * category. `original` is what the mapping records (defaults to value; values are compared after
   * the caller's normalisation).
   */
  get(kind: PlaceholderKind, value: string, label: PlaceholderLabel = kind, original = value): string {
    const category = PLACEHOLDER_CATEGORY[kind];
    this.counts[category] = (this.counts[category] ?? 0) + 1;
    this.total++;
    const slot = this.table.find(valueKey(value));
    if (slot >= 0) return this.seen(slot);
    const n = (this.nextNumber.get(kind) ?? 0) + 1;
    this.nextNumber.set(kind, n);
    const text = typeof label === 'function' ? label() : label;
    this.table.add(~slot, this.labelId(text), n);
    const placeholder = `<${text}-${n}>`;
    this.mapping?.set(placeholder, detach(original));
    return placeholder;
  }

  /** The placeholder of a value already in the table. */
  private seen(slot: number): string {
    if (this.table.generation !== this.recentGeneration) {
      this.recentSlots.fill(-1);
      this.recentGeneration = this.table.generation;
    }
    const at = slot & (RECENT - 1);
    if (this.recentSlots[at] === slot) return this.recentTexts[at]!;
    const text = `<${this.labelTexts[this.table.label(slot)]}-${this.table.number(slot)}>`;
    this.recentSlots[at] = slot;
    this.recentTexts[at] = text;
    return text;
  }

  private labelId(text: string): number {
    let id = this.labelIds.get(text);
    if (id === undefined) {
      id = this.labelTexts.length;
      const kept = detach(text);
      this.labelTexts.push(kept);
      this.labelIds.set(kept, id);
    }
    return id;
  }
}
