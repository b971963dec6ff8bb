/**
 * Check digits and validity rules of government and bank identifiers, each as its issuer defines
 * it: a number that fails its check is not one of them, so detectors can find these numbers
 * without a label. Every function takes the identifier's characters without separators.
 */
import { passesLuhn } from './rules/checksummed-numbers.js';

/** The digits of a string (separators dropped). */
function digitsOf(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0) - 48);
}

/** True when YYYY-MM-DD is a real calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * US Social Security Number (9 digits): never area 000, 666 or 900-999, group 00 or serial 0000
 * (SSA, "Social Security Number Randomization").
 */
export function isUsSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  return area !== '000' && area !== '666' && area[0] !== '9' && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/** US ITIN (9 digits): area 9xx, group 50-65, 70-88, 90-92 or 94-99 (IRS). */
export function isUsItin(digits: string): boolean {
  if (!/^9\d{8}$/.test(digits)) return false;
  const group = Number(digits.slice(3, 5));
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
}

/** US ABA routing number (9 digits): 3-7-1 weighted sum divisible by 10, first two digits a Federal Reserve range. */
export function isAbaRouting(digits: string): boolean {
  if (!/^(?:0[0-9]|1[0-2]|2[1-9]|3[0-2]|61|6[2-9]|7[0-2]|80)\d{7}$/.test(digits)) return false;
  const d = digitsOf(digits);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

/** Canada Social Insurance Number (9 digits, Luhn; 8 starts business numbers, 0 the fictitious ones of examples). */
export function isCanadaSin(digits: string): boolean {
  return /^[0-79]\d{8}$/.test(digits) && passesLuhn(digits);
}

/** Brazil CPF (11 digits, two mod-11 check digits; one digit repeated is no CPF). */
export function isBrazilCpf(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  const d = digitsOf(digits);
  const check = (length: number): number => {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += d[i]! * (length + 1 - i);
    return ((sum * 10) % 11) % 10;
  };
  return check(9) === d[9] && check(10) === d[10];
}

/** Brazil CNPJ (14 digits, two mod-11 check digits with weights 2-9 from the right). */
export function isBrazilCnpj(digits: string): boolean {
  if (!/^\d{14}$/.test(digits) || /^(\d)\1{13}$/.test(digits)) return false;
  const d = digitsOf(digits);
  const check = (length: number): number => {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += d[length - 1 - i]! * (2 + (i % 8));
    const rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  return check(12) === d[12] && check(13) === d[13];
}

const VERHOEFF_D = ['0123456789', '1234067895', '2340178956', '3401289567', '4012395678', '5987604321', '6598710432', '7659821043', '8765932104', '9876543210'].map(digitsOf);
const VERHOEFF_P = ['0123456789', '1576283094', '5803796142', '8916043527', '9453126870', '4286573901', '2793806415', '7046913258'].map(digitsOf);

/** True when the digits pass the Verhoeff check (the dihedral group D5). */
export function passesVerhoeff(digits: string): boolean {
  let c = 0;
  const d = digitsOf(digits).reverse();
  for (let i = 0; i < d.length; i++) c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![d[i]!]!]!;
  return c === 0;
}

/** India Aadhaar (12 digits, Verhoeff, never starting with 0 or 1: UIDAI). */
export function isAadhaar(digits: string): boolean {
  return /^[2-9]\d{11}$/.test(digits) && passesVerhoeff(digits);
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spain DNI (8 digits + letter) or NIE (X, Y or Z + 7 digits + letter): the letter is the number mod 23. */
export function isSpanishDniOrNie(text: string): boolean {
  const parts = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(text.toUpperCase());
  if (!parts || parts[1]!.length + parts[2]!.length !== 8) return false;
  const number = Number(`${parts[1] ? 'XYZ'.indexOf(parts[1]) : ''}${parts[2]}`);
  return DNI_LETTERS[number % 23] === parts[3];
}

/**
 * UK National Insurance number (two letters, six digits, A-D): the first letter never D, F, I, Q, U
 * or V, the second never D, F, I, O, Q, U or V, and never BG, GB, KN, NK, NT, TN or ZZ (HMRC).
 */
export function isUkNino(text: string): boolean {
  const upper = text.toUpperCase();
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(upper) && !/^(?:BG|GB|KN|NK|NT|TN|ZZ)/.test(upper);
}

/**
 * France NIR (social security number, 15 characters): sex 1-4 or 7-8, birth month 01-12 or 20-99
 * (unknown), department (2A/2B for Corsica), and a key of 97 minus the first 13 digits mod 97.
 */
export function isFrenchNir(text: string): boolean {
  const upper = text.toUpperCase();
  if (!/^[1-478]\d{4}(?:\d\d|2[AB])\d{6}\d{2}$/.test(upper)) return false;
  const month = Number(upper.slice(3, 5));
  if (month === 0 || (month > 12 && month < 20)) return false;
  // Corsica: 2A counts as 19, 2B as 18 (INSEE).
  const body = BigInt(upper.slice(0, 13).replace('2A', '19').replace('2B', '18'));
  return 97n - (body % 97n) === BigInt(upper.slice(13));
}

/** China resident identity card (18 characters): ISO 7064 MOD 11-2 check, a real birth date, a province code. */
export function isChineseResidentId(text: string): boolean {
  const upper = text.toUpperCase();
  if (!/^[1-8]\d{16}[\dX]$/.test(upper)) return false;
  const year = Number(upper.slice(6, 10));
  if (year < 1900 || year > 2100 || !isCalendarDate(year, Number(upper.slice(10, 12)), Number(upper.slice(12, 14)))) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (upper.charCodeAt(i) - 48) * weights[i]!;
  return '10X98765432'[sum % 11] === upper[17];
}

/** South Africa identity number (13 digits): YYMMDD birth date, citizenship 0-2, then 8 or 9, Luhn. */
export function isSouthAfricanId(digits: string): boolean {
  if (!/^\d{10}[012][89]\d$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  // The century is not written: a date valid in a leap year (2000) is valid.
  return isCalendarDate(2000, month, day) && passesLuhn(digits);
}

/** Italy codice fiscale (16 characters): the last is a check letter over the first 15 (odd and even tables). */
export function isCodiceFiscale(text: string): boolean {
  const upper = text.toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNP-V]{2}[A-EHLMPR-T][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]$/.test(upper)) return false;
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const code = upper.charCodeAt(i);
    const value = code <= 57 ? code - 48 : code - 65;
    sum += i % 2 === 0 ? odd[value]! : value;
  }
  return String.fromCharCode(65 + (sum % 26)) === upper[15];
}

const VIN_VALUE: Record<string, number> = Object.fromEntries(
  [...'0123456789'].map((c, i) => [c, i] as const).concat([...'ABCDEFGH'].map((c, i) => [c, i + 1]), [...'JKLMN'].map((c, i) => [c, i + 1]), [['P', 7], ['R', 9]], [...'STUVWXYZ'].map((c, i) => [c, i + 2])),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/**
 * Vehicle identification number (ISO 3779: 17 characters, no I, O or Q). North American ones (the
 * first character 1-5) carry a check digit in position 9 (49 CFR 565); others need not.
 */
export function isVin(text: string): boolean {
  const upper = text.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(upper) || !/\d/.test(upper)) return false;
  if (!/^[1-5]/.test(upper)) return true;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += VIN_VALUE[upper[i]!]! * VIN_WEIGHTS[i]!;
  const check = sum % 11;
  return (check === 10 ? 'X' : String(check)) === upper[8];
}

/** Germany Steuer-ID (11 digits, not starting with 0): ISO 7064 MOD 11,10 check digit (BZSt). */
export function isGermanTaxId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === digits.charCodeAt(10) - 48;
}

/** Japan My Number (individual number, 12 digits): weights 2-7 then 2-6 from the right, mod 11. */
export function isJapanMyNumber(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (digits.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const rest = sum % 11;
  return (rest <= 1 ? 0 : 11 - rest) === digits.charCodeAt(11) - 48;
}

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ';

/** Mexico CURP (18 characters): name letters, birth date, sex, state, consonants, a check digit over the first 17 (RENAPO). */
export function isMexicanCurp(text: string): boolean {
  const upper = text.toUpperCase();
  const parts = /^[A-Z]{4}(\d\d)(\d\d)(\d\d)[HMX][A-Z]{2}[A-Z]{3}[A-Z0-9]\d$/.exec(upper);
  if (!parts || !isCalendarDate(2000, Number(parts[2]), Number(parts[3]))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(upper[i]!) * (18 - i);
  return (10 - (sum % 10)) % 10 === upper.charCodeAt(17) - 48;
}

/** Mexico RFC of a person or company (3-4 letters, a YYMMDD date, a three-character homoclave): shape and date. */
export function isMexicanRfc(text: string): boolean {
  const parts = /^[A-Z&]{3,4}(\d\d)(\d\d)(\d\d)[A-Z0-9]{2}[0-9A]$/.exec(text.toUpperCase());
  return parts !== null && isCalendarDate(2000, Number(parts[2]), Number(parts[3]));
}

/** Poland PESEL (11 digits): a birth date (century in the month) and weights 1-3-7-9 mod 10. */
export function isPolishPesel(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || !isCalendarDate(2000, Number(digits.slice(2, 4)) % 20, Number(digits.slice(4, 6)))) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(10) - 48;
}

/** Sweden personnummer or samordningsnummer (YYMMDD or YYYYMMDD, then 4 digits): a date (day + 60 allowed) and Luhn over the last 10. */
export function isSwedishPersonnummer(digits: string): boolean {
  if (!/^(?:\d\d)?\d{10}$/.test(digits)) return false;
  const ten = digits.slice(-10);
  const day = Number(ten.slice(4, 6));
  return isCalendarDate(2000, Number(ten.slice(2, 4)), day > 60 ? day - 60 : day) && passesLuhn(ten);
}

/** Netherlands BSN (9 digits): the "11-proef", weights 9 to 2 and -1 (Rijksoverheid). */
export function isDutchBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * (9 - i);
  return (sum - (digits.charCodeAt(8) - 48)) % 11 === 0;
}

/** Denmark CPR number (DDMMYY + 4 digits): a birth date (numbers since 2007 need not pass mod 11). */
export function isDanishCpr(digits: string): boolean {
  return /^\d{10}$/.test(digits) && isCalendarDate(2000, Number(digits.slice(2, 4)), Number(digits.slice(0, 2)));
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Finland HETU (DDMMYY, century sign, 3 digits, check character: the 9 digits mod 31). */
export function isFinnishHetu(text: string): boolean {
  const parts = /^(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])$/.exec(text.toUpperCase());
  if (!parts || !isCalendarDate(2000, Number(parts[1]!.slice(2, 4)), Number(parts[1]!.slice(0, 2)))) return false;
  return HETU_CHECK[Number(parts[1]! + parts[2]!) % 31] === parts[3];
}

/** Norway fødselsnummer (11 digits: DDMMYY, three digits, two mod-11 check digits; D-numbers add 4 to the day's first digit). */
export function isNorwegianBirthNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  if (!isCalendarDate(2000, Number(digits.slice(2, 4)) % 40, day > 40 ? day - 40 : day)) return false;
  const check = (weights: number[]): number => {
    let sum = 0;
    for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
    return (11 - (sum % 11)) % 11;
  };
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2]) === digits.charCodeAt(9) - 48 && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === digits.charCodeAt(10) - 48;
}

/** Chile RUT/RUN (7-8 digits and a check character 0-9 or K: weights 2-7 from the right, mod 11). */
export function isChileanRut(text: string): boolean {
  const parts = /^(\d{7,8})([\dK])$/.exec(text.toUpperCase());
  if (!parts) return false;
  let sum = 0;
  const body = parts[1]!;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) sum += (body.charCodeAt(i) - 48) * w;
  const value = 11 - (sum % 11);
  return (value === 11 ? '0' : value === 10 ? 'K' : String(value)) === parts[2];
}

/** Indonesia NIK (16 digits): region code, a birth date (day + 40 for women), a serial. */
export function isIndonesianNik(digits: string): boolean {
  if (!/^[1-9]\d{15}$/.test(digits)) return false;
  const day = Number(digits.slice(6, 8));
  return isCalendarDate(2000, Number(digits.slice(8, 10)), day > 40 ? day - 40 : day) && digits.slice(12) !== '0000';
}

/** Germany KVNR (health insurance number: a letter, 8 digits, a check digit over the letter as 01-26 and the digits, weights 1-2). */
export function isGermanKvnr(text: string): boolean {
  const upper = text.toUpperCase();
  if (!/^[A-Z]\d{9}$/.test(upper)) return false;
  const letter = String(upper.charCodeAt(0) - 64).padStart(2, '0');
  const body = letter + upper.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const product = (body.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === upper.charCodeAt(9) - 48;
}

/** US National Provider Identifier (10 digits, 1 or 2 first): Luhn with the prefix 80840 (CMS). */
export function isUsNpi(digits: string): boolean {
  return /^[12]\d{9}$/.test(digits) && passesLuhn(`80840${digits}`);
}

/** US Medicare Beneficiary Identifier (11 characters in fixed positions, no S, L, O, I, B or Z: CMS). */
export function isUsMbi(text: string): boolean {
  return /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d\d$/.test(text.toUpperCase());
}

/** UK NHS number (10 digits): weights 10 to 2, check digit 11 minus the sum mod 11 (10 never valid). */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === digits.charCodeAt(9) - 48;
}

/** The weighted sum of the first weights.length digits. */
function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum;
}

/** The last digit of `digits` as a number. */
function lastDigit(digits: string): number {
  return digits.charCodeAt(digits.length - 1) - 48;
}

/** Poland NIP (tax number, 10 digits): weights 6-5-7-2-3-4-5-6-7, mod 11 (10 is never issued). */
export function isPolishNip(digits: string): boolean {
  return /^\d{10}$/.test(digits) && !/^0{3}/.test(digits) && weightedSum(digits, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === lastDigit(digits);
}

/** Poland REGON (business register, 9 or 14 digits): weights 8-9-2-3-4-5-6-7 or 2-4-8-5-0-9-7-3-6-1-2-4-8, mod 11 (10 counts as 0). */
export function isPolishRegon(digits: string): boolean {
  const weights = digits.length === 9 ? [8, 9, 2, 3, 4, 5, 6, 7] : digits.length === 14 ? [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] : null;
  return weights !== null && /^\d+$/.test(digits) && !/^0+$/.test(digits) && (weightedSum(digits, weights) % 11) % 10 === lastDigit(digits);
}

/** India PAN (10 characters): five letters (the fourth the holder's type: P person, C company ...), four digits, a letter. */
export function isIndianPan(text: string): boolean {
  return /^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$/.test(text.toUpperCase());
}

/** Russia INN (taxpayer number): 10 digits (an organisation, one check digit) or 12 (a person, two), weighted mod 11 mod 10. */
export function isRussianInn(digits: string): boolean {
  const check = (length: number, weights: number[]): boolean => (weightedSum(digits, weights) % 11) % 10 === digits.charCodeAt(length - 1) - 48;
  if (!/^\d{10}(?:\d\d)?$/.test(digits) || /^0{4}/.test(digits)) return false;
  if (digits.length === 10) return check(10, [2, 4, 10, 3, 5, 9, 4, 6, 8]);
  return check(11, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) && check(12, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
}

/** Russia SNILS (11 digits): weights 9 to 1 over the first nine, mod 101 (100 and 101 count as 00). */
export function isRussianSnils(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || Number(digits.slice(0, 9)) <= 1001998) return false;
  const sum = weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2, 1]) % 101;
  return (sum === 100 ? 0 : sum) === Number(digits.slice(9));
}

/** Greece AFM (tax number, 9 digits): the first eight weighted by powers of two (256 to 2), mod 11 mod 10. */
export function isGreekAfm(digits: string): boolean {
  return /^\d{9}$/.test(digits) && !/^0+$/.test(digits) && (weightedSum(digits, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10 === lastDigit(digits);
}

/** Greece AMKA (social security, 11 digits): the birth date DDMMYY, then Luhn. */
export function isGreekAmka(digits: string): boolean {
  return /^\d{11}$/.test(digits) && isCalendarDate(2000, Number(digits.slice(2, 4)), Number(digits.slice(0, 2))) && passesLuhn(digits);
}

/** Turkey T.C. Kimlik No (11 digits, never 0 first): the tenth from the odd and even sums (7 x odd - even, mod 10), the eleventh the sum of the first ten mod 10. */
export function isTurkishId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const d = digitsOf(digits);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  return tenth === d[9] && (odd + even + d[9]!) % 10 === d[10];
}

/** Portugal NIF/NIPC (9 digits, the first the holder's type): weights 9 to 2, 11 minus the rest (10 and 11 count as 0). */
export function isPortugueseNif(digits: string): boolean {
  if (!/^[1235689]\d{8}$|^(?:45|7[0-9])\d{7}$/.test(digits)) return false;
  const rest = 11 - (weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (rest >= 10 ? 0 : rest) === lastDigit(digits);
}

/** Argentina CUIT/CUIL (11 digits: type 20-34, the DNI, a check digit): weights 5-4-3-2-7-6-5-4-3-2, 11 minus the rest. */
export function isArgentineCuit(digits: string): boolean {
  if (!/^(?:20|23|24|27|30|33|34)\d{9}$/.test(digits)) return false;
  const rest = 11 - (weightedSum(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return rest !== 10 && (rest === 11 ? 0 : rest) === lastDigit(digits);
}

/**
 * Czech and Slovak rodné číslo (birth number: YYMMDD, then 3 digits before 1954 or 4 since): the
 * month plus 50 for women (plus 20 more from 2004); a 10-digit number is divisible by 11 (or its
 * first nine leave 10 and the last is 0).
 */
export function isCzechBirthNumber(digits: string): boolean {
  if (!/^\d{9,10}$/.test(digits)) return false;
  const month = Number(digits.slice(2, 4)) % 50;
  if (!isCalendarDate(2000, month > 20 ? month - 20 : month, Number(digits.slice(4, 6)))) return false;
  if (digits.length === 9) return Number(digits.slice(0, 2)) < 54;
  const rest = Number(digits.slice(0, 9)) % 11;
  return (rest === 10 ? 0 : rest) === lastDigit(digits);
}

/** Romania CNP (13 digits): sex and century 1-9, YYMMDD, county 01-52, serial, weights 2-7-9-1-4-6-3-5-8-2-7-9 mod 11 (10 counts as 1). */
export function isRomanianCnp(digits: string): boolean {
  if (!/^[1-9]\d{12}$/.test(digits) || !isCalendarDate(2000, Number(digits.slice(3, 5)), Number(digits.slice(5, 7)))) return false;
  const county = Number(digits.slice(7, 9));
  if (county < 1 || county > 52) return false;
  const rest = weightedSum(digits, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (rest === 10 ? 1 : rest) === lastDigit(digits);
}

/** Ukraine RNOKPP (taxpayer card, 10 digits): weights -1, 5, 7, 9, 4, 6, 10, 5, 7, mod 11 mod 10. */
export function isUkrainianRnokpp(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || /^0+$/.test(digits)) return false;
  const sum = weightedSum(digits, [-1, 5, 7, 9, 4, 6, 10, 5, 7]);
  return (((sum % 11) + 11) % 11) % 10 === lastDigit(digits);
}

/** Egypt national id (14 digits): century 2 (1900s) or 3 (2000s), a birth date YYMMDD, a governorate code (01-35, 88 abroad). */
export function isEgyptianId(digits: string): boolean {
  if (!/^[23]\d{13}$/.test(digits)) return false;
  const year = (digits[0] === '2' ? 1900 : 2000) + Number(digits.slice(1, 3));
  const governorate = Number(digits.slice(7, 9));
  return isCalendarDate(year, Number(digits.slice(3, 5)), Number(digits.slice(5, 7))) && ((governorate >= 1 && governorate <= 35) || governorate === 88);
}

/** South Korea resident registration number (13 digits: YYMMDD, sex and century 1-8, ...): weights 2-9 twice, (11 - sum mod 11) mod 10. */
export function isKoreanRrn(digits: string): boolean {
  if (!/^\d{6}[1-8]\d{6}$/.test(digits) || !isCalendarDate(2000, Number(digits.slice(2, 4)), Number(digits.slice(4, 6)))) return false;
  return (11 - (weightedSum(digits, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === lastDigit(digits);
}

/** Thailand national id (13 digits, 1-8 first): weights 13 to 2, (11 - sum mod 11) mod 10. */
export function isThaiId(digits: string): boolean {
  return /^[1-8]\d{12}$/.test(digits) && (11 - (weightedSum(digits, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 === lastDigit(digits);
}

/** Saudi Arabia national id (1 first) or iqama (2 first), 10 digits, Luhn. */
export function isSaudiId(digits: string): boolean {
  return /^[12]\d{9}$/.test(digits) && passesLuhn(digits);
}

/** Philippines TIN (9 digits and a 3- or 5-digit branch code, usually 123-456-789-000): shape only. */
export function isPhilippineTin(text: string): boolean {
  return /^\d{3}-?\d{3}-?\d{3}(?:-?(?:\d{3}|\d{5}))?$/.test(text) && !/^0+$/.test(text.replace(/-/g, ''));
}

/** Hungary adóazonosító jel (tax id, 10 digits, 8 first): weights 1 to 9, mod 11 (10 is never issued). */
export function isHungarianTaxId(digits: string): boolean {
  return /^8\d{9}$/.test(digits) && weightedSum(digits, [1, 2, 3, 4, 5, 6, 7, 8, 9]) % 11 === lastDigit(digits);
}

/** Ireland PPS number (7 digits, a check letter, and since 2013 a second letter): weights 8 to 2 (and 9 for the second letter), mod 23. */
export function isIrishPpsn(text: string): boolean {
  const parts = /^(\d{7})([A-W])([A-IW]?)$/.exec(text.toUpperCase());
  if (!parts) return false;
  const second = parts[3] ? (parts[3] === 'W' ? 0 : parts[3].charCodeAt(0) - 64) : 0;
  return 'WABCDEFGHIJKLMNOPQRSTUV'[(weightedSum(parts[1]!, [8, 7, 6, 5, 4, 3, 2]) + second * 9) % 23] === parts[2];
}

/** Israel Teudat Zehut (up to 9 digits, written zero-padded to 9): Luhn over the nine (weights 1-2, digits of products summed). */
export function isIsraeliId(digits: string): boolean {
  return /^\d{9}$/.test(digits) && !/^0+$/.test(digits) && passesLuhn(digits);
}

/** United Arab Emirates identity number (15 digits: 784, the birth year, a serial, a Luhn check digit). */
export function isEmiratesId(digits: string): boolean {
  return /^784(?:19|20)\d{10}$/.test(digits) && passesLuhn(digits);
}

/**
 * Poland's identity card number (dowód osobisty, ABA300000): three letters (A=10 ... Z=35) and six
 * digits, the first digit the check: weights 7 3 1 9 7 3 1 7 3 over all nine give a multiple of 10.
 */
export function isPolishIdCard(text: string): boolean {
  const upper = text.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{3}\d{6}$/.test(upper)) return false;
  const weights = [7, 3, 1, 9, 7, 3, 1, 7, 3];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += parseInt(upper[i]!, 36) * weights[i]!;
  return sum % 10 === 0;
}
