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
import { simple, type MatchContext } from './rule-types.js';

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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Each spelling (latin1 bytes) and the kind it names; lower case for the case-free ones. */
const KIND_BY_SPELLING = new Map<string, DistantKind>();
for (const entry of DISTANT_KINDS) {
  for (const phrase of entry.phrases) KIND_BY_SPELLING.set(bytes(phrase).toLowerCase(), entry);
  for (const phrase of entry.exact ?? []) KIND_BY_SPELLING.set(bytes(phrase), entry);
}
const FREE = DISTANT_KINDS.flatMap((entry) => entry.phrases.map(bytes)).sort((a, b) => b.length - a.length).map(escape).join('|');
const EXACT = DISTANT_KINDS.flatMap((entry) => (entry.exact ?? []).map(bytes)).sort((a, b) => b.length - a.length).map(escape).join('|');

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
  const value = VALUE.exec(c.group(0)! + c.textAfter(0, 24))?.[0];
  if (!value || c.profile === 'minimal') return null;
  const alone = standsAlone(value);
  const kind = alone ? 'national-id' : distantKind(c, value)?.kind;
  if (!kind) return null;
  c.coverAfter(value.length - c.group(0)!.length);
  return simple(c, kind, alone === 'hetu' ? value.toUpperCase() : value.replace(/-/g, ''));
}

/**
 * What follows the first digit of a value replaceDistantId reads (the scan's test before it): a
 * run of 8-15 digits, a HETU, an Emirates ID.
 */
export const DISTANT_SHAPE = '(?=\\d{7,14}(?![A-Za-z0-9])|\\d{5}[-+A-FU-Y]\\d{3}[0-9A-Y](?![A-Za-z0-9])|(?<=7)84-\\d{4}-\\d{7}-\\d(?![A-Za-z0-9]))';
