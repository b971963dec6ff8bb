// Check digits of government and bank identifiers, with the issuers' own published examples
// (SSA, Receita Federal, UIDAI's Verhoeff scheme, Ministerio del Interior, HMRC, INSEE, GB 11643,
// South Africa's Home Affairs, Agenzia delle Entrate, NHTSA, ABA) and one-digit changes that fail.
import { describe, expect, it } from 'vitest';
import {
  isArgentineCuit, isCzechBirthNumber, isEgyptianId, isGreekAfm, isGreekAmka, isHungarianTaxId, isIndianPan, isIrishPpsn, isKoreanRrn, isPhilippineTin, isPolishNip,
  isPolishRegon, isPortugueseNif, isRomanianCnp, isRussianInn, isRussianSnils, isSaudiId, isThaiId, isTurkishId, isUkrainianRnokpp,
} from '../../../src-main/redact/id-checksums.js';
import {
  isChileanRut, isDanishCpr, isDutchBsn, isFinnishHetu, isGermanKvnr, isGermanTaxId, isIndonesianNik, isJapanMyNumber, isMexicanCurp, isMexicanRfc,
  isNhsNumber, isNorwegianBirthNumber, isPolishPesel, isSwedishPersonnummer, isUsMbi, isUsNpi,
} from '../../../src-main/redact/id-checksums.js';
import {
  isAadhaar, isAbaRouting, isBrazilCnpj, isBrazilCpf, isCalendarDate, isCanadaSin, isChineseResidentId, isCodiceFiscale, isFrenchNir, isSouthAfricanId,
  isSpanishDniOrNie, isUkNino, isUsItin, isUsSsn, isVin, passesVerhoeff,
} from '../../../src-main/redact/id-checksums.js';

describe('identifier checks', () => {
  it('accepts valid US SSNs and ITINs, refuses the areas, groups and serials never issued', () => {
    expect(['123456789', '219099999', '078051120'].every(isUsSsn)).toBe(true);
    expect(['000123456', '666123456', '923456789', '123006789', '123450000', '12345678'].some(isUsSsn)).toBe(false);
    expect(['912701234', '900501234', '999941234'].every(isUsItin)).toBe(true);
    expect(['912001234', '912931234', '123701234'].some(isUsItin)).toBe(false);
  });

  it('checks routing numbers, SINs, CPF and CNPJ', () => {
    expect(['021000021', '011000015', '121000358'].every(isAbaRouting)).toBe(true);
    expect(['021000022', '991000021', '12345678'].some(isAbaRouting)).toBe(false);
    expect(['046454286', '123456782'].every(isCanadaSin)).toBe(true);
    expect(['046454287', '846454286'].some(isCanadaSin)).toBe(false);
    expect(['52998224725', '11144477735'].every(isBrazilCpf)).toBe(true);
    expect(['52998224726', '11111111111'].some(isBrazilCpf)).toBe(false);
    expect(['11222333000181', '11444777000161'].every(isBrazilCnpj)).toBe(true);
    expect(['11222333000182', '00000000000000'].some(isBrazilCnpj)).toBe(false);
  });

  it('checks Verhoeff, Aadhaar, DNI/NIE and NINO', () => {
    expect(passesVerhoeff('2363')).toBe(true);
    expect(passesVerhoeff('2364')).toBe(false);
    expect(['234567890124', '498765432102'].every(isAadhaar)).toBe(true);
    expect(['234567890125', '123456789012'].some(isAadhaar)).toBe(false);
    expect(['12345678Z', 'X1234567L', '12345678z'].every(isSpanishDniOrNie)).toBe(true);
    expect(['12345678A', 'X1234567A', '1234567Z'].some(isSpanishDniOrNie)).toBe(false);
    expect(['AB123456C', 'ce123456d'].every(isUkNino)).toBe(true);
    expect(['DA123456C', 'AO123456C', 'GB123456A', 'AB123456E'].some(isUkNino)).toBe(false);
  });

  it('checks NIR, Chinese and South African ids, codice fiscale and VINs', () => {
    expect(['255081416802538', '185057800608491'].every(isFrenchNir)).toBe(true);
    expect(['255081416802539', '955081416802538'].some(isFrenchNir)).toBe(false);
    expect(isChineseResidentId('11010519491231002X')).toBe(true);
    expect(['110105194912310021', '11010519491331002X'].some(isChineseResidentId)).toBe(false);
    expect(isSouthAfricanId('8001015009087')).toBe(true);
    expect(['8001015009088', '8013015009087', '1700000000123'].some(isSouthAfricanId)).toBe(false);
    expect(isCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(isCodiceFiscale('RSSMRA85T10A562T')).toBe(false);
    expect(['1HGCM82633A004352', 'WVWZZZ1JZ3W386752'].every(isVin)).toBe(true);
    expect(['1HGCM82633A004353', '1HGCM82633A00435', 'IHGCM82633A004352'].some(isVin)).toBe(false);
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
  });
});

// Issue 24: national numbers by their local names. Valid values are invented and their check digits
// computed by each issuer's rule (BZSt, J-LIS, RENAPO, PESEL, Skatteverket, Rijksoverheid, DVV,
// Skatteetaten, SII, GKV-Spitzenverband, CMS, NHS Digital); one changed digit must fail.
describe('national numbers by local name', () => {
  it.each([
    ['Steuer-ID', isGermanTaxId, ['48151623425', '27381946508'], ['48151623426', '08151623425', '4815162342']],
    ['My Number', isJapanMyNumber, ['314159265352', '271828182840'], ['314159265353', '31415926535']],
    ['CURP', isMexicanCurp, ['PEGJ850315HJCRRN06', 'LOMA920704MDFPRR07'], ['PEGJ850315HJCRRN07', 'PEGJ851315HJCRRN06']],
    ['PESEL', isPolishPesel, ['85071512348', '02212405675'], ['85071512349', '85131512348']],
    ['personnummer', isSwedishPersonnummer, ['8507091232', '199203154563'], ['8507091233', '8513091232']],
    ['BSN', isDutchBsn, ['234567892', '173645288'], ['234567893', '000000000']],
    ['CPR', isDanishCpr, ['2402913345', '0101001234'], ['3002913345', '2413913345']],
    ['HETU', isFinnishHetu, ['150385-417F', '150385A417F'], ['150385-417E', '320385-417F']],
    ['fødselsnummer', isNorwegianBirthNumber, ['15068512333', '03089240084'], ['15068512334', '15138512333']],
    ['RUT', isChileanRut, ['76543216', '15678432K'], ['76543217', '15678432k0']],
    ['NIK', isIndonesianNik, ['3273015506900003', '3273011506900003'], ['3273019906900003', '3273015506900000']],
    ['KVNR', isGermanKvnr, ['B987654320', 'T274918366'], ['B987654321', '1987654320']],
    ['NPI', isUsNpi, ['1987654328', '2456789017'], ['1987654329', '3987654328']],
    ['NHS', isNhsNumber, ['4010232137', '4857773457'], ['4010232138', '401023213']],
  ] as const)('%s', (_, check, valid, invalid) => {
    for (const value of valid) expect(check(value), value).toBe(true);
    for (const value of invalid) expect(check(value), value).toBe(false);
  });

  it('checks the shapes of RFC and MBI', () => {
    expect(['GODE561231GR8', 'ABC680524P76'].every(isMexicanRfc)).toBe(true);
    expect(['GODE561331GR8', 'GO561231GR8'].some(isMexicanRfc)).toBe(false);
    expect(['4TR7PA2KK51', '1EG4TE5MK73'].every(isUsMbi)).toBe(true);
    expect(['4SR7PA2KK51', '0TR7PA2KK51', '4TR7PA2KK5'].some(isUsMbi)).toBe(false);
  });
});

describe('issue 24: checks of more countries (values computed with the issuers\' rules; one digit changed fails)', () => {
  it.each([
    ['PL NIP', isPolishNip, ['5271839409', '7765432104'], ['5271839408', '0001234567']],
    ['PL REGON', isPolishRegon, ['123456785', '12345678901235'], ['123456784', '000000000']],
    ['IN PAN', isIndianPan, ['ABCPE1234F', 'aaacb1234z'], ['ABCXE1234F', 'ABCPE12345']],
    ['RU INN', isRussianInn, ['7707083893', '5001007329', '773605003736'], ['7707083894', '773605003737']],
    ['RU SNILS', isRussianSnils, ['11223344595', '14872506383'], ['11223344596', '00100199800']],
    ['GR AFM', isGreekAfm, ['094014249', '997642818'], ['094014248', '000000000']],
    ['GR AMKA', isGreekAmka, ['15038512347', '22079064717'], ['15038512348', '32138512347']],
    ['TR TC Kimlik', isTurkishId, ['10000000146', '38472910510'], ['10000000147', '01234567890']],
    ['PT NIF', isPortugueseNif, ['234567899', '507432100'], ['234567898', '434567899']],
    ['AR CUIT', isArgentineCuit, ['20123456786', '27318465210'], ['20123456787', '40123456786']],
    ['CZ/SK rodné číslo', isCzechBirthNumber, ['8505121230', '9058123459', '530101123'], ['8505121231', '8513121230']],
    ['RO CNP', isRomanianCnp, ['1850512401230', '2961123408760'], ['1850512401231', '1850512991230']],
    ['UA RNOKPP', isUkrainianRnokpp, ['3124567896', '2847103951'], ['3124567897']],
    ['EG national id', isEgyptianId, ['29001011234567', '30107152101873'], ['49001011234567', '29013011234567']],
    ['KR RRN', isKoreanRrn, ['8505121234566', '9203042345676'], ['8505121234567', '8513121234566']],
    ['TH national id', isThaiId, ['1103700123458', '3123456789011'], ['1103700123459', '9103700123458']],
    ['SA national id', isSaudiId, ['1047293848', '2348172657'], ['1047293849', '3047293848']],
    ['PH TIN', isPhilippineTin, ['123-456-789-000', '123456789'], ['000-000-000', '12-3456-789']],
    ['HU adóazonosító jel', isHungarianTaxId, ['8472619303'], ['8472619304', '7472619303']],
    ['IE PPSN', isIrishPpsn, ['1234567T', '1234567TW', '8765432EA'], ['1234567A', '123456T']],
  ] as const)('%s', (_, check, good, bad) => {
    expect(good.filter((value) => !check(value))).toEqual([]);
    expect(bad.filter((value) => check(value))).toEqual([]);
  });
});

describe('isIsraeliId and isEmiratesId', () => {
  it('accept invented numbers with their check digits and reject one digit changed', async () => {
    const { isEmiratesId, isIsraeliId } = await import('../../../src-main/redact/id-checksums.js');
    expect(isIsraeliId('300031689')).toBe(true);
    expect(isIsraeliId('300031688')).toBe(false);
    expect(isEmiratesId('784198700031689')).toBe(true);
    expect(isEmiratesId('784198700031688')).toBe(false);
    expect(isEmiratesId('785198700031680')).toBe(false);
  });
});
