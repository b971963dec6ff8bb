// Placeholders give each value one placeholder for the whole bundle, numbered per category in order
// of first use: checked against a plain Map over seeded values that repeat, while the table grows
// (its slots move) and the cache of recent placeholder texts sees the same slots again.
import { describe, expect, it } from 'vitest';
import type { PlaceholderKind } from '../../../src-main/redact/placeholder-kinds.js';
import { Placeholders } from '../../../src-main/redact/placeholders.js';
import { seededRandom } from '../../helpers/seeded-random.js';

describe('Placeholders', () => {
  it('numbers values as a plain map would, across table growth and repeats', () => {
    const random = seededRandom(12);
    const placeholders = new Placeholders();
    const expected = new Map<string, string>();
    const counters = new Map<PlaceholderKind, number>();
    const categories: PlaceholderKind[] = ['email', 'ip', 'phone', 'user'];
    for (let i = 0; i < 60_000; i++) {
      // A new value a third of the time, else one seen before (recent ones more often, as in logs).
      const fresh = expected.size === 0 || random() < 0.33;
      const index = fresh ? expected.size : Math.floor(expected.size * (random() < 0.5 ? 1 - random() * 0.01 : random()));
      const category = categories[index % categories.length]!;
      const value = `${category}-value-${index}`;
      let want = expected.get(value);
      if (want === undefined) {
        const n = (counters.get(category) ?? 0) + 1;
        counters.set(category, n);
        want = `<${category}-${n}>`;
        expected.set(value, want);
      }
      expect(placeholders.get(category, value)).toBe(want);
      // Case and surrounding space are the same value.
      if (i % 97 === 0) expect(placeholders.get(category, ` ${value.toUpperCase()} `)).toBe(want);
    }
    expect(placeholders.distinct).toBe(expected.size);
    expect(expected.size).toBeGreaterThan(15_000);
  });

  it('numbers by placeholder kind and counts by the kind of data', () => {
    const placeholders = new Placeholders();
    expect(placeholders.get('jwt', 'eyJa.eyJb.c')).toBe('<jwt-1>');
    expect(placeholders.get('srtp-key', 'inline-key')).toBe('<srtp-key-1>');
    expect(placeholders.get('secret', 'hunter2')).toBe('<secret-1>');
    expect(placeholders.get('extension', '1042', 'ext:4d')).toBe('<ext:4d-1>');
    expect(placeholders.get('phone', '14155550123', 'phone:+1:10d')).toBe('<phone:+1:10d-1>');
    expect(placeholders.counts).toEqual({ secret: 3, phone: 2 });
  });
});
