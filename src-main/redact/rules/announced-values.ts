/**
 * Identifiers announced in prose by the word that names them, in the standard profile: national
 * numbers by their local names (Steuer-ID 36574261809, PESEL: 44051401359, My Number 6214 9832
 * 0257, personnummer 811228-9874, BSN, CPR-nummer, HETU, fødselsnummer, RUT 12.345.678-5, CURP),
 * dates of birth in several languages (DOB 1979-04-22, Geburtsdatum 14.03.1972, né le 3 mars 1985,
 * fecha de nacimiento 05/11/1990), bank details (routing 021000021, account no. 12345678,
 * Kontonummer, IBAN fr76...), card expiry (exp 09/29, valid thru 11/27, gültig bis 03/28),
 * documents (Reisepass C4J7RT2X9, passeport 12AB34567, Kennzeichen B-JW 4711, VIN ...), health ids
 * (KVNR, NPI, MBI, NHS number), member ids (employee id, badge, customer no., Personalnummer),
 * positions (lat 35.64349 lon 139.67046) and postal codes (CEP 01310-100, PIN 110001, 〒150-0002).
 *
 * Speed: the value is found from its first digit, as one more alternative of the scan's combined
 * digit rule (rules/index.ts), and the phrase is checked by a lookbehind from there, so no letter of
 * a log starts anything new; a value led by capitals (C4J7RT2X9, B-JW 4711) is found from its first
 * digit after them, behind a cheap check that a separator precedes the capitals. Each phrase names
 * a kind; where the kind has a check digit (PESEL, BSN, NPI ...) the value must pass it.
 */
import { idValueKey, type IdKeyKind } from '../id-document-keys.js';
import { ibanAt } from '../iban.js';
import { replaceSpacedIban } from './spaced-ibans.js';
import {
  isBrazilCnpj, isBrazilCpf, isCalendarDate, isPolishIdCard, isChineseResidentId, isCodiceFiscale, isCzechBirthNumber, isIndianPan, isPolishNip, isPolishRegon, isRussianInn,
  isThaiId, isUkNino,
} from '../id-checksums.js';
import {
  isAbaRouting, isChileanRut, isDanishCpr, isDutchBsn, isFinnishHetu, isGermanKvnr, isGermanTaxId, isIndonesianNik, isJapanMyNumber, isMexicanCurp,
  isMexicanRfc, isNhsNumber, isNorwegianBirthNumber, isPolishPesel, isSwedishPersonnummer, isUsMbi, isUsNpi, isVin,
} from '../id-checksums.js';
import { DIGIT_START } from './combined-rule.js';
import { DISTANT_SHAPE, replaceDistantId, replaceWindowedId } from './distant-ids.js';
import { announcedPhone } from '../phone-shape.js';
import { suffixAlternation } from './regex-words.js';
import { STANDARD, STRICT, phone, simple, type MatchContext, type RedactionRule } from './rule-types.js';

/** What a phrase announces: an identifier kind, a postal code, a position, a phone number or a meeting's PIN. */
export type AnnouncedKind = IdKeyKind | 'postal-code' | 'location' | 'phone' | 'secret';

/** The value's compact form when it passes the named format's check, else null. */
type Check = (value: string) => string | null;

/** Letters and digits only, upper case. */
function compact(value: string): string {
  return value.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}

/** A check over the value's letters and digits (separators dropped), when written as `shape`. */
function checked(shape: RegExp, test: (compact: string) => boolean): Check {
  return (value) => (shape.test(value) && test(compact(value)) ? compact(value) : null);
}

const POSTAL: Record<string, RegExp> = {
  cep: /^\d{5}-?\d{3}$/,
  pin: /^\d{6}$|^\d{3} \d{3}$/,
  jp: /^\d{3}-?\d{4}$/,
  any: /^(?:\d{4,5}(?:-\d{3,4})?|\d{3} \d{3}|\d{3}-\d{4})$/,
};

/** A value written as `shape`: the name before it is only this number's, so its shape is enough (a mistyped one goes too). */
function shaped(shape: RegExp): Check {
  return (value) => (shape.test(value) ? compact(value) : null);
}

function postal(shape: RegExp): Check {
  return (value) => (shape.test(value) ? value.replace(/[ -]/g, '') : null);
}

/**
 * Phrases by what they announce, with the check of the named format. Words are written in lower
 * case (the rule adds Capitalised and UPPER); accented letters in UTF-8 (the rule adds their latin1
 * bytes). A phrase may be followed by no., nr, number, # or ':' (ANNOUNCER).
 */
export const ANNOUNCING_PHRASES: readonly { kind: AnnouncedKind; phrases: readonly string[]; check?: Check }[] = [
  { kind: 'national-id', phrases: ['steuer-id', 'steuer-ID', 'steuer id', 'steuer ID', 'steuerid', 'steuer-idnr', 'steueridentifikationsnummer', 'idnr', 'identifikationsnummer'], check: checked(/^\d{2} ?\d{3} ?\d{3} ?\d{3}$/, isGermanTaxId) },
  { kind: 'national-id', phrases: ['my number', 'mynumber', 'my-number', 'individual number', 'kojin bango'], check: checked(/^\d{4}[ -]?\d{4}[ -]?\d{4}$/, isJapanMyNumber) },
  { kind: 'national-id', phrases: ['curp'], check: checked(/^[A-Z]{4}\d{6}[A-Z]{6}[A-Z0-9]\d$/, isMexicanCurp) },
  { kind: 'national-id', phrases: ['rfc'], check: checked(/^[A-Z&]{3,4}-?\d{6}-?[A-Z0-9]{3}$/, isMexicanRfc) },
  { kind: 'national-id', phrases: ['pesel', 'numer pesel'], check: checked(/^\d{11}$/, isPolishPesel) },
  { kind: 'national-id', phrases: ['personnummer', 'personnr', 'person nr', 'samordningsnummer'], check: checked(/^(?:\d\d)?\d{6}[-+]?\d{4}$/, isSwedishPersonnummer) },
  { kind: 'national-id', phrases: ['bsn', 'burgerservicenummer', 'sofinummer'], check: checked(/^\d{9}$|^\d{4}\.\d\d\.\d{3}$/, isDutchBsn) },
  { kind: 'national-id', phrases: ['cpr', 'cpr-nr', 'cpr-nummer', 'cpr nr', 'cpr nummer', 'cpr number', 'personnummer cpr'], check: checked(/^\d{6}-?\d{4}$/, isDanishCpr) },
  { kind: 'national-id', phrases: ['hetu', 'henkilötunnus', 'henkilotunnus', 'personbeteckning'], check: (v) => (isFinnishHetu(v) ? v.toUpperCase() : null) },
  { kind: 'national-id', phrases: ['fødselsnummer', 'fodselsnummer', 'foedselsnummer', 'personnummer no', 'd-nummer'], check: checked(/^\d{6} ?\d{5}$/, isNorwegianBirthNumber) },
  { kind: 'national-id', phrases: ['rut', 'run', 'rol único tributario'], check: checked(/^\d{1,2}\.?\d{3}\.?\d{3}-?[\dkK]$/, isChileanRut) },
  { kind: 'national-id', phrases: ['nik', 'nomor induk kependudukan'], check: checked(/^\d{16}$/, isIndonesianNik) },
  // Issue 24, national numbers of more countries by their local names. A name that is also an
  // everyday word or another field (inn, nip, pan) needs the number's check; a name that is only
  // the number's (СНИЛС, AMKA, TCKN, CUIT) needs its shape, so a mistyped number after it goes too.
  { kind: 'national-id', phrases: ['nip'], check: checked(/^\d{3}-?\d{3}-?\d{2}-?\d{2}$|^\d{3}-\d{2}-\d{2}-\d{3}$/, isPolishNip) },
  { kind: 'national-id', phrases: ['regon'], check: checked(/^\d{9}$|^\d{14}$/, isPolishRegon) },
  { kind: 'national-id', phrases: ['pan'], check: checked(/^[A-Z]{5}\d{4}[A-Z]$/, isIndianPan) },
  { kind: 'national-id', phrases: ['aadhaar', 'aadhar', 'आधार'], check: shaped(/^[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}$/) },
  { kind: 'national-id', phrases: ['inn'], check: checked(/^\d{10}(?:\d\d)?$/, isRussianInn) },
  { kind: 'national-id', phrases: ['инн', 'ИНН', 'инн/кпп', 'іпн', 'ІПН', 'рнокпп', 'РНОКПП', 'rnokpp', 'ipn', 'ідентифікаційний код', 'идентификационный номер'], check: shaped(/^\d{10}(?:\d\d)?$/) },
  { kind: 'national-id', phrases: ['снилс', 'СНИЛС', 'snils', 'страховой номер'], check: shaped(/^\d{3}[ -]?\d{3}[ -]?\d{3}[ -]?\d{2}$/) },
  { kind: 'national-id', phrases: ['afm', 'αφμ', 'ΑΦΜ'], check: shaped(/^\d{9}$/) },
  { kind: 'national-id', phrases: ['amka', 'αμκα', 'ΑΜΚΑ'], check: shaped(/^\d{11}$/) },
  { kind: 'national-id', phrases: ['tckn', 'tc kimlik', 'kimlik no'], check: shaped(/^[1-9]\d{10}$/) },
  { kind: 'national-id', phrases: ['cuit', 'cuil'], check: shaped(/^\d{2}-?\d{8}-?\d$/) },
  { kind: 'national-id', phrases: ['cnp'], check: shaped(/^[1-9]\d{12}$/) },
  { kind: 'national-id', phrases: ['ppsn', 'pps no'], check: shaped(/^\d{7}[A-W][A-IW]?$/) },
  { kind: 'national-id', phrases: ['rodné číslo', 'rč'], check: checked(/^\d{6}\/?\d{3,4}$/, isCzechBirthNumber) },
  { kind: 'national-id', phrases: ['adóazonosító jel', 'adóazonosító', 'adoazonosito'], check: shaped(/^8\d{9}$/) },
  // CPF and CNPJ keep their checks: a CPF that fails it stays, as it does without its name (identity-numbers.ts).
  { kind: 'national-id', phrases: ['cpf'], check: checked(/^\d{3}\.?\d{3}\.?\d{3}-?\d\d$/, isBrazilCpf) },
  { kind: 'national-id', phrases: ['cnpj'], check: checked(/^\d\d\.?\d{3}\.?\d{3}\/?\d{4}-?\d\d$/, isBrazilCnpj) },
  { kind: 'national-id', phrases: ['dni', 'nie', 'nif', 'nipc', 'contribuinte'], check: shaped(/^\d{8}-?[A-Z]$|^[XYZ]-?\d{7}-?[A-Z]$|^\d{9}$|^\d{1,2}\.?\d{3}\.?\d{3}$/) },
  { kind: 'national-id', phrases: ['nir', 'numéro de sécurité sociale', 'sécurité sociale'], check: checked(/^[1-478] ?\d\d ?\d\d ?(?:\d\d|2[AB]) ?\d{3} ?\d{3} ?\d\d$/, (v) => /^[1-478]/.test(v)) },
  { kind: 'national-id', phrases: ['rrn', '주민등록번호'], check: checked(/^\d{6}-?[1-8]\d{6}$/, (v) => isCalendarDate(2000, Number(v.slice(2, 4)), Number(v.slice(4, 6)))) },
  { kind: 'national-id', phrases: ['thai id', 'Thai ID', 'เลขประจำตัวประชาชน'], check: checked(/^\d{13}$|^\d-\d{4}-\d{5}-\d\d-\d$|^\d \d{4} \d{5} \d\d \d$/, isThaiId) },
  { kind: 'national-id', phrases: ['iqama', 'رقم الهوية'], check: shaped(/^[12]\d{9}$/) },
  { kind: 'national-id', phrases: ['resident id', '身份证', '身份证号', '身份证号码'], check: (v) => (isChineseResidentId(compact(v)) ? compact(v) : null) },
  { kind: 'national-id', phrases: ['codice fiscale', 'cf', 'c.f.', 'cod. fisc.', 'cod. fiscale'], check: (v) => (isCodiceFiscale(v) ? v.toUpperCase() : null) },
  // Poland's identity card (dowód osobisty): three letters, six digits, the first its check.
  { kind: 'national-id', phrases: ['numer dowodu', 'nr dowodu', 'dowód', 'dowód osobisty', 'dowodu osobistego', 'seria i numer dowodu', 'numer dowodu osobistego'], check: checked(/^[A-Z]{3} ?\d{6}$/, isPolishIdCard) },
  { kind: 'national-id', phrases: ['nino', 'national insurance number'], check: checked(/^[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]$/, isUkNino) },
  {
    kind: 'national-id',
    phrases: [
      // Not the numbers found by shape and check digit (SSN, SIN, CPF, Aadhaar, DNI, NIR ...: identity-numbers.ts), so a number
      // that fails its check after its name stays, as it does without.
      'tax id', 'tax number', 'taxpayer id', 'tin', 'ein', 'national id', 'national identity number', 'id number', 'id card', 'identity card',
      'identity number', 'personal number',
      'steuernummer', 'numéro fiscal', 'numero fiscale', 'número de identificación', 'cédula', 'cedula', 'documento de identidad', 'carte d\'identité',
      'personalausweis', 'ausweisnummer', 'nric', 'tfn', 'codice fiscale n',
    ],
  },
  { kind: 'passport', phrases: ['passport', 'passport number', 'passport no', 'reisepass', 'reisepassnummer', 'passnummer', 'pass-nr', 'passeport', 'numéro de passeport', 'pasaporte', 'passaporto', 'passaporte', 'paspoort', 'paszport',
    // Issue 24: more languages (Паспорт 45 17 482913 is a series and a number).
    'pasaporte n.º', 'pasaporte nº', 'passaporte n.º', 'passaporte nº', 
    'паспорт', 'паспорт серия', 'загранпаспорт', 'серия и номер паспорта', 'паспорт №', 'διαβατήριο', 'αριθμός διαβατηρίου', 'pasaport', 'útlevél', 
    'paszportu', 'numer paszportu', 'passport nr', 'útlevélszám', 'passi', 'passinumero', 'pasaport no', 'passport num',
  ] },
  { kind: 'driving-licence', phrases: ["driver's license", 'driver license', 'drivers license', "driver's licence", 'driving licence', 'driving license', 'license number', 'licence number', 'führerschein', 'führerscheinnummer', 'permis de conduire', 'licencia de conducir',
    'permiso de conducir', 'carteira de motorista', 'cnh', 'rijbewijs', 'prawo jazdy', 'ehliyet', 
    'водительское удостоверение', 'водительское', 'δίπλωμα οδήγησης', 'řidičský průkaz', 'jogosítvány', 
  ] },
  { kind: 'licence-plate', phrases: ['plate', 'license plate', 'licence plate', 'number plate', 'plate number', 'registration plate', 'kennzeichen', 'kfz-kennzeichen', 'nummernschild', 'immatriculation', 'plaque', 'matrícula', 'matricula', 'targa', 'kenteken', 'placa',
    // Issue 24: plate words of more languages (TR plaka, RU госномер, GR πινακίδα, PL rejestracja, CZ/SK SPZ/EČV, HU rendszám).
    'plaka', 'plakası', 'госномер', 'госзнак', 'номер автомобиля', 'автомобиль', 'автомобиля',
    'πινακίδα', 'πινακίδες', 'αριθμός κυκλοφορίας', 'rejestracja', 'spz', 'ečv', 'rendszám',
    "plaque d'immatriculation", 'numéro d\'immatriculation', 
    'vehicle registration', 'plates', 
    // Issue 24: vehicle words people write right before a plate (reg AB12CDE, targata AB 123 CD, Samochód WZ 1234A).
    'registration', 'registration number', 'reg', 'reg.', 'reg no', 'reg no.', 'rego', 'car', 'my car', 'vehicle', 'targata', 'targato', 'samochód', 'samochodu',
    'numer rejestracyjny', 'nr rej.', 'rekisterinumero', 'rekisteritunnus', 'kenteken', 'rendszáma', 'הרכב', 'מספר רכב', 'plaque minéralogique',
  ] },
  { kind: 'vin', phrases: ['vin', 'vehicle identification number', 'fahrgestellnummer', 'fin', 'telaio', 'numero di telaio', 'n. telaio', 'chassis', 'chassis number', 'chassis no', 'châssis',
    'numéro de série du véhicule', 'numéro de châssis', 'číslo karoserie', 'vin kód', 'alvázszám', 'bastidor', 'número de bastidor', 'şasi no', 'şasi numarası', 'vin code', 'vin number', 'numer vin', 'chassinummer', 'valmistenumero'], check: (v) => (isVin(v) ? v.toUpperCase() : null) },
  {
    kind: 'birth-date',
    phrases: [
      'dob', 'd.o.b.', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'born on', 'geburtsdatum', 'geb.', 'geboren', 'geboren am',
      'né le', 'née le', 'né(e) le', 'date de naissance', 'fecha de nacimiento', 'nacido el', 'nacida el', 'f. nac.', 'data di nascita', 'nato il', 'nata il',
      'data de nascimento', 'nascido em', 'geboortedatum', 'födelsedatum', 'fødselsdato', 'syntymäaika', 'data urodzenia', 'seinen geburtstag',
      // Issue 24: more languages (urodzona 12.03.1985, születési idő 1985.03.12, syntynyt 12.3.1985, doğum tarihi 12.03.1985).
      'nascida em', 'nato il', 'née', 'né', 'urodzona', 'urodzony', 'urodzona dnia', 'urodzony dnia', 'ur.', 'születési idő', 'születési dátum', 'született', 'szül.',
      'syntynyt', 'syntymäpäivä', 'doğum tarihi', 'dogum tarihi', 'doğum', 'geburtstag', 'date de naissance le', 'was born', 'was born on', 'born in',
    ],
  },
  { kind: 'iban', phrases: ['iban'], check: (v) => (ibanAt(v) === v ? compact(v) : null) },
  {
    kind: 'bank-account',
    phrases: [
      'account', 'account number', 'account no', 'account no.', 'acct', 'acct no', 'acct.', 'bank account', 'bank account number', 'kontonummer', 'konto',
      'konto-nr', 'kontonr', 'numéro de compte', 'n° de compte', 'número de cuenta', 'cuenta', 'numero di conto', 'conto', 'rekeningnummer', 'rekening',
    ],
    check: (v) => (/^\d[\d -]{3,32}\d$/.test(v) ? idValueKey('bank-account', v) : null),
  },
  { kind: 'routing-number', phrases: ['routing', 'routing number', 'routing no', 'aba', 'aba number', 'aba routing number', 'transit number', 'rtn'], check: (v) => (/^\d{9}$/.test(v) && isAbaRouting(v) ? v : null) },
  { kind: 'routing-number', phrases: ['sort code', 'blz', 'bankleitzahl', 'bsb', 'bsb number'], check: (v) => (/^\d{2}-\d{2}-\d{2}$|^\d{6}$|^\d{3}-\d{3}$|^\d{3} ?\d{3} ?\d\d$/.test(v) ? compact(v) : null) },
  {
    kind: 'card-expiry',
    phrases: ['exp', 'exp.', 'exp date', 'expiry', 'expiry date', 'expiration date', 'card expiry', 'valid thru', 'valid through', 'valid until', 'good thru', 'gültig bis', 'ablaufdatum', "date d'expiration", 'expire fin', 'vencimiento', 'fecha de vencimiento', 'scadenza'],
  },
  { kind: 'health-id', phrases: ['kvnr', 'krankenversichertennummer', 'versichertennummer', 'versicherten-nr'], check: (v) => (isGermanKvnr(v) ? v.toUpperCase() : null) },
  { kind: 'health-id', phrases: ['npi', 'npi number', 'national provider identifier'], check: (v) => (isUsNpi(v) ? v : null) },
  { kind: 'health-id', phrases: ['mbi', 'medicare beneficiary identifier', 'medicare id', 'medicare number'], check: checked(/^[0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4}$/, isUsMbi) },
  { kind: 'health-id', phrases: ['nhs number', 'nhs no', 'nhs no.', 'nhs', 'chi number'], check: checked(/^\d{3}[ -]?\d{3}[ -]?\d{4}$/, isNhsNumber) },
  { kind: 'health-id', phrases: ['medical record number', 'mrn', 'patient id', 'health card number', 'insurance number', 'member number'] },
  {
    kind: 'member-id',
    phrases: [
      'employee id', 'employee number', 'employee no', 'employee no.', 'employee #', 'emp id', 'staff id', 'staff number', 'badge', 'badge id', 'badge number',
      'badge no', 'customer id', 'customer number', 'customer no', 'customer no.', 'customer #', 'client number', 'client no', 'billing id', 'billing account',
      'member id', 'membership number', 'membership no', 'loyalty number', 'loyalty card', 'loyalty card number', 'rewards number', 'frequent flyer number',
      'transit card', 'transit card number', 'personalnummer', 'personal-nr', 'mitarbeiternummer', 'kundennummer', 'kunden-nr', 'kundennr',
      'numéro client', 'número de cliente', 'matricule',
    ],
  },
  { kind: 'location', phrases: ['lat', 'latitude', 'lat.', 'breite', 'breitengrad'] },
  // Issue 24: a phone number after its word, in national formats the phone rule's shapes do not
  // take (fax 22 628 41 98, mobile 532 418 27 63, Tel. 06 1 457 2290, tel 612 34 56 78).
  {
    kind: 'phone',
    phrases: [
      'tel', 'tel.', 'tél', 'tél.', 'phone', 'phone no', 'phone number', 'mobile', 'mobile number', 'mobile no', 'mob', 'mob.', 'cell', 'cell phone', 'cellphone', 'fax', 'handy',
      'telefon', 'telefonnummer', 'téléphone', 'teléfono', 'telefone', 'telefono', 'cellulare', 'portable', 'numer', 'numer telefonu', 'nr tel.', 'nr telefonu', 'gsm',
      'whatsapp', 'call me on', 'call me at', 'ring me on', 'ring me at', 'reach me at', 'reach me on', 'text me on', 'text me at', 'tlf', 'tlf.', 'puhelin', 'mobil',
      'telefonszám', 'telefonszámom', 'számom', 'celular', 'móvil', 'tel no', 'tel. no.', 'tel nr',
    ],
    check: announcedPhone,
  },
  // Issue 24: a meeting's participant and attendee PINs and ids, said in prose (Participant ID: 123456).
  { kind: 'secret', phrases: ['participant id', 'participant ID', 'participant pin', 'participant PIN', 'attendee id', 'attendee ID', 'attendee pin', 'attendee PIN', 'participant code', 'teilnehmer-id', 'teilnehmer-pin', 'id participant'], check: (v) => (/^\d{4,12}$/.test(v) ? v : null) },
  // One-time codes from texts and e-mails (Your verification code is 482913, OTP: 482 913): a secret while it lasts, and it names the account.
  {
    kind: 'secret',
    phrases: [
      'verification code', 'security code', 'login code', 'sign-in code', 'signin code', 'one-time code', 'one time code', 'one-time password', 'otp', 'otp code',
      '2fa code', 'mfa code', 'authentication code', 'confirmation code', 'sms code', 'code de vérification', 'code de confirmation', 'código de verificación',
      'código de verificação', 'bestätigungscode', 'verifizierungscode', 'sicherheitscode', 'kod weryfikacyjny', 'doğrulama kodu', 'verificatiecode', 'codice di verifica',
    ],
    check: (v) => (/^\d{4,10}$|^\d{3}[ -]\d{3}$/.test(v) ? v.replace(/[ -]/g, '') : null),
  },
  { kind: 'postal-code', phrases: ['cep'], check: postal(POSTAL.cep!) },
  { kind: 'postal-code', phrases: ['pin', 'pin code', 'pincode', 'postal index number'], check: postal(POSTAL.pin!) },
  { kind: 'postal-code', phrases: ['〒'], check: postal(POSTAL.jp!) },
  { kind: 'postal-code', phrases: ['plz', 'postleitzahl', 'postcode', 'post code', 'postal code', 'zip', 'zip code', 'code postal', 'código postal'], check: postal(POSTAL.any!) },
];

/** Every spelling the scan looks for: lower, Capitalised, Title Case and UPPER, with accents also as latin1 bytes. */
function spellings(phrase: string): string[] {
  const title = phrase.replace(/(^|[ -])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  // CPR-nummer, NHS number, PIN code: an acronym first, the words after it in lower case.
  const acronym = phrase.replace(/^[^ -]+/, (word) => word.toUpperCase());
  const forms = [phrase, phrase[0]!.toUpperCase() + phrase.slice(1), title, acronym, phrase.toUpperCase()];
  // ASCII forms are their own bytes: Buffer round trips for all ~1500 forms made Node's Buffer
  // internals hot enough for TurboFan to compile them at every start (~40 ms of CPU).
  return /^[\x00-\x7f]*$/.test(phrase) ? forms : forms.flatMap((form) => [form, Buffer.from(form, 'utf8').toString('latin1')]);
}

/** Each entry's spellings, computed once. */
const ENTRY_SPELLINGS = ANNOUNCING_PHRASES.map((entry) => ({ entry, forms: entry.phrases.flatMap(spellings) }));

const KIND_OF = new Map<string, (typeof ANNOUNCING_PHRASES)[number]>();
for (const { entry, forms } of ENTRY_SPELLINGS) for (const form of forms) if (!KIND_OF.has(form.toLowerCase())) KIND_OF.set(form.toLowerCase(), entry);

// Only the forms the scan can meet: its text is latin1 bytes, so a form with a character above \xff
// (the UTF-8 "\u0418\u041d\u041d" beside its bytes) would only lengthen the lookbehinds.
const ALL_SPELLINGS = [...new Set(ENTRY_SPELLINGS.flatMap(({ forms }) => forms))].filter((form) => !/[^\x00-\xff]/.test(form));
const PHRASES = suffixAlternation(ALL_SPELLINGS);
/** no., nr, number, is, # between the phrase and the value ("NHS number is", "customer no."). */
const CONNECTOR = '(?:[ \\t]+(?:no\\.?|No\\.?|NO\\.?|nr\\.?|Nr\\.?|number|Number|is|was|on|#))?';
/** A separator between the phrase and the value. */
const SEPARATOR = `${CONNECTOR}[ \\t]*(?:[:#=]|-(?=[ \\t]))?[ \\t]*["'(]?`;
/**
 * What the scan's lookbehind checks of a phrase: its last TAIL characters (a phrase that short is
 * checked whole, after a non-letter). The whole phrase list is ~10 KB of regex source, and V8
 * optimises the scan's common pass far less beyond ~20 KB (it took 10x as long); replace() checks
 * the whole phrase (ANNOUNCED_BEFORE) for the few numbers after a matching tail.
 */
const TAIL = 4;
/**
 * The spellings the lookbehind names by their tails: those that end in ASCII. One that ends in a
 * byte above \x7f (ИНН, ΑΦΜ, 身份证 as latin1 bytes) is stood for by that one byte class: ~300
 * byte tails of Cyrillic, Greek and CJK phrases made the lookbehind's class and alternation slow
 * the digit pass by 2-3 ms per 8 MB, though no number of a log follows such a byte; replace()
 * checks the whole phrase.
 */
const ASCII_ENDED = ALL_SPELLINGS.filter((s) => s.charCodeAt(s.length - 1) < 0x80);
const SHORT_SPELLINGS = ASCII_ENDED.filter((s) => s.length <= TAIL);
const TAILS = [...new Set(ASCII_ENDED.filter((s) => s.length > TAIL).map((s) => s.slice(-TAIL)))];
/** The last characters of every phrase: a class the lookbehinds test first (most numbers of a log follow none of them and a space). */
const LAST_CHARACTERS = `[${[...new Set(ASCII_ENDED.map((spelling) => spelling.slice(-1)))].join('').replace(/[\]\\^-]/g, '\\$&')}\\x80-\\xff]`;
/**
 * The phrase's tail, then an optional ':' or '#' and one space before the value (or nothing, as in
 * 〒150-0002). No connector words or optional quotes: each optional part doubled the paths a failing
 * lookbehind tries at every number of a log (54 against 19 ms per 8 MB); "PESEL: " and "no. " fit,
 * and keys with '=' are the key rule's (ALL_ID_KEYS).
 */
const ENDS = [...new Set([...SHORT_SPELLINGS.map((s) => `\u0000${s}`), ...TAILS])];
/** The tails by the case of their last character, each behind a one-class test (V8 tries a lookbehind's alternatives one by one). */
function tailAlternation(ends: string[]): string {
  const bounded = ends.filter((e) => e.startsWith('\u0000')).map((e) => e.slice(1));
  const free = ends.filter((e) => !e.startsWith('\u0000'));
  const parts = [...(bounded.length ? [`(?<![A-Za-z])(?:${suffixAlternation(bounded)})`] : []), ...(free.length ? [suffixAlternation(free)] : [])];
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}
const UPPER_ENDS = ENDS.filter((e) => /[A-Z]$/.test(e));
const OTHER_ENDS = ENDS.filter((e) => !/[A-Z]$/.test(e));
const ANNOUNCER = `(?:${tailAlternation(UPPER_ENDS)}(?<=[A-Z])|(?:${tailAlternation(OTHER_ENDS)}|[\\x80-\\xff])(?<![A-Z]))(?:[:#]?[ ])?`;

/**
 * A Cyrillic or Greek capital as the scan sees it (two latin1 bytes: "\u0415" is "\xd0\x95"): the
 * letters of Russian and Greek plates (\u0415482\u041a\u041c199, \u0399\u039a\u03a5-4821).
 */
const CAPITAL_BYTES = '[\\xce\\xd0][\\x80-\\xaf]';
/** One to three of them before a plate's first digit, with the Greek hyphen (\u0399\u039a\u03a5-4821). */
const CAPITAL_BYTE_GROUP = `(?:${CAPITAL_BYTES}){1,3}-?`;
/** A month's name before the day of a date of birth (date of birth March 3, 1979). */
const MONTH_BEFORE_DAY = '[A-Z][a-z]{2,8}\\.?[ ]';
/** The same read back in replace(): group 1 the phrase, group 2 the letters before the digit. */
const ANNOUNCED_BEFORE = new RegExp(`(?<![A-Za-z])(${PHRASES})(?![A-Za-z])${SEPARATOR}((?:[A-Z]{1,3}[ -]){0,2}(?:[A-Za-z]|${CAPITAL_BYTES}){0,6}-?|${MONTH_BEFORE_DAY})$`);
/** Capitals before a value's first digit (a plate: B-JW 4711, HH AB 123). */
const CAPITAL_GROUPS = '(?:[A-Z]{1,3}[ -]){0,2}';
/**
 * The value after its first digit: letters (UTF-8 bytes too: "3 mars 1985", "14. März") and digits,
 * joined by . / - or single spaces, at most eight words.
 */
const VALUE_RUN = /^(?:[A-Za-z0-9]|[\xce\xd0][\x80-\xaf])*(?:(?:[./-]|%2F|\.?,?[ ])[A-Za-z0-9\x80-\xff]+){0,9}/;

/** The phrase before this match's first digit and the letters of the value before it, or null. */
function announcement(c: MatchContext): { entry: (typeof ANNOUNCING_PHRASES)[number]; phrase: string; prefix: string } | null {
  const parts = ANNOUNCED_BEFORE.exec(c.textBefore(80));
  const entry = parts ? KIND_OF.get(parts[1]!.toLowerCase()) : undefined;
  return parts && entry ? { entry, phrase: parts[1]!, prefix: parts[2]! } : null;
}

/** The key a value of this kind compares by, or null when it does not fit. */
function valueKey(entry: (typeof ANNOUNCING_PHRASES)[number], value: string): string | null {
  if (entry.check) return entry.check(value);
  if (entry.kind === 'location' || entry.kind === 'postal-code' || entry.kind === 'phone' || entry.kind === 'secret') return null;
  return idValueKey(entry.kind, value);
}

/** "lat 35.64349 lon 139.67046", "latitude 48.1372 longitude 11.5756": the pair as one position. */
const LONGITUDE_AFTER = /^[,;]?[ \t]*(?:lon|lng|long|longitude|Lon|Lng|Long|Longitude|LON|LNG|LONG|LONGITUDE|L\xc3\xa4nge|l\xc3\xa4nge|L\xc3\xa4ngengrad)\.?[ \t]*[:=]?[ \t]*(-?\d{1,3}\.\d{2,9})(?![\d.])/;

function replacePosition(c: MatchContext): string | null {
  const latitude = /^\d{0,2}\.\d{2,9}(?![\d.])/.exec(c.group(0)! + c.textAfter(0, 16))?.[0];
  if (!latitude) return null;
  const rest = c.textAfter(latitude.length - 1, 48);
  const longitude = LONGITUDE_AFTER.exec(rest);
  const sign = c.textBefore(1) === '-' ? '-' : '';
  const lat = Number(sign + latitude);
  if (Math.abs(lat) > 90) return null;
  if (sign) c.takeBefore(/-/, 1);
  if (!longitude || Math.abs(Number(longitude[1])) > 180) {
    c.coverAfter(latitude.length - 1);
    return simple(c, 'location', `${lat}`);
  }
  // The longitude's word stays: "lat <location-1> lon <location-1>" would say less than the pair once.
  const lead = rest.slice(0, longitude[0].length - longitude[1]!.length);
  c.coverAfter(latitude.length - 1 + longitude[0].length);
  const placeholder = simple(c, 'location', `${lat},${Number(longitude[1])}`);
  return `${placeholder}${lead}${placeholder}`;
}

/** A list item after a plate: a comma, then capitals (Latin, Cyrillic or Greek) and digits in up to three groups. */
const LIST_ITEM = /^(,[ \t]?)((?:[A-Z0-9]|[\xce\xd0][\x80-\xaf])+(?:[ -](?:[A-Z0-9]|[\xce\xd0][\x80-\xaf])+){0,2})/;

/**
 * The plates that follow a first one in a list ("plates 34 ABC 482, 34 KMT 71, 06 BZ 1234"): the
 * length of their text and each one's separator and key; each must fit the kind (its last groups
 * dropped until it does), and the list ends at the first item that does not.
 */
function moreInList(entry: (typeof ANNOUNCING_PHRASES)[number], after: string): { length: number; keys: [string, string][] } {
  const keys: [string, string][] = [];
  let length = 0;
  for (let parts = LIST_ITEM.exec(after); parts; parts = LIST_ITEM.exec(after.slice(length))) {
    let item = parts[2]!;
    let key = valueKey(entry, item);
    while (key === null && /[ -]/.test(item)) {
      item = item.replace(/[ -][^ -]*$/, '');
      key = valueKey(entry, item);
    }
    // An item is a whole word: "34 KMT 71, 06 BZ 1234 ve" ends the last one at its word's end.
    if (key === null || /^[A-Za-z0-9\x80-\xff]/.test(after.slice(length + parts[1]!.length + item.length))) break;
    keys.push([parts[1]!, key]);
    length += parts[1]!.length + item.length;
  }
  return { length, keys };
}

/**
 * The value from this match's digit: the longest run of its words (at most eight) that fits the
 * announced kind, with the letters before the digit; null when none fits.
 */
function replaceAnnounced(c: MatchContext): string | null {
  return announced(c) ?? replaceDistantId(c);
}

/** The value after a phrase right before it (replaceAnnounced without the distant names), or null. */
function announced(c: MatchContext): string | null {
  const found = announcement(c);
  if (!found) return null;
  if (found.entry.kind === 'location') return found.prefix && found.prefix !== '-' ? null : replacePosition(c);
  const run = found.prefix + c.group(0)! + VALUE_RUN.exec(c.textAfter(0, 96))![0];
  const ends = [run.length];
  for (let i = run.length - 1; i > found.prefix.length; i--) if (run[i] === ' ') ends.push(run[i - 1] === ',' || run[i - 1] === '.' ? i - 1 : i);
  for (const end of ends) {
    const value = run.slice(0, end);
    const key = valueKey(found.entry, value);
    if (key === null) continue;
    if (found.prefix) c.takeBefore(/[A-Za-z .\x80-\xd0-]/, found.prefix.length);
    const covered = end - found.prefix.length - c.group(0)!.length;
    const list = found.entry.kind === 'licence-plate' ? moreInList(found.entry, c.textAfter(covered, 160)) : { length: 0, keys: [] };
    c.coverAfter(covered + list.length);
    if (found.entry.kind === 'phone') return phone(c, value);
    return simple(c, found.entry.kind, key) + list.keys.map(([separator, itemKey]) => separator + simple(c, found.entry.kind, itemKey)).join('');
  }
  return null;
}

/**
 * What follows a value's first digit, tested before the phrase behind (a cheap test that most
 * numbers of a log fail at their second to fourth character: "render 12 fps", "loss 0"): three
 * more digits or separators (36574261809, 1979-04-22, 09/29, 943 476 5919, a Russian passport's
 * series and number 45 17 482913), capitals within three
 * digits (12AB34567, 7ABC123, 1HGCM82633A004352; a Cyrillic or Greek one by its lead byte:
 * \u0415482\u041a\u041c199) or a month name (3 mars 1985, 14. März 1972).
 */
const VALUE_SHAPE =
  '(?=[\\d./-]{3}|\\d{0,2}[ ](?:\\d\\d[ ])?\\d{3}|\\d{0,2}[A-Z\\xce\\xd0]|\\d?\\.?[ ](?:de[ ])?[A-Za-z\\x80-\\xff]{3}' +
  // Issue 24: phones grouped 2-1-3 or 3-2-2 (06 1 457 2290, 612 34 56 78), plates (12-ABC-3, 1234A, 1234 BCD), dates (3rd of March, 3, 1979).
  '|\\d{0,2}[ ]\\d{1,3}[ ]\\d\\d|\\d?-[A-Z]{2}|\\d{2,3}[A-Z]|\\d{3}[ ][A-Z]{3}|(?<=(?<![A-Za-z0-9])[A-Z]{2}[ ]\\d)\\d\\d[ ][A-Z]{2}(?![A-Za-z0-9])|\\d?(?:st|nd|rd|th)[ ]|\\d?,[ ]\\d{4})';

/**
 * `rule` run at this match's place (its sticky regex over the scan's text), with a
 * context for its own match, which may be longer or shorter than this one; null when it does not
 * match there or keeps what it found.
 */
export function replaceAt(c: MatchContext, rule: RedactionRule, regex: RegExp): string | null {
  const match = c.execHere(regex);
  if (!match) return null;
  // How much longer the other match is than this one (negative: shorter).
  const extra = match[0].length - c.group(0)!.length;
  let covered = false;
  const context: MatchContext = {
    ...c,
    group: (k) => match[k],
    textAfter: (skip, length) => c.textAfter(extra + skip, length),
    coverAfter: (length) => {
      covered = true;
      c.coverAfter(extra + length);
    },
  };
  const replacement = rule.replace(context);
  if (replacement === null) return null;
  // The replacement stands for the other rule's match, not this one's.
  if (!covered && extra !== 0) c.coverAfter(extra);
  return replacement;
}

/**
 * A value announced by a phrase, from its first digit: the last alternative of the digit rule
 * (rules/index.ts). A '-' before the digit is not looked for (latitude -33.86 in prose stays;
 * lat=-33.86 is the key rule's): one more path in the lookbehinds cost the scan 6-8 ms per 8 MB.
 */
export const ANNOUNCED_DIGIT_RULE: RedactionRule = {
  category: 'national-id',
  profiles: STANDARD,
  // The two-character lookbehind first: a quick no for the two thirds of digit starts after no space.
  // A plate led by Cyrillic or Greek capitals (госномер \u0415482\u041a\u041c199, πινακίδα \u0399\u039a\u03a5-4821)
  // is one more alternative inside the same lookbehinds, tried last: as a branch of its own (a
  // second alternative after the first failed) it cost the digit pass 2-3 ms per 8 MB.
  pattern:
    `${DIGIT_START}(?<=[ (,\\x80-\\xaf-]\\d)(?<=(?:${LAST_CHARACTERS}[:#]?|[A-Z])[ ]\\d|[ ]\\(\\d|\\x92\\d|[\\d>],,\\d|${LAST_CHARACTERS}[:#]?[ ]${CAPITAL_BYTE_GROUP}\\d)` +
    `${VALUE_SHAPE}(?:${DISTANT_SHAPE}|(?<=${ANNOUNCER}(?:${CAPITAL_GROUPS}|${CAPITAL_BYTE_GROUP}|${MONTH_BEFORE_DAY})\\d))`,
  replace: replaceAnnounced,
};

const ANNOUNCED_STICKY = new RegExp(ANNOUNCED_DIGIT_RULE.pattern, 'y');

/**
 * The digit rule (`digitRules`, ANNOUNCED_DIGIT_RULE its last alternative) with a second chance for
 * an announced value: where an earlier alternative matched at a number after a space and kept it
 * ("NHS number 401 023 2137" looks like a phone number the phone check turns down, "My Number
 * 3141 5926 5352" like a card that fails Luhn), the announced rule is run at the same place. As the
 * first alternative it would be tried at every digit of a log: 12-20 % of the common pass.
 */
export function withAnnouncedValues(digitRules: RedactionRule): RedactionRule {
  return {
    ...digitRules,
    replace: (c) => {
      const replacement = digitRules.replace(c);
      if (replacement !== null) return replacement;
      const before = c.textBefore(1);
      if (before === ' ') return replaceSpacedIban(c) ?? replaceAt(c, ANNOUNCED_DIGIT_RULE, ANNOUNCED_STICKY);
      return before === '\x92' ? replaceAt(c, ANNOUNCED_DIGIT_RULE, ANNOUNCED_STICKY) : null;
    },
  };
}

/**
 * A value led by capitals (C4J7RT2X9, B-JW 4711, GODE561231HDFRRN09, FR76 3000 ...), from its
 * first digit: the capitals must follow a separator (a cheap test, most digits after letters are in
 * hex or words), then the phrase before them is checked.
 */
export const ANNOUNCED_LETTERS_RULE: RedactionRule = {
  category: 'national-id',
  profiles: STRICT,
  pattern: `\\d(?<=[A-Z]-?\\d)(?<=${LAST_CHARACTERS}[:#]?[ ](?:[A-Z]{1,3}[ -])?[A-Z]{1,6}-?\\d)(?<=${ANNOUNCER}(?:[A-Z]{1,3}[ -])?[A-Z]{1,6}-?\\d)`,
  replace: replaceAnnounced,
};


/**
 * A value led by capitals after a space or '(' (AB12 CDE, XYZ-789, X1234567, RSSMRA85T10A562S,
 * WDB1234561A123456), in the standard profile: its phrase right before it (passport X1234567,
 * numer dowodu ABA300000) or a few words before it (the registration is AB12 CDE), or a codice
 * fiscale or North American VIN proved by its check with no phrase.
 */
export function replaceLetterLed(c: MatchContext): string | null {
  if (c.profile === 'minimal') return null;
  return announced(c) ?? replaceWindowedId(c);
}
