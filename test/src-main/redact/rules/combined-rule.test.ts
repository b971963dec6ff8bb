// Rules joined behind one shared start: the start must hold for every alternative of each rule, and
// the date guard keeps the parts of dates and times from starting the shape detectors without
// hiding a value that follows a timestamp.
import { describe, expect, it } from 'vitest';
import { DIGIT_START, NOT_IN_DATE, combineRules, hasTopLevelAlternative } from '../../../../src-main/redact/rules/combined-rule.js';
import { STANDARD } from '../../../../src-main/redact/rules/rule-types.js';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('combineRules', () => {
  it('finds alternatives at the top level only', () => {
    expect(hasTopLevelAlternative('a|b')).toBe(true);
    expect(hasTopLevelAlternative('\\d(?:a|b)')).toBe(false);
    expect(hasTopLevelAlternative('[|]x')).toBe(false);
    expect(hasTopLevelAlternative('\\|x')).toBe(false);
    expect(hasTopLevelAlternative('(a)(b)|c')).toBe(true);
    expect(hasTopLevelAlternative('[\\]|]x')).toBe(false);
  });

  it('refuses a rule whose later alternative would lose the shared start', () => {
    const rule = { category: 'ip' as const, profiles: STANDARD, pattern: `${DIGIT_START}\\d|-x`, replace: () => null };
    expect(() => combineRules(DIGIT_START, [rule])).toThrow(/shared start/);
  });

  it('joins rules so each keeps its own groups', () => {
    const a = { category: 'ip' as const, profiles: STANDARD, pattern: `${DIGIT_START}(\\d)x`, replace: () => 'A' };
    const b = { category: 'mac' as const, profiles: STANDARD, pattern: `${DIGIT_START}(\\d)(y)`, replace: (c: { group(k: number): string | undefined }) => `B${c.group(1)}${c.group(2)}` };
    const joined = combineRules(DIGIT_START, [a, b]);
    const match = new RegExp(joined.pattern).exec(' 12y')!;
    const groups = (k: number) => match[k];
    expect(joined.replace({ group: groups } as never)).toBe('B2y');
  });
});

describe('the date guard of the shape detectors', () => {
  it('leaves dates and times alone and still finds the values after them', () => {
    for (const stamp of ['2026-12-07 14:53:08.929', '2026/12/07 14:53:08:929', '[12-07 09:15:00]']) {
      expect(redactLine(`${stamp} INFO ok`)).toBe(`${stamp} INFO ok`);
      expectRedacted(`${stamp} card 4111 1111 1111 1111 at 1600 Amphitheatre Parkway, Mountain View, CA 94043 pos 37.4220,-122.0841`, [
        '4111 1111',
        'Amphitheatre',
        '37.4220',
      ], [stamp]);
    }
  });

  it('starts at no number of a date or time', () => {
    const starts = new RegExp(`${DIGIT_START}${NOT_IN_DATE}`, 'g');
    const found = (text: string) => [...text.matchAll(starts)].map((m) => m.index);
    expect(found('2026-12-07 14:53:08.929 x')).toEqual([]);
    expect(found('[12/07 9:15:00] x')).toEqual([1]);
    expect(found('x 2026 Main 4111-1111 14:53')).toEqual([2, 12, 22]);
  });

  it('skips only the year and hour that start a timestamp: a number shaped otherwise still starts a detector', () => {
    expectRedacted('14:53:08 2026 Main Street, Springfield, IL 62701 called', ['2026 Main', 'Springfield'], ['14:53:08']);
    expectRedacted('2026-12-07 4111-1111-1111-1111 on file', ['4111-1111'], ['2026-12-07']);
  });

  it('still finds an IPv4 range whose second address follows a digit and a dash', () => {
    expectRedacted('DHCP pool 192.168.7.10-192.168.7.200 leased', ['192.168.7.10', '192.168.7.200']);
  });
});
