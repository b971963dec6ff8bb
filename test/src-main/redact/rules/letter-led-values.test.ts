// Issue 24, standard profile: plates, VINs, passports, Polish identity cards and the codice fiscale
// led by capitals, dates of birth, phones after their words, 00-led international numbers and a
// meeting dialled in one string. Values are invented (checks computed with the issuers' rules); the
// technical lines around them must stay.
import { describe, expect, it } from 'vitest';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('vehicle plates and VINs after vehicle words', () => {
  it.each([
    ['the registration is AB12 CDE', 'AB12 CDE'],
    ['reg AB12CDE', 'AB12CDE'],
    ['targata AB 123 CD', 'AB 123 CD'],
    ['Samochód WZ 1234A stoi', 'WZ 1234A'],
    ['car ABC-123 (Mikko)', 'ABC-123'],
    ['plate is XYZ-789', 'XYZ-789'],
    ['the plate on the van is KLM-456', 'KLM-456'],
    ['kenteken 12-ABC-3', '12-ABC-3'],
    ['rendszám ABC-123', 'ABC-123'],
    ['rekisterinumero ABC-123', 'ABC-123'],
    ['matrícula 1234 BCD', '1234 BCD'],
    ['Kennzeichen M-AB 1234', 'M-AB 1234'],
    ['מספר הרכב 12-345-67', '12-345-67'],
    ['VIN 1HGCM82633A004352', '1HGCM82633A004352'],
    ['numero di telaio ZFA22300005556777', 'ZFA22300005556777'],
    ['Fahrgestellnummer WDB1234561A123456', 'WDB1234561A123456'],
    ['chassis number VF1RFB00X56789012', 'VF1RFB00X56789012'],
    ['numéro de série du véhicule VF1RFB00X56789012', 'VF1RFB00X56789012'],
    ['číslo karoserie TMBJJ7NE8F0123456', 'TMBJJ7NE8F0123456'],
  ])('redacts %s', (line, value) => {
    expectRedacted(line, [value]);
  });

  it('finds a North American VIN with no word only when its check digit fits', () => {
    expectRedacted('the car 1HGCM82633A004352 is in the shop', ['1HGCM82633A004352'], ['is in the shop']);
    expectRedacted('seen 1HGCM82633A004352 today', ['1HGCM82633A004352']);
    for (const line of ['build 1HGCM82633A004353 ok', 'seen WDB1234561A123456 today']) expect(redactLine(line)).toBe(line);
  });

  it('keeps technical tokens after everyday vehicle words and codes far from them', () => {
    for (const line of [
      'Registration failed with 403 on TLS1 transport, SIP/2.0 200 OK',
      'the registration expired after 3600 s, reg id AB12 retry',
      'car 3 of 10 booted',
      'INFO car rental API v2.1 code E1234',
      'passport check ok, build ABC-123 done',
      'job XYZ-789 finished',
      'error HTTP2 at TLS1 from AB12 to ZX81',
    ]) expect(redactLine(line)).toBe(line);
  });
});

describe('passports, Polish identity cards and the codice fiscale', () => {
  it.each([
    ['passport X1234567', 'X1234567'],
    ['my passport number is XK4471234', 'XK4471234'],
    ['Paszport AB1234567', 'AB1234567'],
    ['Reisepass C4J7RT2X9', 'C4J7RT2X9'],
    ['pasaporte XDA123456', 'XDA123456'],
    ['passaporto YA1234567', 'YA1234567'],
    ['numer dowodu ABA300000', 'ABA300000'],
    ['codice fiscale RSSMRA85T10A562S', 'RSSMRA85T10A562S'],
    ['CF: RSSMRA85T10A562S', 'RSSMRA85T10A562S'],
    ['il suo RSSMRA85T10A562S va bene', 'RSSMRA85T10A562S'],
  ])('redacts %s', (line, value) => {
    expectRedacted(line, [value]);
  });

  it('keeps a dowód number that fails its check and a codice fiscale with a wrong check character', () => {
    for (const line of ['numer dowodu ABA300001', 'il suo RSSMRA85T10A562T va bene']) expect(redactLine(line)).toBe(line);
  });
});

describe('dates of birth in prose', () => {
  it.each([
    'born 3rd of March 1979',
    'date of birth March 3, 1979',
    'né le 3 mars 1979',
    'DOB 12.03.1985',
    'd.o.b. 1985-03-12',
    'birthday 12/03/85',
    'nata il 12/03/1985',
    'nacido el 3 de marzo de 1979',
    'urodzona 12.03.1985',
    'urodzony 3 marca 1979',
    'születési idő 1985.03.12',
    'syntynyt 12.3.1985',
    'doğum tarihi 12.03.1985',
  ])('redacts %s', (line) => {
    expect(redactLine(line)).toMatch(/<birth-date-1>$/);
  });
});

describe('phones after their words', () => {
  it.each([
    ['fax 22 628 41 98', '22 628 41 98'],
    ['mobile 532 418 27 63', '532 418 27 63'],
    ['Tel. 06 1 457 2290', '06 1 457 2290'],
    ['mob: 0612345678', '0612345678'],
    ['tel 612 34 56 78', '612 34 56 78'],
    ['telefon 22 628 41 98', '22 628 41 98'],
    ['handy 0151 23456789', '0151 23456789'],
    ['cell 555 0134', '555 0134'],
    ['ring me on 07700 900123', '07700 900123'],
    ['call 0036301852247 tomorrow', '0036301852247'],
  ])('redacts %s', (line, value) => {
    expect(expectRedacted(line, [value])).toContain('<phone:');
  });

  it('keeps counts, dates, versions, addresses and amounts after phone words', () => {
    for (const line of [
      'fax 2 pages, mobile 5 users, call 3 of 10, took 12.03 s, EUR 1.234,56',
      'tel 2024-05-01 and phone 12.03.1985',
      'phone state changed 3 times, phone 1 of 3 registered',
      'Phone 5.17.11 started',
      'Zoom Phone 6.2.0 (1234) ready',
      'error 403 port 5060 version 5.17.11.3402',
    ]) expect(redactLine(line)).toBe(line);
  });
});

describe('meeting credentials', () => {
  it('takes the meeting number and the PIN of a dial string and keeps Zoom\'s dial-in number', () => {
    expect(redactLine('+16699006833,,81234567890#,,,,*123456#')).toBe('+16699006833,,<meeting-id-1>#,,,,*<secret-1>#');
    expect(redactLine('dial +16699006833,,81234567890# now')).toBe('dial +16699006833,,<meeting-id-1># now');
  });

  it('takes participant ids and passcodes after their words', () => {
    expectRedacted('Participant ID: 123456, Passcode: 482913', ['123456', '482913']);
  });

  it('leaves everything to the minimal profile but secrets', () => {
    expect(redactLine('plate is XYZ-789, passport X1234567, fax 22 628 41 98', { profile: 'minimal' })).toBe('plate is XYZ-789, passport X1234567, fax 22 628 41 98');
  });
});
