/**
 * What a CSV column holds, read from its header label in the languages spreadsheets are exported
 * in (Excel writes the user's language: Nombre;Teléfono;Usuario, Name;Anrufer, Nom;Appelant,
 * 氏名,発信者): a person's name, an account, or neither. Labels are compared folded (UTF-8
 * decoded, diacritics removed, lower case, only letters and digits), so "Teléfono", "TELEFONO" and
 * "teléfono" are one label, and "Caller Name", "caller_name" and "CallerName" another.
 */

/** Folded labels of columns whose cells are people's names (English, then other languages). */
const PERSON_LABELS = (
  // English.
  'name fullname displayname realname firstname lastname givenname surname familyname middlename nickname ' +
  'caller callee contact owner agent employee participant host attendee assignee requester requestor recipient sender ' +
  'cardholder holder member person speaker customer organizer organiser operator technician reporter author ' +
  'callingparty calledparty callingpartyname calledpartyname from to driver representative rep assignedto createdby ' +
  // Spanish and Portuguese.
  'nombre nombrecompleto apellido apellidos llamante llamado destinatario remitente agente contacto propietario titular ' +
  'cliente empleado solicitante autor operador interlocutor asignadoa persona nome nomecompleto sobrenome apelido chamador ' +
  'chamado contato proprietario remetente funcionario atendente ' +
  // French.
  'nom prenom nomcomplet nomdefamille appelant appele destinataire expediteur contact proprietaire client employe ' +
  'demandeur auteur operateur titulaire correspondant interlocuteur participant ' +
  // German and Dutch.
  'vorname nachname familienname anrufer angerufener angerufen empfanger empfaenger absender kontakt besitzer inhaber kunde ' +
  'mitarbeiter teilnehmer ansprechpartner antragsteller bearbeiter verfasser autor gesprachspartner zugewiesenan ' +
  'naam voornaam achternaam beller gebelde ontvanger afzender contactpersoon eigenaar klant medewerker aanvrager deelnemer ' +
  // Italian.
  'cognome chiamante chiamato mittente operatore contatto cliente dipendente richiedente autore partecipante ' +
  // Nordic, Polish, Turkish.
  'namn fornamn efternamn uppringare mottagare avsandare agare kund navn fornavn etternavn eier ' +
  'imie nazwisko imieinazwisko dzwoniacy odbiorca nadawca wlasciciel klient pracownik ' +
  'adsoyad adisoyadi soyad soyadi isim arayan aranan alici gonderen musteri ' +
  // Japanese, Chinese, Korean (not folded: no diacritics, no case).
  '名前 氏名 発信者 着信者 担当者 顧客名 相手 姓名 名字 主叫 被叫 联系人 聯絡人 坐席 客服 客户 负责人 이름 성명 발신자 수신자 담당자 상담원 고객'
).split(' ');

/** Folded labels of columns whose cells are account names. */
const USER_LABELS = (
  'user username userid login loginname account accountname useraccount upn samaccountname uid ' +
  'usuario nombredeusuario utilizador nomedeusuario nomedeutilizador utilisateur nomdutilisateur identifiant benutzer ' +
  'benutzername benutzerkonto anmeldename konto utente nomeutente gebruiker gebruikersnaam anvandare anvandarnamn bruker ' +
  'brukernavn uzytkownik nazwauzytkownika login kullanici kullaniciadi ユーザー ユーザー名 ユーザid 用户 用户名 帳號 账号 사용자 아이디'
).split(' ');

/** Words that, joined to a word for "name", make a person's name label (Caller Name, Nombre del agente, Nom de l'appelant). */
const NAME_WORDS = new Set(['name', 'nombre', 'nome', 'nom', 'naam', 'namn', 'navn', 'imie', 'isim', 'adi']);
/** Words of a label that say whose name it is, besides the person labels (user name is an account's). */
const NAME_OWNERS = new Set(['callerid', 'peer', 'remote', 'local', 'employeefull', 'contactdisplay', 'display', 'full', 'given', 'family', 'completo', 'complet']);
/** Small words inside a label (Nombre del agente, Nom de l'appelant, Name des Anrufers). */
const LABEL_GLUE = new Set(['de', 'del', 'do', 'da', 'du', 'des', 'la', 'le', 'l', 'el', 'dell', 'della', 'di', 'van', 'der', 'den', 'the', 'of', 'des', 'vom']);

const PERSON = new Set(PERSON_LABELS);
const USER = new Set(USER_LABELS);

/** A label folded for lookup: UTF-8 decoded, diacritics removed, lower case, letters and digits only. */
export function foldLabel(latin1: string): string {
  return words(latin1).join('');
}

function words(latin1: string): string[] {
  const text = /^[\x00-\x7f]*$/.test(latin1) ? latin1 : Buffer.from(latin1, 'latin1').toString('utf8').normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  // German ä/ö/ü may be written ae/oe/ue (Empfaenger): both spellings are listed where they occur.
  return text.toLowerCase().replace(/ß/g, 'ss').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** What a column holds by its header label (latin1 bytes of UTF-8): 'name', 'user' or null. */
export function columnKind(label: string): 'name' | 'user' | null {
  const parts = words(label);
  const folded = parts.join('');
  if (USER.has(folded)) return 'user';
  if (PERSON.has(folded)) return 'name';
  // Caller Name, CallerName, Agent Name: a person label (or its owner word) and "name".
  const nameWord = [...NAME_WORDS].find((w) => folded.endsWith(w) && folded.length > w.length);
  if (nameWord !== undefined) {
    const owner = folded.slice(0, -nameWord.length);
    if (owner === 'user' || owner === 'usuario' || owner === 'utente' || owner === 'benutzer') return 'user';
    // A host name is a machine's (Hostname), whatever "host" means in a meeting.
    if ((PERSON.has(owner) && owner !== 'host') || NAME_OWNERS.has(owner)) return 'name';
  }
  // Nombre del agente, Nom de l'appelant, Name des Anrufers: a word for "name", then whose.
  if (parts.length >= 2 && NAME_WORDS.has(parts[0]!)) {
    const rest = parts.slice(1).filter((w) => !LABEL_GLUE.has(w));
    if (rest.length === 1 && USER.has(rest[0]!)) return 'user';
    if (rest.length === 1 && (PERSON.has(rest[0]!) || PERSON.has(rest[0]!.replace(/s$/, '')) || NAME_OWNERS.has(rest[0]!))) return 'name';
  }
  return null;
}
