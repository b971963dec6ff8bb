// The registered rules together: every kind of issue 24 goes in standard and strict, none in
// minimal (secrets and credentials only), and JSON text stays valid JSON.
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../../src-main/redact/redactor.js';
import { topLevelAlternatives } from '../../../../src-main/redact/rules/combined-rule.js';
import { BUILT_IN_RULES } from '../../../../src-main/redact/rules/index.js';
import { redactLine } from '../../../helpers/redacted-line.js';

const VALUES = {
  note: 'Call from Lena Fischer dropped',
  addr: '1600 Amphitheatre Parkway, Mountain View, CA 94043',
  card: '4111 1111 1111 1111',
  imei: '35-209900-176148-1',
  pos: '37.4220,-122.0841',
  mac: '00 04 f2 a1 b2 c3',
  host: 'ip-10-1-2-3.ec2.internal',
  who: 'CORP\\lfischer',
  tel: '+1\u202f415\u202f555\u202f0134',
};
const PRIVATE = ['Lena Fischer', 'Amphitheatre', '4111 1111', '209900', '37.4220', 'a1 b2', '10-1-2-3', 'lfischer', '415'];

describe('the registered rules', () => {
  it('remove every kind in standard and strict, none in minimal, and keep JSON text valid', () => {
    const text = JSON.stringify(VALUES);
    for (const profile of ['standard', 'strict'] as const) {
      const out = redactLine(text, { profile });
      const parsed = JSON.parse(out) as Record<string, string>;
      expect(Object.keys(parsed)).toEqual(Object.keys(VALUES));
      for (const value of PRIVATE) expect(out, profile).not.toContain(value);
    }
    expect(redactLine(text, { profile: 'minimal' })).toBe(text);
  });

  it('redact parsed JSON value by value the same way', () => {
    const { value } = new Redactor({ profile: 'standard' }).redactJson(VALUES);
    const out = JSON.stringify(value);
    for (const v of PRIVATE) expect(out).not.toContain(v);
    expect((value as Record<string, string>).note).toBe('Call from <name-1> dropped');
  });
});

describe('the shape of the built-in rules (scan speed)', () => {
  it('start every alternative of a standard rule with a character, never a lookaround (V8 would try it at every position)', () => {
    const lookaroundStarts = BUILT_IN_RULES.filter((rule) => rule.profiles.includes('standard'))
      .flatMap((rule) => topLevelAlternatives(rule.pattern).map((alt) => ({ rule: rule.category, alt: alt.replace(/^\((?!\?)/, '') })))
      .filter(({ alt }) => /^\(\?(?:[=!]|<[=!])/.test(alt))
      .map(({ rule, alt }) => `${rule}: ${alt.slice(0, 40)}`);
    expect(lookaroundStarts).toEqual([]);
  });
});
