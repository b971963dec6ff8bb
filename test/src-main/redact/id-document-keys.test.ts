// What a value announced as a passport, plate, VIN, birth date, account ... must look like.
import { describe, expect, it } from 'vitest';
import { idValueKey, isDateText, phraseKind } from '../../../src-main/redact/id-document-keys.js';

describe('announced identifier values', () => {
  it('reads dates in the ways people and programs write them', () => {
    expect(['12/03/1988', '1988-03-12', '12.03.1988', '03-12-88', '1988-03-12T00:00:00Z', '19880312', '3 March 1988', '3rd of March, 1988', 'March 3, 1988', 'Mar. 3 1988'].every(isDateText)).toBe(true);
    expect(['13/13/1988', '1988-02-30', 'March 3', '12345678', '3.2.1', 'v1.2.3'].some(isDateText)).toBe(false);
  });

  it('fits values to their kind and one spelling of a value compares as another', () => {
    expect(idValueKey('passport', 'X1234567')).toBe('X1234567');
    expect(idValueKey('national-id', '123-45-6789')).toBe(idValueKey('national-id', '123456789'));
    expect(idValueKey('licence-plate', 'AB12 CDE')).toBe('AB12CDE');
    expect(idValueKey('iban', 'DE89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
    expect(idValueKey('routing-number', '021000021')).toBe('021000021');
    expect(idValueKey('card-security-code', '123')).toBe('123');
    // Values that stand for nothing, or are not of the kind.
    expect([idValueKey('passport', 'N/A'), idValueKey('licence-plate', 'main'), idValueKey('vin', '1HGCM82633A004353'), idValueKey('routing-number', '021000022'), idValueKey('birth-date', 'unknown'), idValueKey('card-security-code', '12345'), idValueKey('national-id', 'null')]).toEqual(Array(7).fill(null));
    expect(phraseKind('Date of Birth')).toBe('birth-date');
    expect(phraseKind('weather')).toBeNull();
  });
});
