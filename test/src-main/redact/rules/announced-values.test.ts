// Values announced in prose by the word that names them, in the standard profile: national numbers
// by their local names (with their check digits), birth dates in several languages, bank details,
// card expiry, documents, health and member ids, positions and postal codes. Values are invented
// (check digits computed with the issuers' rules); technical lines of a phone log must stay.
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../../src-main/redact/redactor.js';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('national numbers after their local names (standard)', () => {
  it.each([
    ['Steuer-ID 48151623425 bitte prüfen', ['48151623425']],
    ['Steuer-ID: 27 381 946 508', ['27 381 946 508']],
    ['steuer id 48151623425', ['48151623425']],
    ['My Number 3141 5926 5352 registered', ['3141 5926 5352']],
    ['MY NUMBER: 271828182840', ['271828182840']],
    ['PESEL: 85071512348', ['85071512348']],
    ['numer PESEL 02212405675', ['02212405675']],
    ['personnummer 850709-1232', ['850709-1232']],
    ['Personnummer 19920315-4563', ['19920315-4563']],
    ['BSN 234567892 en burgerservicenummer 173645288', ['234567892', '173645288']],
    ['CPR-nummer 240291-3345', ['240291-3345']],
    ['HETU 150385-417F', ['150385-417F']],
    ['fødselsnummer 15068512333, d-nummer 03089240084', ['15068512333', '03089240084']],
    ['RUT 7.654.321-6 y RUT 15.678.432-K', ['7.654.321-6', '15.678.432-K']],
    ['NIK 3273015506900003', ['3273015506900003']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone);
  });

  it('keeps numbers that fail the named check and numbers after other words', () => {
    const line = 'Steuer-ID 48151623426, PESEL 85071512349, BSN 234567893, NPI 1987654329, ticket 48151623425, build 85071512348';
    expect(redactLine(line)).toBe(line);
  });
});

describe('birth dates in prose (standard)', () => {
  it.each([
    ['DOB 1983-07-19', ['1983-07-19']],
    ['date of birth: 19/07/1983', ['19/07/1983']],
    ['Geburtsdatum 02.11.1967', ['02.11.1967']],
    ['née le 14 février 1992', ['14 février 1992']],
    ['né le 3 août 1979', ['3 août 1979']],
    ['fecha de nacimiento 28/02/1996', ['28/02/1996']],
    ['fecha de nacimiento: 5 de noviembre de 1990', ['5 de noviembre de 1990']],
    ['Geburtsdatum: 7. März 1971', ['7. März 1971']],
    ['born 1984-02-29', ['1984-02-29']],
    ['data di nascita 11/09/1975', ['11/09/1975']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone);
  });

  it('keeps dates that are not birth dates', () => {
    const line = 'created 2026-11-05, updated 19/07/1983 by job, cert valid from 2024-01-01, version 2024-11-05';
    expect(redactLine(line)).toBe(line);
  });
});

describe('bank, card and document details in prose (standard)', () => {
  it.each([
    ['routing 111000614 account no. 40917733', ['111000614', '40917733']],
    ['Kontonummer 0532013000 BLZ 37040044', ['0532013000', '37040044']],
    ['IBAN: FR14 2004 1010 0505 0001 3M02 606 on file', ['FR14 2004', '3M02 606']],
    ['exp 04/31, expiry 11/2029, valid thru 08/30, gültig bis 01/28', ['04/31', '11/2029', '08/30', '01/28']],
    ['passeport 18XK20744, plate 4KDT921', ['18XK20744', '4KDT921']],
    ['Kennzeichen HH-AB 3170', ['HH-AB 3170']],
    ['VIN 1M8GDM9AXKP042788', ['1M8GDM9AXKP042788']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone);
  });

  it('takes card numbers written with + in a form body and the expiry field', () => {
    const out = expectRedacted('card=4539+1488+0343+6467&exp=04%2F31&cvv=321', ['4539', '6467', '04%2F31', '=321']);
    expect(out).toContain('<card-1>');
    expect(out).toContain('<card-expiry-1>');
  });

  it('keeps an expiry key that holds a timestamp and an account count', () => {
    const line = '{"exp": 1767225600, "iat": 1767222000} account 2 of 3 registered, routing 021000022';
    expect(redactLine(line)).toBe(line);
  });
});

describe('health and member ids in prose (standard)', () => {
  it.each([
    ['NPI 1987654328', ['1987654328']],
    ['MBI 4TR7-PA2-KK51', ['4TR7-PA2-KK51']],
    ['NHS number 401 023 2137', ['401 023 2137']],
    ['employee id 204518, badge: 004417, customer no. 88412', ['204518', '004417', '88412']],
    ['Personalnummer 4711 und Kundennummer 9912-331', ['4711', '9912-331']],
    ['transit card 3086 2299 5610', ['3086 2299 5610']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone);
  });

  it('files them under government-id and account-id', () => {
    const redactor = new Redactor({ profile: 'standard' });
    redactLine('NPI 2456789017 employee id 204518', {}, redactor);
    expect(redactor.counts).toMatchObject({ 'government-id': 1, 'account-id': 1 });
  });
});

describe('positions and postal codes in prose (standard)', () => {
  it('takes a lat/lon pair as one position', () => {
    expect(redactLine('fix lat 48.85837 lon 2.29448 acc 12m')).toBe('fix lat <location-1> lon <location-1> acc 12m');
    expect(redactLine('latitude 33.8688 longitude -151.2093')).toBe('latitude <location-1> longitude <location-1>');
  });

  it.each([
    ['〒106-0032 東京都港区', ['106-0032']],
    ['CEP 22041-011 Rio de Janeiro', ['22041-011']],
    ['MG Road, Bengaluru PIN 560001', ['560001']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone);
  });
});

describe('values led by capitals after their words (strict only: a test at every digit after a capital costs the scan ~15 %)', () => {
  const strict = { profile: 'strict' as const };
  it.each([
    ['Reisepass C7TK40R19, pasaporte XKD482913', ['C7TK40R19', 'XKD482913']],
    ['KVNR B987654320', ['B987654320']],
    ['CURP PEGJ850315HJCRRN06', ['PEGJ850315HJCRRN06']],
    ['IBAN NL91ABNA0417164300 and iban CH93 0076 2011 6238 5295 7', ['NL91ABNA0417164300', 'CH93 0076']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone, [], strict);
  });

  it('keeps codecs and hex after other words', () => {
    const line = 'codec G711 H264, cipher AES256, sha ABC123DEF, KVNR B987654321';
    expect(redactLine(line, strict)).toBe(line);
  });
});

describe('what stays', () => {
  it('keeps the technical lines of a phone log', () => {
    const lines = [
      'SIP/2.0 200 OK port 5060 took 35 ms render 12 jitter 5 loss 0 ICE candidate 1 Call-ID 1234567890',
      '[SIP] REGISTER 200 OK expires 3600 keep-alive sent to 8.5.128.2 version 5.17.11.20383',
      'lat 95.12345 (out of range), card number unknown, account 7, plate 1 of 2, error 400, build 19880229',
      'time zone America/Los_Angeles, Call Quality 4.2, us01sipbr01.zoom.us, exp 1700000000',
    ];
    for (const line of lines) expect(redactLine(line)).toBe(line);
  });

  it('still gives a number its own rule when a phrase only ends like one', () => {
    expect(redactLine('Card Number: 4539 1488 0343 6467, local candidate 192.168.1.20:50000')).toBe('Card Number: <card-1>, local candidate <ip:private-1>:50000');
  });
});

describe('national numbers of more countries after their names, in prose and after keys (standard)', () => {
  it.each([
    ['AFM 094014249 and NIP 5271839409', ['094014249', '5271839409']],
    ['ИНН 7704154339, СНИЛС 112-233-445 95', ['7704154339', '112-233-445 95']],
    ['TC Kimlik No 10000000146, tckn: 38472910510', ['10000000146', '38472910510']],
    ['CNP 1850512123456, AMKA 15038512347, REGON 123456785', ['1850512123456', '15038512347', '123456785']],
    ['Aadhaar 234567890124, CPF 52998224725, CUIT 20-12345678-6', ['234567890124', '52998224725', '20-12345678-6']],
    ['DNI 12345678Z, NIF 234567899, PPSN 1234567T, RNOKPP 3124567896', ['12345678Z', '234567899', '1234567T', '3124567896']],
    ['rodné číslo 850512/1230, adóazonosító jel 8472619303, Iqama 2348172657', ['850512/1230', '8472619303', '2348172657']],
    ['Thai ID 1-1037-00123-45-8, 身份证 11010519491231002X', ['1-1037-00123-45-8', '11010519491231002X']],
    ['{"nip": "527-183-94-09", "pan": "ABCPE1234F", "inn": "7704154339", "snils": "112-233-445 95"}', ['527-183-94-09', 'ABCPE1234F', '7704154339', '445 95']],
    ['amka=15038512347 cuit: 20-12345678-6 cnp=1850512123456 rrn: 850512-1234566 codice_fiscale: RSSMRA85T10A562S', ['15038512347', '12345678', '1850512123456', '1234566', 'RSSMRA85T10A562S']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone);
  });

  it('files them as national ids', () => {
    expect(redactLine('AFM: 094014249, ИНН 7704154339')).toBe('AFM: <national-id-1>, ИНН <national-id-2>');
  });

  it('keeps numbers after the same words in their everyday or technical sense', () => {
    const line = 'inn 1234567890 nip 123 pan 45 pan: -30, plate 1 of 2, Call-ID 1234567890, expires 3600, RFC 3261, registration 3600, NIP 5271839408';
    expect(redactLine(line)).toBe(line);
  });
});

describe('plates and passports of more countries after their words (standard)', () => {
  it.each([
    ['plaka 34 KMT 71 ve rejestracja WX 4821K', ['34 KMT 71', 'WX 4821K']],
    ['matrícula 4821 KTM, SPZ 1AB 2345, kenteken: 12-ABC-3, targa=AB123CD', ['4821 KTM', '1AB 2345', '12-ABC-3', 'AB123CD']],
    ['{"plate": "34 KMT 71", "company_car": {"plate": "Е482КМ199"}} license_plate: ΙΚΥ-4821', ['34 KMT 71', 'Е482КМ199', 'ΙΚΥ-4821']],
    ['immatriculation: GH-482-KT, placa: RJZ4E21, plates = 34 ABC 482', ['GH-482-KT', 'RJZ4E21', '34 ABC 482']],
    ['passaporte 123482913, pasaporte n.º 48291377, Paspoort 4NXR8K8L2', ['123482913', '48291377', '4NXR8K8L2']],
    ['{"passport": "45 17 482913", "pasaport": "U12345678"}', ['482913', 'U12345678']],
    ['πινακίδα ΙΚΥ-4821 και госномер Е482КМ199', ['ΙΚΥ-4821', 'Е482КМ199']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone);
  });

  // A value led by capitals after a word in prose (codice fiscale RSSMRA85T10A562S, placa RJZ4E21) is strict's
  // (ANNOUNCED_LETTERS_RULE): from every digit after a capital it cost the standard scan 5-12 ms per 8 MB.
  it('gives a plate in Cyrillic or Greek capitals and in Latin ones one placeholder', () => {
    expect(redactLine('plate: E482KM199, "plate": "Е482КМ199", госномер Е482КМ199')).toBe('plate: <licence-plate-1>, "plate": "<licence-plate-1>", госномер <licence-plate-1>');
  });

  it('keeps plate words before what is no plate', () => {
    const line = 'plaka 12 adet, targa 2024, placa base 5, plates 3, spz 10';
    expect(redactLine(line)).toBe(line);
  });
});

describe('lists of plates and a Russian passport after their words in prose (standard)', () => {
  it.each([
    ['plates 34 ABC 482, 34 KMT 71', ['34 ABC 482', '34 KMT 71'], []],
    ['plaka 34 KMT 71, 06 BZ 1234 ve', ['34 KMT 71', '06 BZ 1234'], [' ve']],
    ['госномер Е482КМ199, Е483КМ177', ['Е482КМ199', 'Е483КМ177'], []],
    ['plates WX 4821K, GH-482-KT, RJZ4E21.', ['WX 4821K', 'GH-482-KT', 'RJZ4E21'], []],
    ['Паспорт 45 17 482913 выдан', ['45 17 482913', '482913'], ['выдан']],
    ['серия и номер паспорта 45 17 482913', ['482913'], []],
  ])('redacts %s', (line, gone, kept) => {
    expectRedacted(line, gone, kept);
  });

  it('gives each plate of a list its own placeholder, the same as elsewhere', () => {
    expect(redactLine('plates 34 ABC 482, 34 KMT 71; plate: 34 KMT 71')).toBe('plates <licence-plate-1>, <licence-plate-2>; plate: <licence-plate-2>');
  });

  it('ends the list at what is no plate', () => {
    expect(redactLine('plate 34 ABC 482, 3600 ms, ABC 12, 200 OK')).toBe('plate <licence-plate-1>, 3600 ms, ABC 12, 200 OK');
    const line = 'render 45 17 482913 frames, retries 12 30 100000';
    expect(redactLine(line)).toBe(line);
  });
});

describe('one-time codes after their names', () => {
  it('takes the code after its name and keeps error codes and durations', () => {
    expect(redactLine('OTP: 482913 and security code: 0417')).toBe('OTP: <secret-1> and security code: <secret-2>');
    expect(redactLine('Dein Bestätigungscode: 771204')).toBe('Dein Bestätigungscode: <secret-1>');
    for (const line of ['error code 403', 'the verification code expired after 300 seconds']) expect(redactLine(line)).toBe(line);
  });
});
