// Cards, IMEIs and ICCIDs found by their check digit in any grouping; numbers that fail it stay.
// Values from public test data: PayPal's test card list, Worldpay's and Presidio's card tests,
// Alvearie de-identification's IMEI test, a Luhn test of SIM ICCIDs (test/fixtures/real-world/SOURCES.md).
import { describe, expect, it } from 'vitest';
import { checksummedKind, passesLuhn } from '../../../../src-main/redact/rules/checksummed-numbers.js';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('checksummed numbers', () => {
  it('tells cards, IMEIs and ICCIDs by Luhn and prefix', () => {
    expect(['4012888888881881', '378282246310005', '30569309025904', '3530111333300000', '6011000990139424', '4222222222222', '5105105105105100'].map(checksummedKind)).toEqual(Array(7).fill('card'));
    expect(['001013001234568', '354957031609855', '490154203237518'].map(checksummedKind)).toEqual(['imei', 'imei', 'imei']);
    expect(['8910390000003919552', '89014103211118510720'].map(checksummedKind)).toEqual(['iccid', 'iccid']);
    // Fails Luhn; a millisecond timestamp (no card starts with 1); too short.
    expect(['4012888888881882', '001013001234567', '8910390000003919551', '1700000000123', '123456785678'].map(checksummedKind)).toEqual(Array(5).fill(null));
    expect(passesLuhn('79927398713')).toBe(true);
  });

  it.each([
    ['card 4012888888881881 and 4012-8888-8888-1881 and 4012 8888 8888 1881', ['4012', '8888', '1881']],
    ['MASTERCARD_PAN_FORMATTED = "5292 8921 9383 5234", AMEX "3427 931789 31249"', ['5292', '9383', '931789', '31249']],
    ['Card Number: 5425-2334-3010-9903 Expiry Date: 12/25', ['5425-2334', '3010-9903']],
    ['pan=6011111111111117&exp=1227 and 371449635398431', ['6011111111111117', '371449635398431']],
    ['IMEI: 35-495703-160985-5 / 354957031609855 / 35 495703 160985 5 / 35/495703/160985/5', ['495703', '160985']],
    ['test device 001013001234568 registered', ['001013001234568']],
    ['SIM ICCID 8910390000003919552 and 8944 1000 0000 0000 0000 and 89014103211118510720', ['8910390000003919552', '89014103211118510720']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone, []);
  });

  it("reads '+' between groups as a form body's space", () => {
    expect(redactLine('card=5425+2334+3010+9903&name=x')).toBe('card=<card-1>&name=x');
    expect(redactLine('sum=1+2+3+4+5+6+7+8+9+10+11+12+13')).toBe('sum=1+2+3+4+5+6+7+8+9+10+11+12+13');
  });

  it('keeps numbers that fail the check, timestamps, dates and ids', () => {
    const line = 'req 4012888888881882 imei? 001013001234567 iccid? 8910390000003919551 ts=1700000000123 at 2026-11-26 09:12:44 id 1234567890123456 order 12 34 56';
    expect(redactLine(line)).toBe(line);
  });

  it('gives one card one placeholder whatever its grouping', () => {
    expect(redactLine('4111 1111 1111 1111, 4111-1111-1111-1111 and 4111111111111111')).toBe('<card-1>, <card-1> and <card-1>');
    expect(redactLine('IMEI 352099001761481 / 35-209900-176148-1')).toBe('IMEI <imei-1> / <imei-1>');
  });
});
