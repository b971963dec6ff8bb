import { describe, expect, it } from 'vitest';
import { Placeholders } from '../../../src-main/redact/placeholders.js';
import { isPhoneNumber, macPlaceholder, normalisePhone, phonePlaceholder } from '../../../src-main/redact/typed-placeholders.js';

describe('typed placeholders', () => {
  it('normalises the (0) trunk digit and the 00 international prefix', () => {
    expect(normalisePhone('+44 (0)20 7183 8750')).toBe('+44 20 7183 8750');
    expect(normalisePhone('0049 30 12345678')).toBe('+49 30 12345678');
    expect(normalisePhone('030 12345678')).toBe('030 12345678');
  });

  it('numbers a phone by its digits and keeps country code and length', () => {
    const p = new Placeholders();
    expect(phonePlaceholder(p, '+44 (0)20 7183 8750')).toBe('<phone:+44:10d-1>');
    expect(phonePlaceholder(p, '00442071838750')).toBe('<phone:+44:10d-1>');
    expect(phonePlaceholder(p, '020 7183 8750')).toBe('<phone:11d-2>');
  });

  it('accepts 7 to 15 digits of phone punctuation only', () => {
    expect(isPhoneNumber('+1 (415) 555-0123')).toBe(true);
    expect(isPhoneNumber('123456')).toBe(false);
    expect(isPhoneNumber('4155550123x')).toBe(false);
  });

  it('gives one MAC one placeholder in every notation and refuses what is not one', () => {
    const p = new Placeholders();
    const forms = ['00:1A:2B:3C:4D:5E', '00-1a-2b-3c-4d-5e', '001a.2b3c.4d5e', '001A2B3C4D5E'];
    expect(forms.map((f) => macPlaceholder(p, f))).toEqual(['<mac-1>', '<mac-1>', '<mac-1>', '<mac-1>']);
    expect(macPlaceholder(p, '001A2B3C4D')).toBeNull();
  });
});
