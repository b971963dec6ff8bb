/**
 * A document's number inside an object named for the document, in JSON or a JSON-like log line:
 * `"passport": {"number": "NXR4K8L21"}`, `"driver_license": {"country": "NL", "no": "5123456789"}`.
 * The key rule sees only `"number"`, a word too common to announce anything (number=+13000000169
 * is in most Zoom logs), and passes over `"passport": {` (no value after the ':'); this rule reads
 * the object's members from its '{'.
 *
 * Speed: it starts on '{' (rare in logs; none in the perf corpora), checked by a lookbehind for a
 * document key, so it costs the scan nearly nothing.
 */
import { idValueKey, type IdKeyKind } from '../id-document-keys.js';
import { keyAlternation } from './regex-words.js';
import { STANDARD, simple, type RedactionRule } from './rule-types.js';

/** The object keys that name a document, by the kind of its number. */
const OBJECT_KEYS: readonly [IdKeyKind, readonly string[]][] = [
  ['passport', ['passport', 'reisepass', 'passeport', 'pasaporte', 'passaporto', 'passaporte', 'paspoort', 'paszport', 'pasaport', 'travel_document', 'travelDocument']],
  ['driving-licence', ['driver_license', 'driverLicense', 'drivers_license', 'driversLicense', 'driver_licence', 'driving_licence', 'drivingLicence', 'driving_license', 'drivingLicense', 'fuehrerschein', 'rijbewijs']],
  ['national-id', ['national_id', 'nationalId', 'id_card', 'idCard', 'identity_card', 'identityCard', 'personalausweis']],
];
const KIND_OF_KEY = new Map(OBJECT_KEYS.flatMap(([kind, keys]) => keys.map((key) => [key.toLowerCase(), kind] as const)));

/** The key before the '{' (group 1). */
const KEY_BEFORE = /(?<![A-Za-z0-9_])([A-Za-z_]+)["']?[ \t]*[:=][ \t]*$/;

/**
 * The members before the number that say nothing private (a type, a country code, a date, a small
 * number: "type": "P", "country": "NLD", "issued": "2019-05-01"), then the number's key and its
 * value, quoted (group 2 the quote, 3 the value) or bare (group 4).
 */
const NUMBER_MEMBER =
  /^((?:\s*["']?[A-Za-z_]{1,24}["']?\s*:\s*(?:"[A-Z]{1,3}"|"\d{4}-\d\d-\d\d"|\d{1,4}|true|false|null)\s*,)*\s*["']?(?:number|no|nr|num|numero|nummer|document_number|documentNumber|doc_number|docNumber|value)["']?\s*:\s*)(?:(["'])([^"'\r\n]{1,40})\2|([A-Za-z0-9-]{1,24})(?=[\s,}]))/i;

/** The rule (see the file's comment). */
export const ID_DOCUMENT_OBJECT_RULE: RedactionRule = {
  category: 'passport',
  profiles: STANDARD,
  pattern: `\\{(?<=(?<![A-Za-z0-9_])(?:${keyAlternation(OBJECT_KEYS.flatMap(([, keys]) => keys))})["']?[ \\t]*[:=][ \\t]*\\{)`,
  replace: (c) => {
    const kind = KIND_OF_KEY.get(KEY_BEFORE.exec(c.textBefore(40))?.[1]?.toLowerCase() ?? '');
    const member = kind ? NUMBER_MEMBER.exec(c.textAfter(0, 320)) : null;
    if (!kind || !member) return null;
    const value = member[3] ?? member[4]!;
    const key = idValueKey(kind, value);
    if (key === null) return null;
    const quote = member[2] ?? '';
    c.coverAfter(member[0].length);
    return `{${member[1]}${quote}${simple(c, kind, key)}${quote}`;
  },
};
