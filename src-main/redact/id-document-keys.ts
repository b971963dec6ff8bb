/**
 * Government and financial identifiers announced by a key or a phrase: passport and driving
 * licence numbers, plates, VINs and dates of birth have no shape of their own, so they are private
 * only after a word that names them (`"passportNumber":`, `DOB:`, `<vin>`, "date of birth",
 * "passport number is"). The key lists feed the key rule, the XML rule and parsed JSON through
 * redaction-keys.ts; the phrases feed the prose rule (rules/identity-numbers.ts). Each kind checks
 * that the value fits it (its check digit where it has one), so `"plate": "main"` stays.
 */
import { isIban } from './iban.js';
import { isAbaRouting, isCalendarDate, isVin } from './id-checksums.js';
import type { PlaceholderIssuer } from './placeholders.js';

/** What a value announced by one of these keys is; each is also its placeholder kind. */
export type IdKeyKind =
  | 'national-id'
  | 'passport'
  | 'driving-licence'
  | 'licence-plate'
  | 'vin'
  | 'birth-date'
  | 'iban'
  | 'bank-account'
  | 'routing-number'
  | 'swift-bic'
  | 'card-security-code'
  | 'card-expiry'
  | 'health-id'
  | 'member-id';

/** Key names by kind, as programs write them (any case: the key rule adds the case variants). */
export const ID_KEYS: [IdKeyKind, readonly string[]][] = [
  ['national-id', [
    'ssn', 'social_security_number', 'socialSecurityNumber', 'social security number', 'itin', 'sin', 'social_insurance_number', 'socialInsuranceNumber',
    'tax_id', 'taxId', 'tax id', 'taxpayer_id', 'taxpayerId', 'tin', 'ein', 'national_id', 'nationalId', 'national id', 'national_id_number', 'nationalIdNumber',
    'nin', 'nino', 'ni_number', 'niNumber', 'national_insurance_number', 'nationalInsuranceNumber', 'national insurance number', 'cpf', 'cnpj', 'aadhaar',
    'aadhaar_number', 'aadhaarNumber', 'aadhar', 'dni', 'nie', 'nif', 'nir', 'codice_fiscale', 'codiceFiscale', 'codice fiscale', 'fiscal_code', 'fiscalCode',
    'id_number', 'idNumber', 'id number', 'identity_number', 'identityNumber', 'id_card_number', 'idCardNumber', 'personal_id', 'personalId', 'personnummer',
    'bsn', 'pesel', 'curp', 'resident_id', 'residentId', 'citizen_id', 'citizenId',
    // National numbers by their local names (DE Steuer-ID, JP My Number, MX RFC, DK CPR, FI HETU, NO fødselsnummer, CL RUT, ID NIK, SG NRIC).
    'my_number', 'myNumber', 'mynumber', 'individual_number', 'steuer_id', 'steuerId', 'steuerid', 'steuer_idnr', 'steueridentifikationsnummer', 'idnr',
    'rfc', 'cpr', 'cpr_number', 'cpr_nr', 'hetu', 'henkilotunnus', 'fodselsnummer', 'foedselsnummer', 'rut', 'nik', 'nric', 'burgerservicenummer',
    'personal_number', 'personalNumber', 'national_number', 'nationalNumber', 'tax_number', 'taxNumber', 'steuernummer', 'tfn', 'pps', 'ppsn',
    // Issue 24: tax and national numbers of more countries by their abbreviations (PL NIP/REGON, IN PAN, RU INN/SNILS, GR AFM/AMKA,
    // TR TCKN, AR CUIT/CUIL, RO CNP, KR RRN, CZ/SK rodné číslo, UA RNOKPP, HU adóazonosító jel, SA iqama, PT NIPC, FR INSEE).
    'nip', 'nip_number', 'regon', 'pan', 'pan_number', 'panNumber', 'pan_no', 'inn', 'snils', 'afm', 'amka', 'tckn', 'tc_kimlik', 'tc_kimlik_no', 'tcKimlikNo',
    'kimlik_no', 'kimlikNo', 'tc_no', 'cuit', 'cuil', 'cnp', 'rrn', 'jumin', 'rodne_cislo', 'rodneCislo', 'rodné číslo', 'rodne cislo', 'rnokpp',
    'adoazonosito', 'adoazonosito_jel', 'adóazonosító jel', 'adoazonosito jel', 'iqama', 'iqama_number', 'nipc', 'insee', 'numero_securite_sociale',
    'thai_id', 'egyptian_national_id', 'sa_id_number', 'tax_code', 'taxCode', 'vat_number', 'vatNumber', 'national_id_no', 'id_no', 'idNo',
    'инн', 'снилс', 'αφμ', 'αμκα',
  ]],
  ['passport', ['pasaport', 'passaporte', 'paszport', 'паспорт', 'διαβατήριο', 'passport_series', 'passportSeries', 'travel_document', 'travelDocument', 'travel_document_number',
    'reisepass', 'reisepassnummer', 'passnummer', 'passeport', 'pasaporte', 'passaporto', 'paspoort', 'passport', 'passport_number', 'passportNumber', 'passport_no', 'passportNo', 'passport number', 'passport no', 'passport_id', 'passportId']],
  ['driving-licence', [
    'driver_license', 'driverLicense', 'drivers_license', 'driversLicense', 'driver_licence', 'driving_licence', 'drivingLicence', 'driving_license',
    'drivingLicense', 'rijbewijs', 'fuehrerschein', 'fuhrerschein', 'permis_conduire', 'cnh', 'ehliyet', 'prawo_jazdy', 'license_no', 'licenseNo', 'license_number', 'licenseNumber', 'licence_number', 'licenceNumber', 'dl_number', 'dlNumber', 'driver license', "driver's license",
    'drivers license', 'driving licence', 'license number', 'licence number', 'license no', 'licence no',
  ]],
  ['licence-plate', [
    'plaka', 'placa', 'plates', 'plate_no', 'plateNo', 'car_plate', 'carPlate', 'vehicle_plate', 'vehiclePlate', 'plate_list', 'allowed_plates', 'allowedPlates',
    'plates_whitelist', 'plate_whitelist', 'rejestracja', 'nr_rejestracyjny', 'spz', 'rendszam', 'госномер', 'πινακίδα', 'gosnomer',
    'kennzeichen', 'kfz_kennzeichen', 'immatriculation', 'matricula', 'targa', 'kenteken', 'plate', 'license_plate', 'licensePlate', 'licence_plate', 'licencePlate', 'plate_number', 'plateNumber', 'number_plate', 'license plate',
    'licence plate', 'number plate', 'registration_plate', 'vehicle_registration', 'vehicleRegistration',
  ]],
  ['vin', ['vin', 'vin_number', 'vinNumber', 'vehicle_identification_number', 'vehicleIdentificationNumber', 'vehicle identification number']],
  ['birth-date', ['geburtsdatum', 'date_de_naissance', 'fecha_de_nacimiento', 'fecha_nacimiento', 'data_di_nascita', 'geboortedatum', 'dob', 'date_of_birth', 'dateOfBirth', 'date of birth', 'birth_date', 'birthDate', 'birthdate', 'birth date', 'birthday', 'born']],
  ['iban', ['iban', 'iban_number', 'ibanNumber']],
  ['bank-account', [
    'kontonummer', 'konto', 'account', 'rekeningnummer', 'numero_compte', 'numero_cuenta',
    'account_number', 'accountNumber', 'account number', 'account no', 'account_no', 'accountNo', 'acct_number', 'acctNumber', 'acct_no', 'acctNo',
    'bank_account', 'bankAccount', 'bank_account_number', 'bankAccountNumber', 'bank account', 'bank account number',
  ]],
  ['routing-number', ['routing_number', 'routingNumber', 'routing number', 'aba', 'aba_number', 'abaNumber', 'aba_routing', 'routing_transit_number', 'rtn', 'sort_code', 'sortCode', 'sort code', 'bsb', 'blz', 'bankleitzahl', 'transit_number', 'transitNumber']],
  ['swift-bic', ['swift', 'swift_code', 'swiftCode', 'swift code', 'bic', 'bic_code', 'bicCode', 'swift_bic', 'swiftBic']],
  ['card-security-code', ['cvv', 'cvc', 'csc', 'cvv2', 'cvc2', 'cvn', 'card_security_code', 'cardSecurityCode', 'security_code', 'securityCode', 'security code', 'card_cvv', 'cardCvv', 'card_cvc', 'cardCvc']],
  ['card-expiry', [
    'exp', 'expiry', 'exp_date', 'expDate', 'expiry_date', 'expiryDate', 'expiration_date', 'expirationDate', 'card_expiry', 'cardExpiry', 'cc_exp', 'ccExp',
    'card_exp', 'cardExp', 'valid_thru', 'validThru', 'exp_month_year',
  ]],
  ['health-id', [
    'kvnr', 'versichertennummer', 'krankenversichertennummer', 'npi', 'mbi', 'nhs_number', 'nhsNumber', 'nhs_no', 'medicare_number', 'medicareNumber',
    'medicaid_id', 'health_insurance_number', 'healthInsuranceNumber', 'insurance_number', 'insuranceNumber', 'mrn', 'medical_record_number', 'medicalRecordNumber',
    'patient_id', 'patientId', 'health_card_number', 'healthCardNumber',
  ]],
  ['member-id', [
    'employee_id', 'employeeId', 'employee_number', 'employeeNumber', 'employee_no', 'employeeNo', 'badge', 'badge_id', 'badgeId', 'badge_number', 'badgeNumber',
    'customer_id', 'customerId', 'customer_number', 'customerNumber', 'customer_no', 'customerNo', 'billing_id', 'billingId', 'billing_account', 'billingAccount',
    'member_id', 'memberId', 'membership_number', 'membershipNumber', 'loyalty_number', 'loyaltyNumber', 'loyalty_id', 'loyaltyId', 'loyalty_card',
    'transit_card', 'transitCard', 'transit_card_number', 'frequent_flyer_number', 'personalnummer', 'kundennummer', 'mitarbeiternummer', 'staff_id', 'staffId',
  ]],
];

/**
 * Phrases that announce a value in prose or a label without a separator ("DOB 12/03/1988",
 * "passport number is X1234567", "born on 3 March 1988"), by kind. A connector (is, was, on, no.,
 * number, #) and a ':' may follow (rules/identity-numbers.ts).
 */
export const ID_PHRASES: readonly (readonly [IdKeyKind, readonly string[]])[] = [
  ['national-id', [
    'ssn', 'social security number', 'social security no', 'social security', 'itin', 'sin', 'social insurance number', 'tax id', 'tax number', 'taxpayer id',
    'tin', 'ein', 'national id', 'national identity number', 'national insurance number', 'ni number', 'nino', 'id number', 'id card', 'identity card',
    'identity number', 'cpf', 'cnpj', 'aadhaar', 'aadhar', 'dni', 'nie', 'nif', 'nir', 'codice fiscale', 'personal number', 'personnummer', 'curp',
  ]],
  ['passport', ['passport', 'passport number', 'passport no']],
  ['driving-licence', ["driver's license", 'driver license', 'drivers license', "driver's licence", 'driving licence', 'driving license', 'license number', 'licence number', 'license no', 'licence no']],
  ['licence-plate', ['plate', 'license plate', 'licence plate', 'number plate', 'plate number', 'registration plate']],
  ['vin', ['vin', 'vehicle identification number']],
  ['birth-date', ['dob', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'born on']],
  ['iban', ['iban']],
  ['bank-account', ['account number', 'account no', 'acct', 'acct no', 'bank account', 'bank account number']],
  ['routing-number', ['routing number', 'aba', 'aba number', 'aba routing number', 'sort code']],
  ['swift-bic', ['swift', 'bic', 'swift code', 'swift/bic']],
  ['card-security-code', ['cvv', 'cvc', 'csc', 'cvv2', 'cvc2', 'security code', 'card security code']],
];

/**
 * The keys of ID_KEYS the key rule looks for in text (it adds the lower, first-capital and upper
 * case), the commonest of each kind: the key rule's lookbehind runs at every ':' and '=' of a log,
 * and all of ID_KEYS there cost the scan 4-7 % (the budget is 5 % for this whole change). Parsed
 * JSON and XML elements know every key of ID_KEYS at no cost; driver_license and driverLicense are
 * found through the 'license' token key (keyed-values.ts). V8 optimises a regex of more than 20 KB
 * of source less: the common pass slowed ten times when the first lists passed it.
 */
export const ALL_ID_KEYS: readonly string[] = [
  'ssn', 'social_security_number', 'socialSecurityNumber', 'sin', 'itin', 'tax_id', 'taxId', 'national_id', 'nationalId', 'nino', 'cpf', 'cnpj',
  'aadhaar', 'dni', 'nie', 'nir', 'codice_fiscale', 'codiceFiscale', 'id_number', 'idNumber', 'passport', 'passport_number', 'passportNumber',
  'passport_no', 'license_number', 'licenseNumber', 'licence_number', 'license_plate', 'licensePlate', 'plate', 'vin', 'dob', 'date_of_birth',
  'dateOfBirth', 'birthdate', 'birthDate', 'birth_date', 'birthday', 'iban', 'account_number', 'accountNumber', 'bank_account', 'routing_number',
  'routingNumber', 'aba', 'sort_code', 'swift', 'bic', 'cvv', 'cvc', 'csc', 'security_code',
  // Issue 24: national numbers by local name, health and member ids, card expiry.
  'personnummer', 'my_number', 'myNumber', 'curp', 'rfc', 'pesel', 'steuer_id', 'steuerId', 'bsn', 'cpr', 'rut', 'nik', 'hetu', 'kvnr', 'npi', 'mbi',
  'nhs_number', 'employee_id', 'employeeId', 'badge', 'badge_id', 'customer_id', 'customerId', 'customer_number', 'billing_id', 'member_id',
  'loyalty_number', 'exp', 'expiry', 'kontonummer', 'blz', 'fodselsnummer', 'reisepass', 'passeport', 'pasaporte', 'kennzeichen', 'geburtsdatum',
  // Issue 24: the national abbreviations as config keys (nip=, "inn":, AFM:), plates and passports of more languages.
  'nip', 'regon', 'pan', 'inn', 'snils', 'afm', 'amka', 'tckn', 'tc_kimlik_no', 'kimlik_no', 'cuit', 'cuil', 'cnp', 'rrn', 'ppsn', 'rnokpp', 'rodne_cislo', 'iqama',
  'nif', 'nipc', 'aadhaar_number', 'pan_number', 'plaka', 'placa', 'plates', 'matricula', 'targa', 'kenteken', 'immatriculation', 'spz', 'passaporte', 'pasaport',
  'paspoort', 'passport_id',
  // Lists of plates: a whitelist only under a vehicle, parking or gate path (rules/plate-lists.ts).
  'allowed_plates', 'plate_whitelist', 'plate_list', 'whitelist', 'allowlist',
  ...['date of birth', 'passport number', 'social security number'].flatMap((label) => [label, titleCase(label).replace(' Of ', ' of ')]),
];

/** Every phrase of ID_PHRASES in lower, first-capital, title and upper case ("Date of Birth" is the only mixed one). */
export const ALL_ID_PHRASES: readonly string[] = [
  ...new Set(ID_PHRASES.flatMap(([, phrases]) => phrases).flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1), titleCase(p), p.toUpperCase(), titleCase(p).replace(/ (Of|On|No) /, (w) => w.toLowerCase())])),
];

function titleCase(words: string): string {
  return words.replace(/(^|[ ])([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase());
}

const KIND_BY_PHRASE = new Map(ID_PHRASES.flatMap(([kind, phrases]) => phrases.map((phrase) => [phrase, kind] as const)));

/** The kind a phrase announces (compared case-insensitively), or null. */
export function phraseKind(phrase: string): IdKeyKind | null {
  return KIND_BY_PHRASE.get(phrase.toLowerCase()) ?? null;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Month names as the prose rule's lookbehind takes them before a day ("born March 3, 1988"). */
export const MONTH_WORDS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const ORDINAL = '(?:st|nd|rd|th)?';
const DAY_MONTH_YEAR = new RegExp(`^\\d{1,2}${ORDINAL}\\.?[ -](?:of[ ])?${MONTH}\\.?,?[ -]\\d{2,4}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\.?[ ]\\d{1,2}${ORDINAL},?[ ]\\d{4}$`, 'i');

/**
 * True when text is a full date as people and programs write one (numeric in any order, ISO with a
 * time, or with a month name). A day and month without the year is not one: "March 3" under a key
 * is left to the prose rule, which reads on over the comma (March 3, 1988).
 */
export function isDateText(text: string): boolean {
  const numeric = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (numeric) {
    const [a, b, c] = [numeric[1]!, numeric[3]!, numeric[4]!];
    if (a.length === 4) return isCalendarDate(Number(a), Number(b), Number(c));
    if (c.length !== 4 && c.length !== 2) return false;
    // Day first or month first: either reading must be a date.
    const year = c.length === 4 ? Number(c) : 2000;
    return isCalendarDate(year, Number(b), Number(a)) || isCalendarDate(year, Number(a), Number(b));
  }
  const compact = /^((?:19|20)\d\d)(\d\d)(\d\d)$/.exec(text);
  if (compact) return isCalendarDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return DAY_MONTH_YEAR.test(text) || MONTH_DAY_YEAR.test(text) || isLocalMonthDate(text);
}

/**
 * Month names of French, German, Spanish, Italian, Portuguese and Dutch, as UTF-8 text and as the
 * scan's latin1 bytes ("mars", "M\u00e4rz" and "M\xc3\xa4rz"), lower case.
 */
const LOCAL_MONTHS = new Set(
  [
    'janvier f\u00e9vrier mars avril mai juin juillet ao\u00fbt septembre octobre novembre d\u00e9cembre',
    'januar februar m\u00e4rz april mai juni juli august september oktober november dezember j\u00e4nner',
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'janeiro fevereiro mar\u00e7o abril maio junho julho agosto setembro outubro novembro dezembro',
    'januari februari maart april mei juni juli augustus september oktober november december',
    // Issue 24: Polish (genitive, as in "3 marca 1979"), Turkish and Finnish (partitive) months.
    'stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrze\u015bnia pa\u017adziernika listopada grudnia',
    'ocak \u015fubat mart nisan may\u0131s haziran temmuz a\u011fustos eyl\u00fcl ekim kas\u0131m aral\u0131k',
    'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kes\u00e4kuuta hein\u00e4kuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
  ]
    .join(' ')
    .split(' ')
    .flatMap((month) => [month, Buffer.from(month, 'utf8').toString('latin1')]),
);
const LOCAL_MONTH_DATE = /^(\d{1,2})(?:er|\.|\xba|\xc2\xba)?[ ](?:de[ ])?([^\s\d.,]{3,16})\.?,?[ ](?:de[ ]|del[ ])?(\d{4})$/;

/** A date with a month name of another language (3 mars 1985, 14. März 1972, 5 de noviembre de 1990). */
function isLocalMonthDate(text: string): boolean {
  const parts = LOCAL_MONTH_DATE.exec(text);
  return parts !== null && LOCAL_MONTHS.has(parts[2]!.replace(/[A-Z]/g, (c) => c.toLowerCase())) && Number(parts[1]) >= 1 && Number(parts[1]) <= 31;
}

/** A card's expiry as printed and typed (09/29, 9/2029, 09-29, 09 / 29, 09%2F29 in a form body). */
export function isCardExpiry(text: string): boolean {
  return /^(?:0?[1-9]|1[0-2]) ?(?:\/|-|%2F) ?(?:\d\d|20\d\d)$/i.test(text);
}

/** The Cyrillic and Greek capitals that look like Latin ones, as UTF-8 read as latin1 (the scan's form), with their Latin twins. */
const LOOKALIKES = new Map(
  [...'\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0423\u0425'].map((c, i) => [c, 'ABEKMHOPCTYX'[i]!] as const)
    .concat([...'\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7'].map((c, i) => [c, 'ABEZHIKMNOPTYX'[i]!] as const))
    .map(([c, latin]) => [Buffer.from(c, 'utf8').toString('latin1'), latin] as const),
);

/** The text with Cyrillic and Greek capitals that look Latin written in Latin ("\xd0\x95482" -> "E482"). */
export function latinLookalikes(text: string): string {
  return /[\xce\xd0]/.test(text) ? text.replace(/[\xce\xd0][\x80-\xbf]/g, (pair) => LOOKALIKES.get(pair) ?? pair) : text;
}

/** Letters and digits only, upper case: how two spellings of one identifier compare. */
function compact(value: string): string {
  return value.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}

function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

/** Digit groups separated by single spaces, optionally led by up to three letters and ended by one (AB 12 34 56 C, 1 85 05 78 006 084 36). */
const SPACED_GROUPS = /^(?:[A-Z]{1,3} )?\d{1,6}(?: \d{1,6}){1,7}(?: [A-Z])?$/;
/** One token of letters and digits with inner separators (X1234567, 123.456.789-09, D123-4567-8901). */
const ONE_TOKEN = /^[A-Za-z0-9](?:[A-Za-z0-9]|[./-](?=[A-Za-z0-9])){3,29}$/;

/**
 * The value as it compares (the placeholder's key) when it fits the kind, else null. Values that
 * stand for nothing (null, N/A, ****) never fit: they hold no digit or too few.
 */
export function idValueKey(kind: IdKeyKind, raw: string): string | null {
  const value = raw.trim();
  if (!value || value.length > 48) return null;
  const key = compact(value);
  switch (kind) {
    case 'national-id':
      // SNILS is written 112-233-445 95.
      return (ONE_TOKEN.test(value) || SPACED_GROUPS.test(value) || /^\d{3}-\d{3}-\d{3} \d\d$/.test(value)) && key.length >= 5 && key.length <= 20 && digitCount(key) >= 4 ? key : null;
    case 'passport':
      // A Russian passport is a series and a number (45 17 482913, 4517 482913).
      return (ONE_TOKEN.test(value) || /^[A-Z]{1,3} \d{5,9}$|^\d\d ?\d\d \d{6}$/.test(value)) && key.length >= 5 && key.length <= 12 && digitCount(key) >= 2 ? key : null;
    case 'driving-licence':
      return (ONE_TOKEN.test(value) || /^[A-Z0-9]{1,6}(?: [A-Z0-9]{1,6}){1,4}$/.test(value)) && key.length >= 5 && key.length <= 20 && digitCount(key) >= 2 ? key : null;
    case 'licence-plate': {
      // Russian and Greek plates use the capitals that look Latin (\u0415482\u041a\u041c199, \u0399\u039a\u03a5-4821): one plate, one key.
      const plate = latinLookalikes(value);
      const plateKey = compact(plate);
      return /^[A-Z0-9]{1,9}(?:[ -][A-Z0-9]{1,5}){0,2}$/.test(plate) && plateKey.length >= 2 && plateKey.length <= 10 && /\d/.test(plateKey) && /[A-Z]/.test(plateKey) ? plateKey : null;
    }
    case 'vin':
      return isVin(key) && ONE_TOKEN.test(value) ? key : null;
    case 'birth-date':
      return isDateText(value) || /^(?:19|20)\d\d$/.test(value) ? value.toLowerCase() : null;
    case 'iban':
      return /^[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{1,4}){3,9}$/.test(value) && key.length >= 15 && key.length <= 34 ? key : null;
    case 'bank-account':
      return /^[A-Z0-9]?\d[\d -]{2,32}[\dA-Z]$/.test(value) && digitCount(key) >= 4 && !/ {2}|--/.test(value) ? key : null;
    case 'routing-number':
      return (/^\d{9}$/.test(value) && isAbaRouting(value)) || /^\d{2}-\d{2}-\d{2}$|^\d{6}$|^\d{3}-\d{3}$/.test(value) ? key : null;
    case 'swift-bic':
      return /^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(value) ? key : null;
    case 'card-security-code':
      return /^\d{3,4}$/.test(value) ? key : null;
    case 'card-expiry':
      return isCardExpiry(value) ? value.replace(/%2F/i, '/').replace(/ /g, '') : null;
    case 'health-id':
      return (ONE_TOKEN.test(value) || SPACED_GROUPS.test(value)) && key.length >= 6 && key.length <= 20 && digitCount(key) >= 4 ? key : null;
    case 'member-id':
      return (ONE_TOKEN.test(value) || SPACED_GROUPS.test(value)) && key.length <= 20 && digitCount(key) >= 3 ? key : null;
  }
}

/** The placeholder of a value announced as `kind` (<passport-1>), or null when the value does not fit the kind. */
export function idKeyedValue(kind: IdKeyKind, value: string, placeholders: PlaceholderIssuer): string | null {
  const key = idValueKey(kind, value);
  return key === null ? null : placeholders.get(kind, key);
}

/**
 * True when the text before a key's separator ends in "driver license" and the like: the key rule
 * reads a bare "license" as a software licence key (a secret only when token-like); after
 * driver/driving it is a driving licence number.
 */
export function drivingLicenceBefore(textBefore: string): boolean {
  return /driv(?:er'?s?|ing)[ _-]?licen[cs]e["']?[ \t]*$/i.test(textBefore);
}

/** True when the kind's value is an IBAN that passes its check (the prose rule needs the check; a key may announce a mistyped one). */
export function isCheckedIban(value: string): boolean {
  return isIban(compact(value));
}
