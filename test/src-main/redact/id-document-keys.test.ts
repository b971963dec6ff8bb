// What a value announced as a passport, plate, VIN, birth date, account ... must look like.
import { describe, expect, it } from 'vitest';
import { idValueKey, isCardExpiry, isDateText, phraseKind } from '../../../src-main/redact/id-document-keys.js';
import { expectRedacted, redactLine } from '../../helpers/redacted-line.js';

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

describe('issue 24: more kinds and languages', () => {
  const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

  it('reads dates with month names of other languages, as text and as the scan\'s bytes', () => {
    const dates = ['3 mars 1985', '14 février 1992', '7. März 1971', '5 de noviembre de 1990', '1er août 1979', '12 maggio 1968', '9 de março de 1994', '2 mei 1987'];
    expect(dates.every(isDateText)).toBe(true);
    expect(dates.map(latin1).every(isDateText)).toBe(true);
    expect(['3 mardi 1985', '32 mars 1985', '3 mars', 'mars 1985'].some(isDateText)).toBe(false);
  });

  it('reads card expiry dates', () => {
    expect(['09/29', '9/2029', '09-29', '09 / 29', '09%2F29'].every(isCardExpiry)).toBe(true);
    expect(['13/29', '00/29', '09/291', '1700000000', '2029-09'].some(isCardExpiry)).toBe(false);
    expect(idValueKey('card-expiry', '09%2F29')).toBe('09/29');
  });

  it('fits health and member ids', () => {
    expect(idValueKey('health-id', '943 476 5919')).toBe('9434765919');
    expect(idValueKey('member-id', 'E-20451')).toBe('E20451');
    expect(idValueKey('member-id', 'none')).toBeNull();
    expect(idValueKey('member-id', 'A1')).toBeNull();
  });

  it('finds the new keys in JSON, key=value and form bodies', () => {
    const line =
      '{"personnummer": "850709-1232", "my_number": "314159265352", "curp": "PEGJ850315HJCRRN06", "steuer_id": "48151623425", "employee_id": "E20451", "kvnr": "B987654320"} ' +
      'fodselsnummer=15068512333&exp=04%2F31&badge_id=004417 Reisepass: C7TK40R19 Kennzeichen: HH-AB 3170 Geburtsdatum: 02.11.1967';
    expectRedacted(line, ['850709-1232', '314159265352', 'PEGJ850315HJCRRN06', '48151623425', 'E20451', 'B987654320', '15068512333', '04%2F31', '004417', 'C7TK40R19', 'HH-AB 3170', '02.11.1967']);
    expect(redactLine('{"badge": "admin", "exp": 1767225600, "customer_id": "n/a"}')).toBe('{"badge": "admin", "exp": 1767225600, "customer_id": "n/a"}');
  });
});
