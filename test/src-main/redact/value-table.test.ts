// The compact value table: every value comes back to its own slot after the table has grown many
// times, and near-identical values (one character apart) never share one.
import { describe, expect, it } from 'vitest';
import { ValueTable } from '../../../src-main/redact/value-table.js';

describe('ValueTable', () => {
  it('finds 200 000 values again, each with its own label and number, across growth', () => {
    const table = new ValueTable();
    const value = (i: number) => (i % 3 === 0 ? `user.${i}@corp.example.com` : i % 3 === 1 ? `+1415${String(i).padStart(7, '0')}` : `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`);
    const clashes: number[] = [];
    for (let i = 0; i < 200_000; i++) {
      const slot = table.find(value(i));
      if (slot >= 0) clashes.push(i);
      else table.add(~slot, i % 7, i + 1);
    }
    expect(clashes).toEqual([]);
    expect(table.size).toBe(200_000);
    const wrong: number[] = [];
    for (let i = 0; i < 200_000; i += 7) {
      const slot = table.find(value(i));
      if (slot < 0 || table.label(slot) !== i % 7 || table.number(slot) !== i + 1) wrong.push(i);
    }
    expect(wrong).toEqual([]);
  });

  it('tells apart values that differ in one character or only in length', () => {
    const table = new ValueTable();
    const values = ['', 'a', 'aa', 'ab', 'ba', '\u0000', '\u0000\u0000', 'user@corp.example.com', 'user@corp.example.con', 'üser', '\u{1F600}'];
    values.forEach((v, i) => table.add(~table.find(v), 0, i + 1));
    values.forEach((v, i) => expect(table.number(table.find(v))).toBe(i + 1));
  });
});
