// Government and financial identifiers: by shape and check digit without a label (standard), after
// their keys in every syntax (standard), and announced by a phrase in prose or led by capitals
// without a key (strict). Examples are the issuers' published sample numbers; near-misses must stay.
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../../src-main/redact/redactor.js';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

const strict = { profile: 'strict' as const };

describe('identity numbers by shape (standard)', () => {
  it.each([
    ['SSN 123-45-6789 and 219 09 9999 on file', ['123-45-6789', '219 09 9999']],
    ['SIN: 123 456 782 / 123-456-782', ['456 782', '456-782']],
    ['Aadhaar 2345 6789 0124 verified', ['6789 0124']],
    ['CPF 529.982.247-25, CNPJ 11.222.333/0001-81', ['529.982.247-25', '11.222.333/0001-81']],
    ['DNI 12345678Z', ['12345678Z']],
    ['NI number AB 12 34 56 C', ['12 34 56']],
    ['NIR 2 55 08 14 168 025 38 and 255081416802538', ['168 025 38', '255081416802538']],
    ['resident 11010519491231002X, ZA 8001015009087', ['11010519491231002X', '8001015009087']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone);
  });

  it('keeps numbers that fail the check, part numbers, versions, dates and timestamps', () => {
    const line = 'part number 123-45-6789, SKU 219-09-9999, order 2345 6789 0124, build 123-456-782, bad 000-12-3456 666-12-3456 923-45-6789 ' +
      'cpf 529.982.247-26 id 8001015009088 v1.2.3 on 2026-11-26 09:12:44 ts=1700000000123 12345678A';
    expect(redactLine(line)).toBe(line);
  });

  it('leaves cards to the card rule and gives one number one placeholder', () => {
    expect(redactLine('card 4111111111111111 and 4012888888881881')).toBe('card <card-1> and <card-2>');
    expect(redactLine('ssn=123456789 then SSN 123-45-6789')).toBe('ssn=<national-id-1> then SSN <national-id-1>');
  });
});

describe('identifiers after their keys (standard)', () => {
  it.each([
    ['{"passportNumber": "X1234567", "dob": "1988-03-12", "ssn": 123456789}', ['X1234567', '1988-03-12', '123456789']],
    ['passport_no=C01X00T47&date_of_birth=12/03/1988', ['C01X00T47', '12/03/1988']],
    ['Date of Birth: 3 March 1988\nPassport Number: AB1234567', ['3 March 1988', 'AB1234567']],
    ['driver_license: D1234-5678-9012\nlicense_plate: 7ABC123\nvin: 1HGCM82633A004352', ['D1234-5678-9012', '7ABC123', '1HGCM82633A004352']],
    ['<iban>DE89 3704 0044 0532 0130 00</iban><bic>COBADEFFXXX</bic>', ['DE89', '0130', 'COBADEFFXXX']],
    ['routing_number=021000021 account_number=000123456789 cvv=123', ['021000021', '000123456789', '=123']],
    ['[customer]\nDOB = 1988-03-12\ntax_id = 12-3456789\nnational_id: 8001015009087', ['1988-03-12', '12-3456789', '8001015009087']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone);
  });

  it('keeps values that do not fit the key', () => {
    const line = '{"plate": "main", "vin": "unknown", "dob": null, "routing_number": "021000022", "cvv": "required", "license": "MIT"}';
    expect(redactLine(line)).toBe(line);
  });

  it('keeps JSON valid and removes nothing in minimal', () => {
    const out = redactLine('{"ssn": 123456789, "cvv": 123}');
    expect(JSON.parse(out)).toEqual({ ssn: '<national-id-1>', cvv: '<card-security-code-1>' });
    expect(redactLine('{"ssn": "123456789", "dob": "1988-03-12"}', { profile: 'minimal' })).toBe('{"ssn": "123456789", "dob": "1988-03-12"}');
  });

  it('counts them under government-id and financial-account', () => {
    const redactor = new Redactor({ profile: 'standard' });
    redactLine('passport=X1234567 iban=DE89370400440532013000', {}, redactor);
    expect(redactor.counts).toMatchObject({ 'government-id': 1, 'financial-account': 1 });
  });
});

describe('announced in prose and led by capitals (strict)', () => {
  it.each([
    ['DOB 12/03/1988', ['12/03/1988']],
    ['patient born on 3 March 1988 in Lyon', ['3 March 1988']],
    ['Date of birth 1988-03-12', ['1988-03-12']],
    ['passport number is X1234567', ['X1234567']],
    ['VIN WVWZZZ1JZ3W386752, plate ABC 1234', ['WVWZZZ1JZ3W386752', 'ABC 1234']],
    ['Routing Number: 021000021', ['021000021']],
    ['CVV 123', ['123']],
    ['pay to DE89 3704 0044 0532 0130 00 or GB29NWBK60161331926819', ['DE89 3704', 'GB29NWBK60161331926819']],
    ['NINO AB123456C, NIE X1234567L, CF RSSMRA85T10A562S', ['AB123456C', 'X1234567L', 'RSSMRA85T10A562S']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone, [], strict);
  });

  it('keeps dates that are not birth dates, codecs and IBAN-shaped text that fails the check', () => {
    const line = 'created 12/03/1988, codec G711 H264, ref DE89370400440532013001, TLS1 AES256 on 2026-11-26';
    expect(redactLine(line, strict)).toBe(line);
  });
});
