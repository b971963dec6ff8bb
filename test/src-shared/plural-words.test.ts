// One place for plural forms (Intl.PluralRules): never "1 bundles" or "2 file(s)".
import { describe, expect, it } from 'vitest';
import { count, nounFor } from '../../src-shared/plural-words.js';

describe('count', () => {
  it('picks the singular for one and the plural for every other number', () => {
    expect([0, 1, 2, 21].map((n) => count(n, 'bundle'))).toEqual(['0 bundles', '1 bundle', '2 bundles', '21 bundles']);
    expect([1, 3].map((n) => count(n, 'person'))).toEqual(['1 person', '3 people']);
    expect([1, 5].map((n) => count(n, 'zone matches'))).toEqual(['1 zone matches', '5 zones match']);
    expect(nounFor(1, 'other reporter')).toBe('other reporter');
  });
});
