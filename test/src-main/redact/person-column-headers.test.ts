// CSV header labels in the languages exports are written in: which columns hold people, which accounts.
import { describe, expect, it } from 'vitest';
import { columnKind, foldLabel } from '../../../src-main/redact/person-column-headers.js';

/** A label as the rules see it: UTF-8 bytes as latin1 text. */
const bytes = (label: string) => Buffer.from(label, 'utf8').toString('latin1');

describe('person column headers', () => {
  it.each([
    'Name', 'Caller Name', 'caller_name', 'CallerName', 'Agent', 'Nombre', 'Nombre del agente', 'Llamante', 'Destinatario', 'Anrufer',
    'Angerufener', 'Empfänger', 'Empfaenger', 'Nom', 'Appelant', "Nom de l'appelant", 'Prénom', 'Chiamante', 'Cognome', 'Beller',
    'Naam', 'Nazwisko', 'Ad Soyad', '氏名', '発信者', '姓名', '联系人', '이름', '담당자', 'Display Name', 'Remote Name',
  ])('%s holds a name', (label) => {
    expect(columnKind(bytes(label))).toBe('name');
  });

  it.each(['User', 'Usuario', 'Nombre de usuario', 'Utilisateur', "Nom d'utilisateur", 'Benutzername', 'Utente', 'Gebruiker', 'ユーザー名', '用户名', 'User Name'])(
    '%s holds an account',
    (label) => {
      expect(columnKind(bytes(label))).toBe('user');
    },
  );

  it.each(['Hostname', 'Teléfono', 'Número', 'Dauer', 'Durée', 'Date', 'Nombre de archivo', 'Nom du fichier', 'File Name', 'Device Name', 'Status', '内線', 'Duration'])(
    '%s holds neither',
    (label) => {
      expect(columnKind(bytes(label))).toBeNull();
    },
  );

  it('folds case, diacritics and separators', () => {
    expect(foldLabel(bytes('Teléfono'))).toBe('telefono');
    expect(foldLabel('Caller_Name')).toBe(foldLabel('caller name'));
  });
});
