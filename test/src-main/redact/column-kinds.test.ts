// Header labels -> the kind of private data their column holds, in several case and separator styles.
import { describe, expect, it } from 'vitest';
import { columnKindOf, headerKinds } from '../../../src-main/redact/column-kinds.js';

/** A label as the rules see it: UTF-8 bytes as latin1 text. */
const bytes = (label: string) => Buffer.from(label, 'utf8').toString('latin1');

describe('column kinds', () => {
  it.each([
    ['secret', ['password', 'login_password', 'Password', 'Passwort', 'Mot de passe', 'Contraseña', 'otp', 'totp', 'login_totp', 'OTPAuth', 'otpSecret', 'authorizationCodeValue', 'PIN']],
    ['user', ['username', 'login_username', 'Login Name', 'Login', 'sAMAccountName', 'UPN', 'UserPrincipalName', 'callingPartyUnicodeLoginUserID', 'Benutzername']],
    ['party', ['callingPartyNumber', 'originalCalledPartyNumber', 'finalCalledPartyNumber', 'lastRedirectDn', 'Caller ID', 'clid', 'cnum']],
    ['phone', ['Phone', 'Mobile', 'Mobile Phone', 'mobile_phone', 'Telefon', 'Handy', 'Téléphone portable', 'Teléfono', 'Cellulare', 'DID', 'Direct Dial']],
    ['extension', ['Ext', 'Extension', 'Durchwahl', 'Nebenstelle']],
    ['member-id', ['Employee ID', 'employee_id', 'EmployeeNumber', 'Staff Number', 'Personalnummer', 'Matricule', 'Mitarbeiternummer', 'clientMatterCode']],
    ['birth-date', ['Date of Birth', 'date_of_birth', 'DATE-OF-BIRTH', 'dateOfBirth', 'DOB', 'Birthdate', 'Geburtsdatum', 'Fecha de nacimiento', 'date_de_naissance', 'Data di nascita']],
    ['national-id', ['SSN', 'Social Security Number', 'National ID', 'Tax ID', 'Steuer-ID', 'Sozialversicherungsnummer', 'numéro de sécurité sociale', 'Codice fiscale', 'BSN']],
    ['iban', ['IBAN']],
    ['bank-account', ['Bank Account', 'Account Number', 'Kontonummer', 'Número de cuenta']],
    ['address', ['Street', 'Street Address', 'Home Address', 'home_address', 'Adresse', 'Straße', 'Strasse', 'Dirección', 'Indirizzo']],
    ['postal', ['ZIP', 'Postcode', 'PLZ', 'Code postal']],
    ['licence-plate', ['License Plate', 'licence_plate', 'Kennzeichen', 'Kfz-Kennzeichen', 'Immatriculation', 'Targa']],
    ['mac', ['MAC', 'MAC Address', 'mac_address', 'MAC-Adresse', 'Device MAC']],
    ['device-name', ['origDeviceName', 'destDeviceName', 'Device Name', 'Device']],
    ['ip-integer', ['origIpAddr', 'destIpAddr', 'origMediaTransportAddress_IP', 'destMediaTransportAddress_IP']],
    ['name', ['Name', 'Surname', 'Caller Name', 'cnam', 'Nachname']],
  ] as const)('%s columns', (kind, labels) => {
    for (const label of labels) expect(columnKindOf(bytes(label)), label).toBe(kind);
  });

  it.each([
    'dateTimeOrigination', 'duration', 'origCause_value', 'destCause_value', 'globalCallID_callId', 'origMediaCap_payloadCapability',
    'origMediaCap_Bandwidth', 'origMediaTransportAddress_Port', 'pkid', 'Status', 'Department', 'Version', 'Firmware Version', 'Call ID',
    'Password Last Set', 'guid', 'timeCreated', 'timePasswordChanged', 'url', 'notes', 'Time Zone', 'Codec', 'Date', 'httpRealm',
  ])('%s holds nothing private by its name', (label) => {
    expect(columnKindOf(bytes(label))).toBeNull();
  });

  it('reads src and dst as call parties only in a call record', () => {
    expect(headerKinds(['src', 'dst', 'proto'])).toEqual([null, null, null]);
    expect(headerKinds(['calldate', 'src', 'dst', 'billsec'])).toEqual([null, 'party', 'party', null]);
  });

  it('reads a password manager entry\'s name as its site, not a person', () => {
    expect(headerKinds(['name', 'url', 'username', 'password', 'note'])).toEqual([null, null, 'user', 'secret', null]);
    expect(headerKinds(['Title', 'Url', 'Username', 'Password', 'OTPAuth'])).toEqual([null, null, 'user', 'secret', 'secret']);
    expect(headerKinds(['Name', 'Phone'])).toEqual(['name', 'phone']);
  });
});
