/**
 * National numbers named a few words before them ("BSN on the purchase order is 234567892", "HETU
 * of Mikko is 150385-417F", "PESEL sygnatariusza: 44051401359", "His NIN is on the HR ticket
 * (12345678901)", "מספר הזהות שלי 123456782"), and the two whose format is strong by itself found
 * with no name at all: a Finnish HETU with a letter for its check or century (150385A417F) and an
 * Emirates ID (784-1985-1234567-1, Luhn).
 *
 * The window is the name and at most seven words after it within one sentence (no '.', '!', '?' or
 * ';' before a space between them, no line break). Every kind here has a check the value must
 * pass (the 11-test of BSN, PESEL's weights, the HETU mod-31 character, Luhn ...) so an ordinary
 * number a few words after those names stays; Nigeria's NIN (11 digits, no published check) needs
 * its capitals. Speed: only numbers of these lengths after a space or '(' reach here, from the
 * announced-value alternative of the digit rule (announced-values.ts); the window is read in JS.
 */
import {
  isAadhaar, isBrazilCpf, isCanadaSin, isCzechBirthNumber, isDutchBsn, isEmiratesId, isFinnishHetu, isGermanTaxId, isGreekAfm, isGreekAmka, isIsraeliId,
  isJapanMyNumber, isNhsNumber, isNorwegianBirthNumber, isPolishPesel, isRomanianCnp, isRussianSnils, isSwedishPersonnummer, isTurkishId, isUsSsn,
} from '../id-checksums.js';
import { isCodiceFiscale, isPolishIdCard, isVin } from '../id-checksums.js';
import { idValueKey } from '../id-document-keys.js';
import { zeroZeroInternational } from '../phone-shape.js';
import { phone, simple, type MatchContext } from './rule-types.js';
import { escapeRegExp } from './regex-words.js';

interface DistantKind {
  kind: 'national-id' | 'health-id';
  /** Names in any case (UTF-8; their latin1 bytes are added), or in `exact` case only. */
  phrases: readonly string[];
  exact?: readonly string[];
  /** The value (digits only, or a HETU as written) passes the format's check. */
  check: (value: string) => boolean;
}

const DISTANT_KINDS: readonly DistantKind[] = [
  { kind: 'national-id', phrases: ['bsn', 'burgerservicenummer', 'sofinummer'], check: isDutchBsn },
  { kind: 'national-id', phrases: ['amka', 'αμκα'], check: isGreekAmka },
  { kind: 'national-id', phrases: [], exact: ['AFM', 'ΑΦΜ', 'αφμ'], check: isGreekAfm },
  { kind: 'national-id', phrases: ['hetu', 'henkilötunnus', 'henkilotunnus', 'personbeteckning', 'sotu'], check: isFinnishHetu },
  { kind: 'national-id', phrases: ['pesel'], check: isPolishPesel },
  { kind: 'national-id', phrases: ['tckn', 'kimlik', 'tc no', 't.c. no', 'tc kimlik'], check: isTurkishId },
  { kind: 'national-id', phrases: ['emirates id', 'eid', 'هوية'], check: isEmiratesId },
  { kind: 'national-id', phrases: ['teudat zehut', 'israeli id', 'ת.ז', 'ת"ז', 'תעודת זהות', 'זהות'], check: (d) => isIsraeliId(d.padStart(9, '0')) },
  { kind: 'national-id', phrases: ['national identification number'], exact: ['NIN'], check: (d) => /^\d{11}$/.test(d) },
  { kind: 'health-id', phrases: ['nhs', 'nhs number', 'chi number'], check: isNhsNumber },
  { kind: 'national-id', phrases: ['steuer-id', 'steuer id', 'steuerid', 'steueridentifikationsnummer', 'idnr'], check: isGermanTaxId },
  { kind: 'national-id', phrases: ['fødselsnummer', 'fodselsnummer', 'personnummer'], check: (d) => isNorwegianBirthNumber(d) || isSwedishPersonnummer(d) },
  { kind: 'national-id', phrases: ['cpf'], check: isBrazilCpf },
  { kind: 'national-id', phrases: ['snils', 'снилс'], check: isRussianSnils },
  { kind: 'national-id', phrases: ['aadhaar', 'aadhar', 'आधार'], check: isAadhaar },
  { kind: 'national-id', phrases: ['my number', 'mynumber', 'マイナンバー'], check: isJapanMyNumber },
  { kind: 'national-id', phrases: ['ssn', 'social security number', 'social security no'], check: isUsSsn },
  { kind: 'national-id', phrases: ['social insurance number'], check: isCanadaSin },
  { kind: 'national-id', phrases: ['cnp'], check: isRomanianCnp },
  { kind: 'national-id', phrases: ['rodné číslo', 'rodne cislo'], check: isCzechBirthNumber },
];

/** A phrase as the scan sees it: its UTF-8 bytes as latin1 characters. */
function bytes(phrase: string): string {
  return Buffer.from(phrase, 'utf8').toString('latin1');
}

/** Each spelling (latin1 bytes) and the kind it names; lower case for the case-free ones. */
const KIND_BY_SPELLING = new Map<string, DistantKind>();
for (const entry of DISTANT_KINDS) {
  for (const phrase of entry.phrases) KIND_BY_SPELLING.set(bytes(phrase).toLowerCase(), entry);
  for (const phrase of entry.exact ?? []) KIND_BY_SPELLING.set(bytes(phrase), entry);
}
const FREE = DISTANT_KINDS.flatMap((entry) => entry.phrases.map(bytes)).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const EXACT = DISTANT_KINDS.flatMap((entry) => (entry.exact ?? []).map(bytes)).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/**
 * The last name in the text before a value and what follows it (the window): greedy text first,
 * so the last name wins. A name is a whole word (Hebrew's prefixes: ה, מ, ב, ש before זהות).
 */
const LAST_NAME = new RegExp(`^[^]*(?<![A-Za-z0-9])(?:(${FREE})|(${EXACT}))(?![A-Za-z])([^\\n\\r]*)$`, 'i');
/** The exact-case names, tested again without the 'i' flag. */
const EXACT_ONLY = new RegExp(`^(?:${EXACT})$`);
/** A sentence's end in the window (an abbreviation's dot is not one: No. 12, nr. 5, T.C.). */
const SENTENCE_END = /[.!?;](?=\s|$)/;
const ABBREVIATIONS = /(?<![A-Za-z])(?:no|nr|n°|num|tel|ref|vs|ca|dr|mr|mrs|ms)\./gi;

/** A value shape this module reads: 8 to 15 digits, a HETU, or an Emirates ID with its dashes. */
const VALUE = /^(?:\d{8,15}|\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]|784-\d{4}-\d{7}-\d)(?![A-Za-z0-9])/;

/** A HETU or Emirates ID that needs no name: a letter in the HETU (its check or the 2000s' century sign), the Emirates ID with its dashes. */
function standsAlone(value: string): 'hetu' | 'emirates' | null {
  if (/^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/.test(value) && /[A-Y]/.test(value) && isFinnishHetu(value)) return 'hetu';
  if (/^784-\d{4}-\d{7}-\d$/.test(value) && isEmiratesId(value.replace(/-/g, ''))) return 'emirates';
  return null;
}

/** The kind a name at most a sentence's few words before this value announces, when the value passes its check. */
function distantKind(c: MatchContext, value: string): DistantKind | null {
  const parts = LAST_NAME.exec(c.textBefore(100));
  if (!parts) return null;
  const name = parts[1] ?? parts[2]!;
  if (parts[2] !== undefined && !EXACT_ONLY.test(name)) return null;
  const window = parts[3]!.replace(ABBREVIATIONS, '');
  if (SENTENCE_END.test(window) || window.split(/[ \t]+/).filter(Boolean).length > 7) return null;
  const entry = parts[1] !== undefined ? KIND_BY_SPELLING.get(name.toLowerCase()) : KIND_BY_SPELLING.get(name);
  if (!entry) return null;
  const compact = /^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/.test(value) ? value : value.replace(/-/g, '');
  return entry.check(compact) ? entry : null;
}

/**
 * A national number from this match's digit (the first), named a few words before it or strong
 * by its own format; null when neither holds.
 */
export function replaceDistantId(c: MatchContext): string | null {
  if (c.profile === 'minimal') return null;
  const value = VALUE.exec(c.group(0)! + c.textAfter(0, 24))?.[0];
  if (!value) return replaceWindowedId(c);
  if (/\d,,$/.test(c.contextBefore(3))) return replaceDialedMeeting(c, value);
  const international = zeroZeroInternational(value);
  if (international) {
    c.coverAfter(value.length - c.group(0)!.length);
    return phone(c, international);
  }
  const alone = standsAlone(value);
  const kind = alone ? 'national-id' : distantKind(c, value)?.kind;
  if (!kind) return replaceWindowedId(c);
  c.coverAfter(value.length - c.group(0)!.length);
  return simple(c, kind, alone === 'hetu' ? value.toUpperCase() : value.replace(/-/g, ''));
}

/**
 * What follows the first digit of a value replaceDistantId reads (the scan's test before it): a
 * run of 8-15 digits, a HETU, an Emirates ID.
 */
export const DISTANT_SHAPE =
  '(?=\\d{7,14}(?![A-Za-z0-9])|\\d{5}[-+A-FU-Y]\\d{3}[0-9A-Y](?![A-Za-z0-9])|(?<=7)84-\\d{4}-\\d{7}-\\d(?![A-Za-z0-9])' +
  // Issue 24: a VIN (1HGCM82633A004352) and plates led by a digit (12-ABC-3, WZ 1234A, 1234 BCD, 12-345-67): replaceWindowedId.
  '|[A-HJ-NPR-Z0-9]{16}(?![A-Za-z0-9])|\\d?-[A-Z]{2,3}-\\d{1,2}(?![A-Za-z0-9])|\\d{2,3}[A-Z]{1,2}(?![A-Za-z0-9])|\\d{3}[ ][A-Z]{3}(?![A-Za-z0-9])|(?<=(?<![A-Za-z0-9])[A-Z]{2}[ ]\\d)\\d\\d[ ][A-Z]{2}(?![A-Za-z0-9])|\\d-\\d{3}-\\d\\d(?![A-Za-z0-9]))';

/**
 * A meeting dialled in one string (+12125550123,,81234567890#,,,,*123456#): the meeting number
 * after the dial-in number's pauses, and the participant PIN or passcode after it, a secret. The
 * dial-in number before them is the phone rule's (Zoom's own stay).
 */
function replaceDialedMeeting(c: MatchContext, value: string): string | null {
  if (!/^\d{9,11}$/.test(value) || c.textAfter(value.length - 1, 1) !== '#') return null;
  const meeting = simple(c, 'meeting-id', value);
  const pin = /^#(,*)(\*?)(\d{4,10})#/.exec(c.textAfter(value.length - 1, 24));
  c.coverAfter(value.length - c.group(0)!.length + (pin ? pin[0].length : 0));
  return pin ? `${meeting}#${pin[1]}${pin[2]}${simple(c, 'secret', pin[3]!)}#` : meeting;
}

type WindowKind = 'licence-plate' | 'vin' | 'passport' | 'national-id';

/**
 * Words that name a vehicle's plate or VIN, a passport or a Polish identity card a few words
 * before the value ("the plate on the van is XYZ-789", "Samochód WZ 1234A", "my passport number
 * is X1234567"). `weak` words are everyday ones (car, registration): only connecting words
 * (is, was, number, no., ':') may stand between them and the value.
 */
const WINDOW_WORDS: readonly { kind: WindowKind; words: readonly string[]; weak?: readonly string[] }[] = [
  {
    kind: 'licence-plate',
    words: [
      'plate', 'plates', 'licence plate', 'license plate', 'number plate', 'targa', 'targata', 'targato', 'samochód', 'samochodu', 'samochodem', 'kennzeichen',
      'kenteken', 'rendszám', 'rendszáma', 'rendszámú', 'rekisterinumero', 'rekisteritunnus', 'matrícula', 'matricula', 'immatriculation', 'immatriculée', 'plaque',
      'placa', 'plaka', 'plakası', 'spz', 'rejestracja', 'rejestracyjny', 'rejestracyjnym', 'הרכב', 'רכב', 'госномер', 'πινακίδα',
    ],
    weak: ['registration', 'reg', 'reg.', 'rego', 'car', 'vehicle', 'van', 'truck', 'auto', 'voiture', 'coche', 'carro', 'macchina', 'wagen', 'autó', 'araba'],
  },
  {
    kind: 'vin',
    words: ['vin', 'telaio', 'fahrgestellnummer', 'chassis', 'châssis', 'numéro de série du véhicule', 'číslo karoserie', 'karoserie', 'bastidor', 'alvázszám', 'şasi', 'chassinummer', 'valmistenumero'],
  },
  {
    kind: 'passport',
    words: ['passport', 'paszport', 'paszportu', 'reisepass', 'passeport', 'pasaporte', 'passaporto', 'passaporte', 'paspoort', 'паспорт', 'паспорта', 'pasaport', 'útlevél', 'útlevelem', 'passi', 'διαβατήριο'],
  },
  { kind: 'national-id', words: ['dowód', 'dowodu', 'dowodem'] },
];

const WINDOW_KIND = new Map<string, { kind: WindowKind; weak: boolean }>();
for (const entry of WINDOW_WORDS) {
  for (const word of entry.words) WINDOW_KIND.set(bytes(word).toLowerCase(), { kind: entry.kind, weak: false });
  for (const word of entry.weak ?? []) WINDOW_KIND.set(bytes(word).toLowerCase(), { kind: entry.kind, weak: true });
}
const WINDOW_NAMES = [...WINDOW_KIND.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
/** The last window word before the value and what follows it (Hebrew's ה prefix of הרכב is part of the word). */
const LAST_WINDOW_WORD = new RegExp(`^[^]*(?<![A-Za-z0-9])(${WINDOW_NAMES})(?![A-Za-z])([^\\n\\r]*)$`, 'i');
/** What may stand between a weak word and its value. */
const CONNECTORS = /^(?:[ \t:#=(-]|is|was|number|no\.?|nr\.?|num)*$/i;
/** The capitals before the value's first digit: up to three and a separator, then up to six (AB12, XYZ-789, WZ 1234A, M-AB 1234). */
const CAPITALS_BEFORE = /(?<![A-Za-z0-9])(?:[A-Z]{1,3}[ -])?[A-Z]{0,6}-?$/;
/** The value's rest after its first digit: capitals and digits in up to three groups. */
const REST = /^[A-Z0-9]*(?:[ -][A-Z0-9]+){0,2}/;

/** The kind the last window word before `before` names, when the window fits (at most seven words, one sentence; a weak word only connectors). */
function windowKind(before: string): WindowKind | null {
  const parts = LAST_WINDOW_WORD.exec(before);
  if (!parts) return null;
  const entry = WINDOW_KIND.get(parts[1]!.toLowerCase());
  const window = parts[2]!.replace(ABBREVIATIONS, '');
  // A shorter window than the national numbers': a plate or passport has no check, and a list (", RFC 3261") is another item.
  if (!entry || SENTENCE_END.test(window) || /,\s/.test(window) || window.split(/[ \t]+/).filter(Boolean).length > 5) return null;
  return entry.weak && !CONNECTORS.test(window.replace(/\s+/g, ' ').replace(/ /g, '')) ? null : entry.kind;
}

/** The key of `value` as `kind`, or null when it does not fit. */
function windowKey(kind: WindowKind | null, value: string): { kind: WindowKind; key: string } | null {
  const compact = value.replace(/[ -]/g, '');
  switch (kind) {
    case 'licence-plate': {
      if (/^\d{2,3}-\d{2,3}-\d{2,3}$/.test(value)) return { kind, key: compact };
      const key = idValueKey('licence-plate', value);
      return key !== null && /\d/.test(key) && /[A-Z]/.test(key) && key.length >= 4 ? { kind, key } : null;
    }
    case 'vin':
      return compact.length === 17 && isVin(compact) && /[A-Z]/.test(compact) ? { kind, key: compact } : null;
    case 'passport':
      return /^[A-Z0-9]{6,9}$/.test(value) && /\d.*\d/.test(value) && (/[A-Z]/.test(value) || value.length >= 8) ? { kind, key: value } : null;
    case 'national-id':
      return isPolishIdCard(value) ? { kind, key: compact } : null;
    case null:
      // With no word: a codice fiscale by its check character, a North American VIN by its check digit.
      if (isCodiceFiscale(value)) return { kind: 'national-id', key: value };
      return /^[1-5][A-HJ-NPR-Z0-9]{16}$/.test(value) && /[A-Z]/.test(value) && isVin(value) ? { kind: 'vin', key: value } : null;
  }
}

/**
 * A plate, VIN, passport or Polish identity card number from this match's digit (the first, after
 * any capitals of the value), named a few words before it, or a codice fiscale or North American
 * VIN with no word; null when none fits. Letter-led values reach here from the digit pass's branch
 * for a digit after capitals (letter-led-values.ts), digit-led ones from DISTANT_SHAPE.
 */
export function replaceWindowedId(c: MatchContext): string | null {
  if (c.profile === 'minimal') return null;
  const before = c.textBefore(100);
  const prefix = CAPITALS_BEFORE.exec(before)![0];
  const run = prefix + c.group(0)! + REST.exec(c.textAfter(0, 40))![0];
  if (/^[A-Za-z0-9]/.test(c.textAfter(run.length - prefix.length - 1, 1))) return null;
  const kind = windowKind(before.slice(0, before.length - prefix.length));
  const ends = [run.length];
  for (let i = run.length - 1; i > prefix.length; i--) if (run[i] === ' ' || run[i] === '-') ends.push(i);
  for (const end of ends) {
    const found = windowKey(kind, run.slice(0, end)) ?? (kind === null ? null : windowKey(null, run.slice(0, end)));
    if (!found) continue;
    if (prefix) c.takeBefore(/[A-Z -]/, prefix.length);
    c.coverAfter(end - prefix.length - c.group(0)!.length);
    return simple(c, found.kind, found.key);
  }
  return null;
}
