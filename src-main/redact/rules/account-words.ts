/**
 * Login names written without a key, after a word that says an account follows: "user jdoe logged
 * in", "for user 'pgarcia'", "login as m.rossi", "signed in as kmeyer", "-u admin.schmidt",
 * "account lfischer locked", "Benutzer tmueller", "utilisateur cdupont", "usuario jgarcia",
 * "usuário jsilva", "ユーザー tanaka123", and "token refresh for jweissmueller failed" (after "for"
 * only in an account's context or when the login holds a name the lexicon knows).
 *
 * The value must be shaped like a login (lower-case letters, digits, '.', '_', '-'; 3-32
 * characters) and be no common or technical word ("user agent", "user clicked", "login failed"
 * stay), judged in replace() with the name lexicon (name-lexicon.ts). Each account word is found
 * from a letter rare in logs ('u' of user/account/usuario/utilisateur/-u, 'g' of login/logged/
 * signed, 'u' of Benutzer, 'f' of for, the '-' of -u; first-letter-rule.ts) or the first byte of a Japanese word, with the word checked
 * behind or ahead; only that letter is matched (the login is looked at ahead and taken on a match).
 */
import { isFirstName, isNotName, isSurname } from '../name-lexicon.js';
import { isNoPersonAccount } from '../no-person-accounts.js';
import type { LetterBranch } from './first-letter-rule.js';
import { simple, type MatchContext } from './rule-types.js';

/** The login (group 2): lower-case letters, digits, '.', '_', '-', not followed by more of a word, an e-mail's '@', a key's '=' or a path (a closing curly quote may follow). */
const LOGIN = `([a-z][a-z0-9._-]{1,40})(?!(?!\\xe2\\x80[\\x99\\x9d])[A-Za-z0-9_@=\\\\/\\x80-\\xff]|[.-][A-Za-z0-9])`;

/**
 * Words that follow an account word and are no login, besides the lexicon's common and technical
 * words: verbs and states of logs the lexicon lacks (successfully, authenticated, canceled), and
 * words that are also first names (will, may, mark as a verb).
 */
const NOT_A_LOGIN = new Set(
  ('successfully success successful unsuccessful authenticated unauthenticated canceled cancelled denied exists exist doesnt ' +
    'is isnt was wasnt has hasnt had have will would can cannot cant could may might must should shall did does do not no none ' +
    'null nil undefined unknown anonymous id ids uid gid info data name names mode type role roles rights group groups list ' +
    'object record records agent agents password passwd credentials credential token tokens session sessions presence status ' +
    'profile profiles settings preferences prefs account accounts directory dir home folder path context scope level interface ' +
    'logged signed locked unlocked disabled enabled expired created deleted removed added updated changed renamed moved ' +
    'registered unregistered provisioned deprovisioned invited joined left selected clicked pressed switched requested ' +
    'validation verification lookup search sync syncing config configuration details detail input request requests response ' +
    'with without from into onto by to of on in at for and or the a an as via per using here there this that these those ' +
    'root admin administrator guest system service daemon nobody default public shared test tester demo sample example user users ' +
    'me you he she they we it its his her their our your someone somebody everyone everybody anyone all any each every other same ' +
    'new old current previous next first last primary secondary local remote external internal online offline idle away busy ' +
    'again already still now then later soon please sso saml ldap oauth oidc kerberos ntlm basic digest pin passcode ' +
    'email mail phone number extension ext address host hostname domain realm key value field type ' +
    // The same after Benutzer, utilisateur, usuario, usuário (ASCII words; accented ones never fit a login).
    'angemeldet abgemeldet eingeloggt ausgeloggt nicht kein keine ist war wurde wird hat hatte kann gesperrt entsperrt gefunden ' +
    'unbekannt existiert ung ltig und oder mit von der die das den dem ein eine fehlgeschlagen erfolgreich ' +
    'est a non inconnu introuvable existe pas bloque connecte deconnecte et ou avec pour sur dans le la les un une des ' +
    'conectado desconectado bloqueado desbloqueado encontrado desconocido inexistente invalido valido nao sem com para por ' +
    'el los las del con sin ya fue esta ha').split(' '),
);

/** A login's file-like end (names.txt, report.log): a file name, not a login. */
const FILE_END = /\.(?:txt|log|json|xml|cfg|conf|ini|csv|zip|exe|dll|sh|py|js|ts|html?|pdf|png|jpe?g|dat|db|tmp|bak|ya?ml|plist|app|dmg|msi|pkg)$/;
/** A login's domain-like end (zoom.us, corp.example.com): a host name, not a login. */
const HOST_END = /\.(?:com|net|org|io|us|local|lan|corp|internal|home|edu|gov|de|uk|fr|jp|cn|in|ca|au|co|nl|se|ch|es|it|br|example)$/;
/** Words before "for" that make the word after it an account (token refresh for jdoe, password reset for kmeyer). */
const ACCOUNT_CONTEXT = /(?:token|refresh|auth\w*|log[io]n|logon|sign-?in|sign-?on|password|passwd|credential\w*|session|licen[cs]e\w*|profile|mailbox|voicemail|presence|account|user\w*|sso|saml|ldap|directory|provision\w*|permission\w*|quota|lockout|locked|mfa|2fa|otp)\b[^\r\n]{0,40}$/i;

/** A word's base forms (joined -> join, clicked -> click, logging -> log, successfully -> successful), for the lexicon. */
function baseForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ly')) forms.push(word.slice(0, -2));
  if (word.endsWith('ed')) forms.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith('ing')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`, word.slice(0, -4));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

/** True when a word (a part of a login) is a common, technical or log word, not a name. */
function isWord(word: string): boolean {
  return baseForms(word).some((form) => NOT_A_LOGIN.has(form) || isNotName(form));
}

/** True when the lexicon says a login part is (or holds) a name: first name, surname, initial and surname, name and digits. */
function holdsName(part: string): boolean {
  const letters = part.replace(/\d+$/, '');
  if (letters.length < 2) return false;
  if (isFirstName(letters) || isSurname(letters)) return true;
  return letters.length >= 4 && (isSurname(letters.slice(1)) || isSurname(letters.slice(2)) || isFirstName(letters.slice(0, -1)));
}

/**
 * True when a token after an account word is a login: 3-32 characters, not a file or host name,
 * and not made only of words (admin, user.settings, successfully). After a weak word ("for") it
 * must also hold a name or follow an account's context.
 */
export function isLogin(token: string, weak: boolean, before: string): boolean {
  if (token.length < 3 || token.length > 32 || FILE_END.test(token) || HOST_END.test(token) || isNoPersonAccount(token)) return false;
  const parts = token.split(/[._-]+/).filter(Boolean);
  const words = parts.filter((part) => /[a-z]/.test(part));
  if (words.length === 0 || words.every((part) => isWord(part) || part.length < 2)) return false;
  if (!weak) return true;
  return words.some(holdsName) || ACCOUNT_CONTEXT.test(before);
}

/** A login's placeholder when the token after an account word (group 2, its lead group 1) is a login. */
function replaceLogin(c: MatchContext, weak: boolean): string | null {
  if (c.profile === 'minimal') return null;
  const lead = c.group(1)!;
  const token = c.group(2)!.replace(/[._-]+$/, '');
  if (!isLogin(token, weak, weak ? c.textBefore(48) : '')) return null;
  c.coverAfter(lead.length + token.length);
  return `${c.group(0)}${lead}${simple(c, 'user', token.toLowerCase())}`;
}

/** A branch (first-letter-rule.ts) whose group 1 is the account word's rest up to the login and group 2 the login. */
function loginBranch(source: string, weak = false): LetterBranch {
  return { source, replace: (c) => replaceLogin(c, weak) };
}

/** After the account word: spacing (or a colon) and an optional opening quote. */
const SEPARATOR = `(?:[ \\t]*:[ \\t]*|[ \\t]+)(?:['"]|\\xe2\\x80[\\x98\\x9c])?`;
/** A letter, digit or UTF-8 byte: none may come before the account word. */
const WORD_CHAR = '[A-Za-z0-9_\\x80-\\xff]';
/** Spanish, Portuguese and French words for a user after their 'u' (UTF-8 bytes of á). */
const FOREIGN_REST = 'suario|SUARIO|su\\xc3\\xa1rio|SU\\xc3\\x81RIO|tilisateur|TILISATEUR';

/**
 * The account words after their 'u' or 'U' (first-letter-rule.ts): user, User, USER, username
 * (also --user), usuario, usuário, utilisateur, and account, Benutzer, Benutzername (the 'u'
 * inside them). Each branch matches the word's letters first, then checks its start behind.
 */
export const USER_WORD_BRANCHES: readonly LetterBranch[] = [
  // Not a command's /user: option (net use, runas): the key rule takes it, with net use's password.
  loginBranch(`((?:ser|SER)(?<!(?:${WORD_CHAR}|/)[Uu](?:ser|SER))(?:name|Name|NAME)?${SEPARATOR})${LOGIN}`),
  loginBranch(`((?:${FOREIGN_REST})(?<!${WORD_CHAR}[Uu](?:${FOREIGN_REST}))${SEPARATOR})${LOGIN}`),
  loginBranch(`(nt(?<=(?<!${WORD_CHAR})[Aa]ccount)${SEPARATOR})${LOGIN}`),
  loginBranch(`(tzer(?<=(?<!${WORD_CHAR})[Bb]enutzer)(?:name)?${SEPARATOR})${LOGIN}`),
];

/** login, logon, log in, logged in, sign in, signed in, each optionally followed by "as", after their 'g'. */
export const LOGIN_WORD_BRANCH: LetterBranch = loginBranch(
  `(?<=(?<!${WORD_CHAR})(?:[Ll]o|[Ss]i)g)((?:ged|ned|n)?[ ]?(?:in|on)(?:[ ]+as)?${SEPARATOR})${LOGIN}`,
);

/** for (weak: an account's context before it or a name in the login), after its 'f'. */
export const FOR_LOGIN_BRANCH: LetterBranch = loginBranch(`(or(?<!${WORD_CHAR}for)[ \\t]+(?:['"]|\\xe2\\x80[\\x98\\x9c])?)${LOGIN}`, true);

/**
 * A command's user flag: -u admin.schmidt (sudo, ps, crontab, su-like tools), after the '-'. Joined
 * in front of the command-line rule (joined-letter-rules.ts), which matches the same '-u' and keeps
 * it when no password follows; curl's -u user:password (a ':' or '%' after the login) is left to it.
 */
export const DASH_U_LOGIN_BRANCH: LetterBranch = loginBranch(
  `(?<=[ \\t]-)(u[ \\t]+(?:['"])?)([a-z][a-z0-9._-]{1,40})(?![A-Za-z0-9_@\\\\/:%\\x80-\\xff]|[.-][A-Za-z0-9])`,
);

/**
 * ユーザー and ユーザー名 (UTF-8 bytes) with a full-width colon or none, after their first byte, in the
 * command-line rule's rare pass (joined-letter-rules.ts): beside u, U, g and f it would be a fifth
 * new first character of the account words' pass, and past sixteen V8 stops skipping ahead.
 */
export const JAPANESE_ACCOUNT_WORD_BRANCH: LetterBranch = loginBranch(
  `(\\x83\\xa6\\xe3\\x83\\xbc\\xe3\\x82\\xb6\\xe3\\x83\\xbc(?:\\xe5\\x90\\x8d)?(?:\\xef\\xbc\\x9a|[ \\t]*:?)[ \\t]*(?:['"]|\\xe3\\x80\\x8c)?)${LOGIN.replace('\\x80-\\xff', '')}`,
);
