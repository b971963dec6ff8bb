/**
 * What a table column holds, read from its header label: the same word means the same as a JSON
 * key (`password`, `callerNumber`, `dob`, `iban`, `mac`: the key lists of redaction-keys.ts and
 * pair-keys.ts), plus the words of exports that no key list holds: password managers' columns
 * (Chrome, Firefox, Bitwarden, 1Password, KeePass, LastPass), HR and directory sheets in the
 * languages Excel writes (Personalnummer, Geburtsdatum, fecha de nacimiento, Téléphone portable),
 * and PBX call detail records (CUCM's callingPartyNumber, origDeviceName, origIpAddr; Asterisk's
 * src, dst, cnam). Labels are compared folded (person-column-headers.ts's foldLabel: UTF-8 decoded,
 * no diacritics, lower case, letters and digits only), so `Date of Birth`, `date_of_birth`,
 * `DATE-OF-BIRTH` and `dateOfBirth` are one label.
 */
import { ID_KEYS } from './id-document-keys.js';
import { DEVICE_ID_KEY_KINDS } from './device-id-keys.js';
import { pairKind } from './pair-keys.js';
import { columnKind as personColumnKind, foldLabel } from './person-column-headers.js';
import {
  ADDRESS_KEYS,
  DEVICE_KEYS,
  EXTENSION_KEYS,
  keyKind,
  MAC_KEYS,
  NAME_KEYS,
  PHONE_KEYS,
  POSTAL_KEYS,
  USER_KEYS,
  type KeyKind,
} from './redaction-keys.js';

/**
 * What a column's cells are: a kind of the key lists (KeyKind), a secret whatever it looks like, a
 * secret when token-like, a phone number or extension of a call record, an IPv4 address stored as
 * CUCM's signed little-endian integer, or a Cisco device name (SEP + MAC, CSF + user).
 */
export type ColumnKind = KeyKind | 'secret' | 'token' | 'party' | 'ip-integer' | 'device-name';

/** Folded labels by kind that no key list holds (exports' own column names). */
const COLUMN_WORDS: [ColumnKind, string][] = [
  // Password managers (login_password, OTPAuth, login_totp) and the word for password in other languages;
  // CUCM's forced authorization code (a PIN that lets a call through).
  ['secret', 'password loginpassword passwort kennwort motdepasse contrasena senha wachtwoord passord losenord haslo parola sifre ' +
    'otp totp logintotp otpauth otpsecret totpsecret mfasecret twofactorsecret 2fa authenticatorkey seed ' +
    'pin pincode voicemailpin vmpin authorizationcodevalue authorizationcode authcode forcedauthorizationcode'],
  // Call records: the parties' numbers (an extension or a full number).
  ['party', 'callingpartynumber originalcalledpartynumber finalcalledpartynumber lastredirectdn callingnumber callednumber ' +
    'dialednumber diallednumber dialleddigits calledparty callingparty originatingnumber terminatingnumber destinationnumber ' +
    'sourcenumber callerid calleridnumber callernumber calleenumber ani dnis outboundcallerid connectednumber redirectednumber ' +
    'cnum outboundcnum clid'],
  // Phone columns of directories in other languages (Telefon, Handy, Téléphone portable, Teléfono móvil, Cellulare).
  ['phone', 'telefon telefonnummer handy handynummer mobil mobilnummer mobiltelefon festnetz telephone telefone telefono telefoon ' +
    'mobiel mobielnummer gsm portable telephoneportable numerodetelephone numerodetelefono telefonomovil movil celular cellulare ' +
    'telefonocellulare cellphone cell mobilephone workphone homephone officephone businessphone privatephone directdial ddi directline ' +
    'phone phonenumber mobilenumber telephonenumber faxnumber fax didnumber did directnumber'],
  ['extension', 'durchwahl nebenstelle interne poste extension ext extn extno anexo interno internal'],
  ['user', 'callingpartyunicodeloginuserid finalcalledpartyunicodeloginuserid loginusername loginname login logon userlogin username2 username3 ' +
    'samaccountname userprincipalname upn benutzerkennung kennung identifiant'],
  ['name', 'cnam outboundcnam dstcnam calleridname'],
  ['device-name', 'origdevicename destdevicename devicename device phonename geraet geraetename appareil dispositivo'],
  ['ip-integer', 'origipaddr destipaddr origmediatransportaddressip destmediatransportaddressip origvideotransportaddressip ' +
    'destvideotransportaddressip origvideotransportaddressipchannel2 destvideotransportaddressipchannel2'],
  // Account codes that name a client or a cost centre (CUCM client matter codes).
  ['member-id', 'clientmattercode employeeid employeenumber employeeno empid empno staffid staffnumber staffno payrollnumber payrollid ' +
    'personalnummer personalnr persnr personalnummer mitarbeiternummer mitarbeiterid matricule numeromatricule matricola ' +
    'numeroemploye numerodemploye numerodeempleado numeroempleado personeelsnummer werknemersnummer anstallningsnummer ' +
    'ansattnummer numerpracownika badgeid badgenumber'],
  ['birth-date', 'dob dateofbirth birthdate birthday geburtsdatum geburtstag fechadenacimiento fechanacimiento datedenaissance ' +
    'datadinascita datadenascimento datanascimento geboortedatum fodelsedatum fodselsdato dataurodzenia dogumtarihi syntymaaika'],
  ['national-id', 'ssn socialsecuritynumber socialsecurityno nationalid nationalidnumber taxid taxnumber steuerid steueridentifikationsnummer ' +
    'steuernummer sozialversicherungsnummer svnummer svnr rentenversicherungsnummer numerodesecuritesociale nir nif dni nie ' +
    'codicefiscale bsn burgerservicenummer pesel personnummer cpf curp rfc nin nino nationalinsurancenumber'],
  ['iban', 'iban ibannummer'],
  ['bank-account', 'kontonummer bankaccount bankaccountnumber accountnumber accountno numerodecuenta numerocuenta numerodecompte ' +
    'rekeningnummer bankkonto'],
  ['address', 'street streetaddress homeaddress address address1 address2 addressline1 addressline2 adresse anschrift strasse ' +
    'strasseundhausnummer wohnadresse privatadresse heimadresse direccion domicilio indirizzo adres straat rue endereco morada ' +
    'postaladdress mailingaddress residentialaddress ort wohnort stadt ville ciudad localidad citta cidade woonplaats'],
  ['postal', 'zip zipcode postcode postalcode plz postleitzahl codepostal codigopostal cep postnummer'],
  ['licence-plate', 'licenseplate licenceplate numberplate plate platenumber kennzeichen kfzkennzeichen autokennzeichen plaque ' +
    'plaquedimmatriculation immatriculation matricula targa kenteken registrationplate vehicleregistration'],
  ['mac', 'mac macaddress macadresse adressemac direccionmac indirizzomac hwaddress physicaladdress'],
];
const WORD_KIND = new Map(COLUMN_WORDS.flatMap(([kind, words]) => words.split(' ').map((word) => [word, kind] as const)));

/** Words that are call-record columns only in a call record (src, dst, did also name a network flow's ends). */
const CALL_RECORD_WORDS: [ColumnKind, string][] = [['party', 'src dst did']];
const CALL_WORD_KIND = new Map(CALL_RECORD_WORDS.flatMap(([kind, words]) => words.split(' ').map((word) => [word, kind] as const)));
/** Labels that say a table is a call record (Asterisk's and FreePBX's Master.csv columns). */
const CALL_RECORD_MARKERS = new Set(['dcontext', 'billsec', 'disposition', 'lastapp', 'dstchannel', 'clid', 'calldate', 'uniqueid', 'amaflags']);

/** A password manager's site column, and its entry's title column. */
const VAULT_SITE = new Set(['url', 'loginuri', 'website', 'site', 'uri', 'hostname', 'origin']);
const ENTRY_TITLE = new Set(['name', 'title']);

/** Every key of the key lists, folded, with its kind (date_of_birth, fecha_de_nacimiento, Employee ID). */
const KEY_KIND = new Map<string, KeyKind>();
for (const keys of [NAME_KEYS, USER_KEYS, PHONE_KEYS, MAC_KEYS, ADDRESS_KEYS, POSTAL_KEYS, DEVICE_KEYS, EXTENSION_KEYS, ...ID_KEYS.map(([, k]) => k), ...DEVICE_ID_KEY_KINDS.map(([, k]) => k)]) {
  for (const key of keys) {
    const kind = keyKind(key);
    const folded = foldLabel(key);
    if (kind && !KEY_KIND.has(folded)) KEY_KIND.set(folded, kind);
  }
}

/** Labels whose cells are diagnostics whatever a word in them says (Password Last Set, Session Count, Version). */
const DIAGNOSTIC = /(?:version|count|status|type|date(?!ofbirth)|time|duration|cause|reason|codec|bandwidth|port|level|policy|length|changed|created|modified|lastset|expires|expiry|url|uri|id)$/;

/** What the cells of a column with this label (latin1 bytes of UTF-8) hold, or null when the header says nothing private. */
export function columnKindOf(label: string, callRecord = false): ColumnKind | null {
  const folded = foldLabel(label);
  if (folded === '') return null;
  const fixed = WORD_KIND.get(folded) ?? (callRecord ? CALL_WORD_KIND.get(folded) : undefined);
  if (fixed) return fixed;
  const person = personColumnKind(label);
  if (person) return person;
  const keyed = KEY_KIND.get(folded);
  if (keyed) return keyed;
  if (DIAGNOSTIC.test(folded)) return null;
  // camelCase and several words read as the key rule reads a key (MobilePhone, OWNER_PHONE, userPassword).
  const pair = pairKind(label);
  if (pair === 'secret' || pair === 'auth' || pair === 'cookie') return 'secret';
  return pair;
}

/** The kinds of a header's labels (null where a column holds nothing private). */
export function headerKinds(labels: readonly string[]): (ColumnKind | null)[] {
  const folded = labels.map(foldLabel);
  const callRecord = folded.some((label) => CALL_RECORD_MARKERS.has(label));
  const kinds = labels.map((label) => columnKindOf(label, callRecord));
  // A password manager's entry is named for its site (name,url,username,password: "GitHub"), not for a person.
  const vault = kinds.includes('secret') && folded.some((label) => VAULT_SITE.has(label));
  return vault ? kinds.map((kind, i) => (kind === 'name' && ENTRY_TITLE.has(folded[i]!) ? null : kind)) : kinds;
}
