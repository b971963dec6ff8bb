/**
 * Government and financial identifiers found in text without a key=value separator:
 * - by shape and check digit (no label needed): US SSN (ddd-dd-dddd, valid areas), Canada SIN
 *   (3-3-3, Luhn), India Aadhaar (4-4-4, Verhoeff), Brazil CPF and CNPJ (punctuated, two check
 *   digits), Spain DNI (8 digits + mod-23 letter) and NIE, UK National Insurance numbers, France NIR
 *   (mod 97), China resident ids (ISO 7064 mod 11-2 and a birth date), South Africa ids (birth
 *   date, Luhn), Italian codici fiscali (check letter), IBANs (country length, mod 97);
 * - announced by a phrase in prose ("DOB 12/03/1988", "passport number is X1234567", "VIN
 *   1HGCM82633A004352", "routing number 021000021"): what has no shape of its own (passports,
 *   licences, plates, VINs, birth dates, accounts) only this way (id-document-keys.ts).
 * Every rule starts at a digit, so the scan gains no pass. The shapes join the digit rule in the
 * standard profile at ~2-5 % of the scan; the phrases and the capital-led ids (IBAN, NINO, NIE,
 * codice fiscale, X1234567) cost 10-20 % each as measured (bench-results/scan-cost.ts style), so
 * they run in the strict profile only: standard finds those after their keys (id-document-keys.ts).
 * A shaped number right after a technical word (part, SKU, order, build, ticket ...) stays.
 */
import { ALL_ID_PHRASES, MONTH_WORDS, idValueKey, isCheckedIban, phraseKind, type IdKeyKind } from '../id-document-keys.js';
import { ibanAt } from '../iban.js';
import {
  isAadhaar, isBrazilCnpj, isBrazilCpf, isCanadaSin, isChineseResidentId, isCodiceFiscale, isFrenchNir, isSouthAfricanId, isSpanishDniOrNie, isUkNino, isUsSsn,
} from '../id-checksums.js';
import { CHECKSUMMED_NUMBER_RULE } from './checksummed-numbers.js';
import { DIGIT_START } from './combined-rule.js';
import { suffixAlternation } from './regex-words.js';
import { STANDARD, STRICT, simple, type MatchContext, type RedactionRule } from './rule-types.js';

const PHRASES = suffixAlternation(ALL_ID_PHRASES);
const CONNECTOR_WORDS = ['is', 'was', 'on', 'of', 'no', 'no.', 'No', 'No.', 'NO', 'NO.', 'number', 'Number', 'NUMBER', 'num', 'nr', '#'];
/** A word between the phrase and the value: "passport number is", "born on", "passport no.". */
const CONNECTOR = `(?:[ \\t]+(?:${suffixAlternation(CONNECTOR_WORDS)}))?`;


/** A phrase that announces an identifier, and what may stand between it and the value. */
const ANNOUNCER = `(?<![A-Za-z])(?:${PHRASES})${CONNECTOR}[ \\t]*[:#=-]?[ \\t]*["']?`;
/** The same, read back in replace(): the phrase (group 1) and the value's start before the digit (group 2). */
const ANNOUNCED_BEFORE = new RegExp(`(?<![A-Za-z])(${PHRASES})${CONNECTOR}[ \\t]*[:#=-]?[ \\t]*["']?((?:[A-Z]{1,6}[ -]?|(?:${MONTH_WORDS})\\.?[ ])?)$`);
/** The value's characters after its first digit: letters and digits, joined by . / - or a space (groups, dates with month names). */
const VALUE_RUN = /^[A-Za-z0-9]*(?:(?:[./-]|,?[ ])[A-Za-z0-9]+){0,8}/;

/** Words after which a shaped number is a part, product or record number, not a person's. */
const TECHNICAL_BEFORE =
  /(?:^|[^A-Za-z])(?:part|p\/n|pn|sku|model|item|order|serial|s\/n|sn|ref|reference|ticket|case|incident|invoice|build|version|ver|rev|revision|release|error|code|article|catalog(?:ue)?|cat|lot|batch|patent|isbn|issn|upc|ean|gtin|product|component|firmware|fw|kb|bug|request|req|job|task|trace|span|session|meeting|conference|room|po|tracking|shipment|id)s?\.?(?:[ \t]*(?:no\.?|number|num|nr|id|#))?[ \t]*[:#=]?[ \t]*["']?$/i;

/** The identifier announced before a value that starts with this match's digit, or null. */
function announcement(c: MatchContext): { kind: IdKeyKind; prefix: string } | null {
  const parts = ANNOUNCED_BEFORE.exec(c.textBefore(120));
  const kind = parts ? phraseKind(parts[1]!) : null;
  return kind && parts ? { kind, prefix: parts[2]! } : null;
}

/**
 * A value announced by a phrase: the longest run of its words (at most nine) that fits the kind,
 * taken with the letters before the digit; null when none fits.
 */
function replaceAnnounced(c: MatchContext): string | null {
  const found = c.profile === 'minimal' ? null : announcement(c);
  if (!found) return null;
  const run = found.prefix + c.group(0)! + VALUE_RUN.exec(c.textAfter(0, 120))![0];
  const ends = [run.length];
  for (let i = run.length - 1; i > found.prefix.length; i--) if (run[i] === ' ') ends.push(run[i - 1] === ',' ? i - 1 : i);
  for (const end of ends) {
    const value = run.slice(0, end);
    const key = idValueKey(found.kind, value);
    if (key === null || (found.kind === 'iban' && !isCheckedIban(value))) continue;
    if (found.prefix) c.takeBefore(/[A-Za-z. -]/, found.prefix.length);
    c.coverAfter(end - found.prefix.length - c.group(0)!.length);
    return simple(c, found.kind, key);
  }
  return null;
}

/**
 * A value announced by a phrase, from its first digit: the value starts there, after up to six
 * capitals and a space or dash (plate ABC 1234), or after a month name (born March 3, 1988).
 */
export const ANNOUNCED_ID_RULE: RedactionRule = {
  category: 'national-id',
  profiles: STRICT,
  pattern: `${DIGIT_START}(?<=${ANNOUNCER}(?:[A-Z]{1,6}[ -]|(?:${MONTH_WORDS})\\.?[ ])?\\d)`,
  replace: replaceAnnounced,
};

/** A number that is part of a longer identifier (ABC-123-45-6789, x_123 45 6789) or follows a technical word. */
function inTechnicalContext(c: MatchContext): boolean {
  const before = c.textBefore(48);
  return /[A-Za-z0-9_][/_-]$/.test(before) || TECHNICAL_BEFORE.test(before);
}

/** The shapes of ID_NUMBER_RULE with their checks; `weak` ones (one check digit or none) stay after a technical word. */
const SHAPES: { shape: RegExp; check: (compact: string) => boolean; weak?: boolean }[] = [
  { shape: /^\d{3}(-)\d\d\1\d{4}$|^\d{3}( )\d\d\2\d{4}$/, check: isUsSsn, weak: true },
  { shape: /^\d{3}([ -])\d{3}\1\d{3}$/, check: isCanadaSin, weak: true },
  { shape: /^\d{4}([ -])\d{4}\1\d{4}$/, check: isAadhaar, weak: true },
  { shape: /^\d{3}\.\d{3}\.\d{3}-\d\d$/, check: isBrazilCpf },
  { shape: /^\d\d\.\d{3}\.\d{3}\/\d{4}-\d\d$/, check: isBrazilCnpj },
  { shape: /^\d \d\d \d\d (?:\d\d|2[AB]) \d{3} \d{3} \d\d$/, check: isFrenchNir },
  { shape: /^\d{8}-?[A-Z]$/, check: isSpanishDniOrNie, weak: true },
  { shape: /^\d{13}$/, check: isSouthAfricanId },
  { shape: /^\d{5}(?:\d\d|2[AB])\d{8}$/, check: isFrenchNir },
  { shape: /^\d{17}[\dX]$/, check: isChineseResidentId },
];

/** National identity numbers by shape and check digit, from their first digit (the digit rule's start). */
export const ID_NUMBER_RULE: RedactionRule = {
  category: 'national-id',
  profiles: STANDARD,
  // The shapes as one tree of their common beginnings (each alternative is tried at every number
  // of a log, so shared digits are read once); replace() tells them apart (SHAPES). None may run on
  // into another group of digits.
  pattern:
    `${DIGIT_START}(?:\\d(?:` +
    '\\d(?:-\\d\\d(?:-\\d{4}|\\d-\\d{3})' + // SSN ddd-dd-dddd, SIN ddd-ddd-ddd
    '|[ ]\\d\\d(?:[ ]\\d{4}|\\d[ ]\\d{3})' + // the same with spaces
    '|\\.\\d{3}\\.\\d{3}-\\d\\d' + // CPF ddd.ddd.ddd-dd
    '|\\d(?:[ ]\\d{4}[ ]\\d{4}|-\\d{4}-\\d{4}' + // Aadhaar dddd dddd dddd
    '|\\d{4}(?:-?[A-Z]|\\d{5}(?:\\d\\d(?:\\d\\d[\\dX])?)?)' + // DNI 8 digits + letter; South Africa 13, NIR 15, China 18
    '|\\d2[AB]\\d{8}))' + // NIR of Corsica
    '|\\.\\d{3}\\.\\d{3}/\\d{4}-\\d\\d' + // CNPJ dd.ddd.ddd/dddd-dd
    '|[ ]\\d\\d[ ]\\d\\d[ ][A-D])' + // UK NINO AB 12 34 56 C, from its digits
    '|[ ]\\d\\d[ ]\\d\\d[ ](?:\\d\\d|2[AB])[ ]\\d{3}[ ]\\d{3}[ ]\\d\\d' + // NIR spaced
    ')(?![A-Za-z0-9_]|[ ./-]\\d)',
  replace: (c) => {
    const text = c.group(0)!;
    // A contiguous run is first the card, IMEI or ICCID it may be (the rule after this one would have seen it).
    if (/^\d+$/.test(text)) {
      const card = CHECKSUMMED_NUMBER_RULE.replace(c);
      if (card !== null) return card;
    }
    if (/^\d\d \d\d \d\d [A-D]$/.test(text)) {
      const letters = c.textBefore(3);
      if (!/^[A-Z]{2} $/.test(letters) || !/(?:^|[^A-Za-z0-9])$/.test(c.textBefore(4).slice(0, -3)) || !isUkNino(letters.slice(0, 2) + text.replace(/ /g, ''))) return null;
      c.takeBefore(/[A-Z ]/, 3);
      return simple(c, 'national-id', (letters.slice(0, 2) + text).replace(/ /g, ''));
    }
    const shape = SHAPES.find((candidate) => candidate.shape.test(text));
    const compact = text.replace(/[ ./-]/g, '');
    if (!shape || !shape.check(compact) || (shape.weak && inTechnicalContext(c))) return null;
    return simple(c, 'national-id', compact.toUpperCase());
  },
};

/** The start of LETTER_LED_ID_RULE: a digit right after a capital letter. */
export const LETTER_DIGIT_START = '\\d(?<=[A-Z]\\d)';

/**
 * Identifiers that start with capitals, found from their first digit: an IBAN (DE89 3704 ...), a
 * UK National Insurance number (AB123456C), a Spanish NIE (X1234567L), an Italian codice fiscale
 * (RSSMRA85T10A562S), and a value announced by a phrase that starts with capitals (passport number
 * is X1234567, VIN WVWZZZ1JZ3W386752).
 */
export const LETTER_LED_ID_RULE: RedactionRule = {
  category: 'national-id',
  profiles: STRICT,
  pattern:
    `${LETTER_DIGIT_START}(?:` +
    '(?<=(?<![A-Za-z0-9])[A-Z]{2}\\d)(\\d{5}[A-D])(?![A-Za-z0-9])' + // NINO
    '|(?<=(?<![A-Za-z0-9])[XYZ]\\d)(\\d{6}-?[A-Z])(?![A-Za-z0-9])' + // NIE
    '|(?<=(?<![A-Za-z0-9])[A-Z]{6}\\d)([0-9LMNP-V][A-EHLMPR-T][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z])(?![A-Za-z0-9])' + // codice fiscale
    '|(?<=(?<![A-Za-z0-9])[A-Z]{2}\\d)(?=\\d[ ]?[A-Z0-9]{4})()' + // IBAN
    // A value announced by a phrase, also when a shape above does not fit: the phrase is checked in
    // replace() (a second copy of the phrases in the common pass cost more than the few capitals
    // after a word and a separator that reach it).
    '|(?<=[A-Za-z.#]["\']?[ \\t:#=-]{1,4}["\']?[A-Z]{1,6}\\d)' +
    ')',
  replace: (c) => {
    if (c.group(4) !== undefined) {
      const iban = ibanAt(c.textBefore(2) + c.group(0)! + c.textAfter(0, 48));
      if (iban === null) return replaceAnnounced(c);
      c.takeBefore(/[A-Z]/, 2);
      c.coverAfter(iban.length - 3);
      return simple(c, 'iban', iban.replace(/ /g, '').toUpperCase());
    }
    if (c.group(1) === undefined && c.group(2) === undefined && c.group(3) === undefined) return replaceAnnounced(c);
    const letters = c.group(1) !== undefined ? 2 : c.group(2) !== undefined ? 1 : 6;
    const text = c.textBefore(letters) + c.group(0)!;
    const valid = c.group(1) !== undefined ? isUkNino(text) : c.group(2) !== undefined ? isSpanishDniOrNie(text.replace('-', '')) : isCodiceFiscale(text);
    if (!valid) return replaceAnnounced(c);
    c.takeBefore(/[A-Z]/, letters);
    return simple(c, 'national-id', text.replace('-', '').toUpperCase());
  },
};
