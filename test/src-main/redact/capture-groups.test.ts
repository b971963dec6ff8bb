// Counting capture groups from the source must agree with what V8 compiles, for every built-in rule
// (the scan maps each match to its rule by these counts) and for the tricky spellings.
import { describe, expect, it } from 'vitest';
import { captureCount, withoutCaptures } from '../../../src-main/redact/capture-groups.js';
import { BUILT_IN_RULES } from '../../../src-main/redact/rules/index.js';

function compiledCount(source: string): number {
  return new RegExp(`${source}|`).exec('')!.length - 1;
}

describe('capture groups read from the source', () => {
  it.each([
    ['a(b)c', 1],
    ['(?:a)(?=b)(?!c)(?<=d)(?<!e)', 0],
    ['(?<year>\\d{4})-(\\d\\d)', 2],
    ['[(](x)[\\]()]', 1],
    ['\\((a)\\)', 1],
    ['[^)\\\\](b)', 1],
    ['((a)|(b(c)))', 4],
  ])('counts the groups of %s as V8 does', (source, expected) => {
    expect(captureCount(source)).toBe(expected);
    expect(compiledCount(source)).toBe(expected);
  });

  it('agrees with V8 on every built-in rule', () => {
    const rules = BUILT_IN_RULES.filter((rule) => rule !== null);
    expect(rules.length).toBeGreaterThan(20);
    for (const rule of rules) expect(captureCount(rule.pattern), rule.pattern.slice(0, 60)).toBe(compiledCount(rule.pattern));
  });

  it('makes groups non-capturing and keeps escapes, classes and lookarounds', () => {
    expect(withoutCaptures('(a)(?:b)(?<=c)\\(d[(]')).toBe('(?:a)(?:b)(?<=c)\\(d[(]');
  });
});
