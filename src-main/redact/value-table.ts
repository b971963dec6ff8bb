/**
 * The numbered values of one bundle, kept as a seeded 64-bit hash of each value in typed arrays:
 * 16 bytes a slot (two hash lanes, a label id, a number) and no string, so memory per distinct value
 * is small and fixed, and nothing in it keeps a piece of scanned text alive (docs/perf-notes.md:
 * a table of substrings pinned whole 64 KiB pieces of the logs and tripled peak memory).
 *
 * The two 32-bit lanes are independent multiply-xorshift hashes under random per-bundle seeds: at
 * 150 000 distinct values two of them share both lanes with odds of about 6e-10, and an HMAC per
 * new value cost more CPU than the rest of the lookup.
 */
import { randomBytes } from 'node:crypto';

const INITIAL_SLOTS = 1024;

/** fmix32 from MurmurHash3's finaliser: every input bit reaches every output bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

export class ValueTable {
  private readonly seedA: number;
  private readonly seedB: number;
  /**
   * Four ints a slot, side by side: hash lane A, lane B, label id, number. One array rather than
   * four: a lookup in a table of 100 000+ values then touches one cache line, not four.
   */
  private slots = new Int32Array(INITIAL_SLOTS * 4);
  /** Hash of the last `find`, kept for the `add` that may follow it. */
  private lastA = 0;
  private lastB = 0;
  /** Values held. */
  size = 0;
  /** Bumped whenever slots move (the table grew): a slot number is valid until then. */
  generation = 0;

  constructor() {
    const seed = randomBytes(8);
    this.seedA = seed.readInt32LE(0);
    this.seedB = seed.readInt32LE(4);
  }

  /** The slot holding `value` (>= 0), or the bitwise complement of the free slot where it would go. */
  find(value: string): number {
    let a = this.seedA ^ value.length;
    let b = this.seedB;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b + c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a = mix(a);
    b = mix(b ^ value.length);
    // (0, 0) marks a free slot.
    if (a === 0 && b === 0) b = 1;
    this.lastA = a;
    this.lastB = b;
    return this.probe(this.slots, a, b);
  }

  /** The label id and number stored in a slot that `find` returned. */
  label(slot: number): number {
    return this.slots[slot * 4 + 2]!;
  }

  number(slot: number): number {
    return this.slots[slot * 4 + 3]!;
  }

  /** Stores the value of the last `find` (which returned `~slot`) with its label id and number. */
  add(freeSlot: number, label: number, n: number): void {
    const at = freeSlot * 4;
    this.slots[at] = this.lastA;
    this.slots[at + 1] = this.lastB;
    this.slots[at + 2] = label;
    this.slots[at + 3] = n;
    this.size++;
    // At most half full, so a probe ends after a few steps.
    if (this.size * 2 > this.slots.length / 4) this.grow();
  }

  private probe(slots: Int32Array, a: number, b: number): number {
    const mask = slots.length / 4 - 1;
    for (let slot = (a ^ b) & mask; ; slot = (slot + 1) & mask) {
      const slotA = slots[slot * 4]!;
      const slotB = slots[slot * 4 + 1]!;
      if (slotA === a && slotB === b) return slot;
      if (slotA === 0 && slotB === 0) return ~slot;
    }
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 4) {
      const a = old[at]!;
      const b = old[at + 1]!;
      if (a === 0 && b === 0) continue;
      const to = ~this.probe(slots, a, b) * 4;
      slots.set(old.subarray(at, at + 4), to);
    }
    this.slots = slots;
    this.generation++;
  }
}
