import { describe, expect, it } from 'vitest';
import { checkDialedNumber } from '../../src-shared/phone-number-check.js';

const kinds = (raw: string) => checkDialedNumber(raw).problems.map((p) => p.kind);

describe('checkDialedNumber', () => {
  it('accepts a clean international number and offers it in E.164', () => {
    expect(checkDialedNumber('+1 415 555 0123')).toEqual({ problems: [], looksLikeExtension: false, retype: '+14155550123' });
  });
  it('flags hidden characters from copy and paste and still reads the number', () => {
    const check = checkDialedNumber('\u200b+1\u00a0415 555 0123\ufeff');
    expect(check.problems.map((p) => p.kind)).toEqual(['hidden-characters']);
    expect(check.problems[0]!.message).toMatch(/3 hidden characters/);
    expect(check.retype).toBe('+14155550123');
  });
  it('flags a double plus and a plus in the middle', () => {
    expect(kinds('++44 20 7946 0958')).toContain('double-plus');
    expect(kinds('44+20 7946 0958')).toContain('double-plus');
  });
  it('flags a missing country code, but not for a short internal extension', () => {
    expect(kinds('415 555 0123')).toEqual(['missing-country-code']);
    expect(checkDialedNumber('1234')).toMatchObject({ problems: [], looksLikeExtension: true });
  });
  it('reads a 00 international prefix as a country code', () => {
    expect(checkDialedNumber('0044 20 7946 0958')).toMatchObject({ problems: [], retype: '+442079460958' });
  });
  it('flags extension and pause patterns', () => {
    for (const raw of ['+1 415 555 0123 ext 12', '+1 415 555 0123,,12', '+1 415 555 0123 x12', '+1 415 555 0123#12', '+14155550123p12']) {
      expect(kinds(raw), raw).toContain('extension-pattern');
    }
  });
  it('flags letters and numbers that cannot be valid', () => {
    expect(kinds('+1 800 FLOWERS')).toContain('letters');
    expect(kinds('+1 123')).toContain('invalid');
  });
  it('asks for a number when there is none', () => {
    expect(kinds(' \u200b ')).toEqual(['empty']);
  });
});
