/**
 * Credentials written in prose, chat and deployment files without a key=value separator, found
 * by the word before them (or their own rare mark) as branches of first-letter-rule.ts joined in
 * front of rules whose passes stop at the same characters already (credential-rules.ts):
 * - after the token rule's '_', 'S', 'w', '$' and the command-line rule's 'y' (the first rare
 *   pass): "key Jabuticaba#2020", "PSK `Senha!wifi77`", "client_id X secret Y", keys holding a
 *   secret word with more after it (db_password_prod, smtpPasswordHash), an SSH key file named
 *   for a person (~/.ssh/id_ed25519_anouk), bcrypt/argon2/scrypt/crypt hashes and Ansible vaults;
 * - after the e-mail rule's '/' (the second rare pass): "login admin / P4ss-Word-9", ticket
 *   attachment tokens (/attachments/token/<token>/) and public Slack file links;
 * - after the account rule's 'u' of "account": a cloud account id (account Xy7Pq2...);
 * - in the person-name pass, which stops at every capital: a PIN in a sentence ("PIN do
 *   przeniesienia: 7719-2043", "voicemail PIN is 4821"), its 'p' only after no word character.
 * Each value is judged in JS (a password has a digit or a symbol, a PIN four digits or more), so
 * "key points", "PIN code length 8" and "the password policy" stay. Measured: a branch at every
 * '-' (recovery codes) cost the first rare pass 2.3 ms per 8 MB, 'k' or 'v' there or in the second
 * rare pass 40-50 ms (more than 16 first characters: V8 stops skipping ahead), 'F' (Wi-Fi) in the
 * name pass 5 ms; codes are read after their heading instead (code-lists.ts).
 */
import { foldWord, isTechnical } from '../name-lexicon.js';
import { isNoPersonAccount } from '../no-person-accounts.js';
import { aboutASecret } from '../pair-keys.js';
import { cloudIdValue, secretKeyKind } from '../redaction-keys.js';
import type { LetterBranch, LetterGroup } from './first-letter-rule.js';
import { simple, type MatchContext } from './rule-types.js';

/** A value in backticks, quotes (straight or typographic, as latin1 bytes of UTF-8) or bare. */
const QUOTED_OR_BARE = '(`|"|\'|\\xe2\\x80[\\x98\\x9c])?([^\\s`"\']{4,64})(?:`|"|\'|\\xe2\\x80[\\x99\\x9d])?';

/** What a sentence puts between a credential word and its value: a space, "is", a colon. */
const LINK = '(?:[ \\t]+(?:(?:is|was|ist|est|es|to|=)[ \\t]*:?[ \\t]*)?|[ \\t]*:[ \\t]*)';
/** The same without the colon ("key: x" is the key rule's, which takes only token-like values). */
const SPACED_LINK = '[ \\t]+(?:(?:is|was|ist|est|es|to|=)[ \\t]*:?[ \\t]*)?';

/** Words that say what state a credential is in, or what kind of thing it is, not what it is. */
const NOT_A_VALUE = /^(?:incorrect|invalid|expired|required|wrong|empty|missing|blank|correct|valid|unset|changed|locked|none|null|undefined|true|false|enabled|disabled|unknown|hidden|redacted|n\/a)$/i;

/**
 * A value that can be a password or key: 4-64 characters with a letter or digit and a digit or a
 * symbol or a capital inside (Herfst2025!Ams, Xk-29-qq), not a plain word (points, exchange,
 * Dashboard), a version, a path, an address or a UUID.
 */
export function looksLikePassword(value: string, min = 4): boolean {
  if (value.length < min || value.length > 64 || NOT_A_VALUE.test(value)) return false;
  if (!/[A-Za-z0-9]/.test(value) || /^[A-Za-z][a-z]*$|^[A-Z]+$/.test(value)) return false;
  if (!/[\d\W_]|[a-z][A-Z]/.test(value)) return false;
  if (/^[vV]?\d+(?:\.\d+)+$|:\/\/|^[/~]|@|^\$|^%.*%$|^\{\{|^<[\w-]+>$/.test(value)) return false;
  return !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Strips a sentence's closing punctuation from a bare value (a quoted one stays whole). */
function bareValue(value: string, quoted: boolean): string {
  return quoted ? value : value.replace(/[.,;:)\]?]+$/, '');
}

/** Covers `prefix` then `value` after the match and returns the letter, the prefix and the value's placeholder. */
function take(c: MatchContext, prefix: string, value: string, placeholder: string): string {
  c.coverAfter(prefix.length + value.length);
  return `${c.group(0)}${prefix}${placeholder}`;
}

/** Names of key algorithms and exchanges (key rsa-sha2-512, key curve25519-sha256): no secret. */
const ALGORITHM = /^(?:rsa|dsa|ecdsa|ed25519|ed448|ssh|sha\d*|aes\d*|hmac|diffie|curve\d*|ecdh|x25519|x448|chacha\d*|mlkem\d*|sntrup\d*|des|3des|rc4|blowfish|pbkdf2|hkdf)(?:[-_@.]|$)/i;

/** Words before "key" that make it no secret (public key, host key, primary key, sort key). */
const NOT_A_SECRET_KEY = /(?:public|host|foreign|primary|sort|partition|hot|shortcut|registry|dictionary|map|cache|lookup|index|unique|composite|table|product|license|licence|music|piano|api[ _-]?version)[ \t]+ke$/i;

/** "key Jabuticaba#2020", "key is `X`" (a Wi-Fi key, a licence typed in chat), from the word's 'y'. */
const KEY_WORD_BRANCH: LetterBranch = {
  source: `(${SPACED_LINK})${QUOTED_OR_BARE}`,
  replace: (c) => {
    const quoted = c.group(2) !== undefined;
    const value = bareValue(c.group(3)!, quoted);
    if (!looksLikePassword(value, 6) || /^\d+$/.test(value) || /^(?:ssh|ecdsa|sk)-|^AAAA|^[A-Z]{2,5}\d{0,3}:/.test(value) || ALGORITHM.test(value)) return null;
    if (NOT_A_SECRET_KEY.test(c.contextBefore(40))) return null;
    // A config or registry key's name (missing key 'audio.device', key HKCU\Software\Zoom): no digit nor symbol beyond . _ -, or a path.
    if (!/\d|[^A-Za-z0-9._-]/.test(value) || /\\|^HK[A-Z]{1,3}\b/.test(value)) return null;
    return take(c, c.group(1)! + (c.group(2) ?? ''), value, simple(c, 'secret', value));
  },
};

/** "PSK `Senha!wifi77`", "PSK: x", from the 'S' after 'P'. */
const PSK_BRANCH: LetterBranch = {
  source: `K(?![A-Za-z0-9_])(${LINK})${QUOTED_OR_BARE}`,
  replace: (c) => {
    const value = bareValue(c.group(3)!, c.group(2) !== undefined);
    if (!looksLikePassword(value)) return null;
    return take(c, `K${c.group(1)!}${c.group(2) ?? ''}`, value, simple(c, 'secret', value));
  },
};

/** A client secret later on the line of a client id ("client_id X secret Y", "..., client secret: Y"). */
const SECRET_AFTER = /^([^\r\n]{0,160}?(?:^|[^A-Za-z0-9])(?:client[ _-]?)?(?:secret|SECRET|Secret)(?:[ \t]+is)?[ \t]*[:=]?[ \t]*[`"']?)([A-Za-z0-9._~+/=-]{8,256})/;

/** "client_id aZ8k... secret 7Hq2..." (an OAuth pair pasted in chat), from the '_' of client_. */
const CLIENT_ID_BRANCH: LetterBranch = {
  source: `(?:id|ID)([ \\t]+(?:is[ \\t]+)?[\`"']?)([A-Za-z0-9._-]{10,128})`,
  replace: (c) => {
    const id = c.group(2)!;
    const placeholder = c.profile === 'minimal' ? id : cloudIdValue('client_id', id, c.placeholders);
    if (placeholder === null) return null;
    const head = `id${c.group(1)!}`;
    const secret = SECRET_AFTER.exec(c.textAfter(head.length + id.length, 512));
    if (secret) {
      c.coverAfter(head.length + id.length + secret[0].length);
      return `${c.group(0)}${head}${placeholder}${secret[1]}${simple(c, 'secret', secret[2]!)}`;
    }
    return placeholder === id ? null : take(c, head, id, placeholder);
  },
};

/** Words an SSH key file's suffix may be that name no person. */
const KEY_FILE_WORDS = new Set(
  ('sk pub cert old new backup bak work personal private home github gitlab bitbucket azure aws gcp google deploy deployment prod production dev develop ' +
    'development staging stage test testing ci cd jenkins server servers git key keys rsa dsa ecdsa legacy tmp temp root admin ansible vagrant docker k8s ' +
    'kube ops devops infra bastion jump backup1 backup2 local remote laptop desktop office vpn nas pi router signing release build bot automation').split(' '),
);

/** ~/.ssh/id_ed25519_anouk: the suffix after the key type names a person (user), unless it names a service or a role. */
const KEY_FILE_BRANCH: LetterBranch = {
  source: '([A-Za-z][A-Za-z0-9.-]*[A-Za-z0-9])(?![A-Za-z0-9_])',
  replace: (c) => {
    if (c.profile === 'minimal') return null;
    const suffix = c.group(1)!.replace(/\.(?:pub|pem|ppk|key)$/, '');
    const words = suffix.toLowerCase().split(/[.-]/).filter(Boolean);
    if (words.length === 0 || words.every((word) => KEY_FILE_WORDS.has(word) || isTechnical(foldWord(word)) || /\d/.test(word))) return null;
    if (isNoPersonAccount(suffix)) return null;
    return take(c, '', suffix, simple(c, 'user', suffix.toLowerCase()));
  },
};




/** A password hash in the formats of crypt(3), bcrypt, argon2, scrypt and passlib's pbkdf2 (the value of any key). */
const HASH = /^(?:2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}|(?:argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d+)?|apr1|1|5|6|y|gy|7|md5|sha1|sha256|sha512)\$[^\s"'`;<>:]*\$[^\s"'`,;<>:]{8,})/;

/** "$ANSIBLE_VAULT;1.1;AES256" then its hex lines: the lines go as one secret, the header stays. */
const VAULT = /^ANSIBLE_VAULT;\d\.\d;[A-Z0-9]+(?:;[^\s;]+)?[ \t]*\r?\n((?:[ \t]*[0-9a-f]{2,128}[ \t]*(?:\r?\n|$))+)/;

/** A password hash or an Ansible vault block, from its '$'. */
const DOLLAR_BRANCH: LetterBranch = {
  source: '(?=2[abxy]?\\$|argon2|scrypt\\$|pbkdf2|apr1\\$|[15679]\\$|g?y\\$|md5\\$|sha\\d+\\$|ANSIBLE_VAULT;)',
  replace: (c) => {
    const after = c.textAfter(0, 64 * 1024);
    const vault = VAULT.exec(after);
    if (vault) {
      const lines = vault[1]!;
      const body = lines.replace(/\s+$/, '');
      const pad = /^[ \t]*/.exec(body)![0];
      const head = vault[0].slice(0, vault[0].length - lines.length);
      c.coverAfter(head.length + body.length);
      return `$${head}${pad}${simple(c, 'secret', body.slice(pad.length))}`;
    }
    const hash = HASH.exec(after);
    if (!hash) return null;
    c.coverAfter(hash[0].length);
    return simple(c, 'secret', `$${hash[0]}`);
  },
};

/**
 * The rest of a key after its secret word (_v4, _prod, Hash) up to the key's end, its separator
 * (JSON, YAML, HCL, .env, Go's :=, PHP's =>) and its value: quoted whole, or bare to a delimiter.
 */
const QUALIFIED_REST = /^([A-Za-z0-9][A-Za-z0-9_.-]{0,23})(["']?[ \t]*(?::=|=>|[:=])[ \t]*)(?:"((?:[^"\\\r\n]|\\.)*)"|'([^'\r\n]*)'|((?:[^\s"',;&{}[\]]|&(?![A-Za-z0-9_.-]+=))+))/;

/**
 * A key holding a secret word followed by more words (ses_smtp_password_v4, db_password_prod,
 * ADMIN_SECRET_B64, smtpPasswordHash), from the separator after the word (or the 'w' of a camel
 * case Password): the key rule's lookbehind took only keys that end in the word (a suffix there
 * cost the common pass 7 ms per 8 MB). A key about the secret (password_policy, secretName,
 * passwordLastSet) stays.
 */
function qualifiedKeyBranch(head: string): LetterBranch {
  const lead = new RegExp(`^${head}`);
  return {
    source: `${head}(?=[A-Za-z0-9][A-Za-z0-9_.-]{0,23}["']?[ \\t]*[:=])`,
    replace: (c) => {
      const after = c.textAfter(0, 4096);
      const skip = lead.exec(after)![0];
      const m = QUALIFIED_REST.exec(after.slice(skip.length));
      if (!m) return null;
      const key = /[A-Za-z0-9_.-]*$/.exec(c.contextBefore(64))![0] + c.group(0)! + skip + m[1]!;
      if (aboutASecret(key) || secretKeyKind(key) === 'version') return null;
      const quote = m[3] !== undefined ? '"' : m[4] !== undefined ? "'" : '';
      const value = m[3] ?? m[4] ?? m[5]!;
      if (value === '' || /^(?:true|false|null|none)$/i.test(value) || /^(?:\$\{?\w+\}?|%\w+%|\{\{[^}]*\}\})$/.test(value)) return null;
      const prefix = `${skip}${m[1]!}${m[2]!}${quote}`;
      const closed = quote !== '' && after[prefix.length + value.length] === quote ? quote : '';
      c.coverAfter(prefix.length + value.length + closed.length);
      return `${c.group(0)!}${prefix}${simple(c, 'secret', value)}${closed}`;
    },
  };
}

/** The first rare pass's branches (in front of the token rule): its '_', 'S', 'y', '-' and '$'. */
export const TOKEN_PASS_GROUPS: readonly LetterGroup[] = [
  { letter: '_', gate: '(?<=(?<![A-Za-z0-9])(?:[Cc]lient|CLIENT)_)', branches: [CLIENT_ID_BRANCH] },
  { letter: '_', gate: '(?<=(?<![A-Za-z0-9])id_(?:rsa|dsa|ecdsa|ed25519|ecdsa_sk|ed25519_sk|xmss)_)', branches: [KEY_FILE_BRANCH] },
  { letter: 'S', gate: '(?<=(?<![A-Za-z0-9_])PS)', branches: [PSK_BRANCH] },
  { letter: 'y', gate: '(?<=(?<![A-Za-z0-9_.-])[Kk]ey)(?<![Rr]ecovery [Kk]ey|RECOVERY KEY)', branches: [KEY_WORD_BRANCH] },
  // Only after '_' (a '-' there, as in db-password-prod, is rare; every date has two).
  { letter: '_', gate: '(?<=(?:[Pp]assword|PASSWORD|[Pp]asswd|PASSWD|[Ss]ecret|SECRET)_)', branches: [qualifiedKeyBranch('')] },
  { letter: 'w', gate: '(?<=[a-z0-9]Passw)', branches: [qualifiedKeyBranch('(?:ord|d)(?=[A-Z])')] },
  { letter: '\\$', gate: '(?<![\\w$\\\\]\\$)', branches: [DOLLAR_BRANCH] },
];

/** Words on a line that make "user / password" a login (login, credentials, account, in several languages). */
const LOGIN_WORDS = /(?:^|[^A-Za-z])(?:log[ -]?in|logon|sign[ -]?in|credentials?|creds|user(?:name)?|account|admin|anmeld\w*|zugang\w*|inlog\w*|identifiants?|connexion|acesso|acceso|usu\u00c3\u00a1rio|usuario|logowani\w*|dane)(?:[^A-Za-z]|$)/i;

/** "login admin / P4ss-Word-9", "the admin login is admin / Herfst2025!Ams": from the '/' between user and password. */
const LOGIN_SLASH_BRANCH: LetterBranch = {
  source: `([ \\t]+)${QUOTED_OR_BARE}`,
  replace: (c) => {
    const line = c.contextBefore(200).split('\n').pop()!;
    const user = /(?:^|[\s(:`"'])([^\s/`"'():]{1,64})[`"']?[ \t]+$/.exec(line);
    if (!user || !LOGIN_WORDS.test(line.slice(0, line.length - user[0].length + 1))) return null;
    // "login page / Dashboard2": a word of the product or the screen, not an account.
    if (isTechnical(foldWord(user[1]!)) && !isNoPersonAccount(user[1]!)) return null;
    const value = bareValue(c.group(3)!, c.group(2) !== undefined);
    if (!looksLikePassword(value) || /^[A-Za-z]+$/.test(value)) return null;
    const account = user[1]!;
    const takenUser = c.profile !== 'minimal' && !isNoPersonAccount(account) && c.textBefore(user[0].length).endsWith(user[0]) ? account : '';
    if (takenUser) c.takeBefore(/[^\r\n]/, line.length - line.lastIndexOf(account));
    const spacing = line.slice(line.lastIndexOf(account) + account.length);
    const prefix = `${c.group(1)!}${c.group(2) ?? ''}`;
    c.coverAfter(prefix.length + value.length);
    return `${takenUser ? `${simple(c, 'user', takenUser.toLowerCase())}${spacing}` : ''}/${prefix}${simple(c, 'secret', value)}`;
  },
};

/** /attachments/token/<token>/ of ticket systems (Zendesk's attachment links): the token goes. */
const ATTACHMENT_TOKEN_BRANCH: LetterBranch = {
  source: '([A-Za-z0-9_-]{12,})(?=[/?#"\'\\s<>]|$)',
  replace: (c) => take(c, '', c.group(1)!, simple(c, 'secret', c.group(1)!)),
};

/** https://slack-files.com/T...-F...-<secret>: the public link's secret goes, the workspace id becomes an account placeholder. */
const SLACK_FILE_BRANCH: LetterBranch = {
  source: '(T[A-Z0-9]{6,12})-(F[A-Z0-9]{6,14})-([0-9a-f]{6,})(?![0-9A-Za-z])',
  replace: (c) => {
    const team = c.profile === 'minimal' ? c.group(1)! : simple(c, 'cloud-account', c.group(1)!);
    c.coverAfter(c.group(1)!.length + c.group(2)!.length + c.group(3)!.length + 2);
    return `/${team}-${c.group(2)}-${simple(c, 'secret', c.group(3)!)}`;
  },
};

/** The second rare pass's branches (in front of the e-mail rule): its '/'. */
export const MARK_PASS_GROUPS: readonly LetterGroup[] = [
  { letter: '/', gate: '(?<=[^\\s/<>|] /)', branches: [LOGIN_SLASH_BRANCH] },
  { letter: '/', gate: '(?<=/token/|/attachments/)', branches: [ATTACHMENT_TOKEN_BRANCH] },
  { letter: '/', gate: '(?<=slack-files\\.com/)', branches: [SLACK_FILE_BRANCH] },
];

/** "(account Xy7Pq2LmN3oRtS9uVwZ1aB)": a Zoom account id (22 characters) after the word account, from its 'u'. */
const ACCOUNT_ID_BRANCH: LetterBranch = {
  source: 'nt(?:[ \\t]+(?:id|ID|Id))?[ \\t]*[:=#]?[ \\t]*([A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])',
  replace: (c) => {
    const id = c.group(1)!;
    if (c.profile === 'minimal' || !/\d/.test(id) || !/[a-z]/.test(id) || !/[A-Z]/.test(id)) return null;
    const prefix = c.textAfter(0, 40).slice(0, c.textAfter(0, 40).indexOf(id));
    return take(c, prefix, id, simple(c, 'cloud-account', id));
  },
};

/** The account rule's group: its 'u' of "account". */
export const ACCOUNT_PASS_GROUPS: readonly LetterGroup[] = [
  { letter: 'u', gate: '(?<=[Aa]ccou)', branches: [ACCOUNT_ID_BRANCH] },
];

/** Words between PIN and its value that make the number something else (PIN code length 8, PIN attempts 3). */
const NOT_A_PIN = /(?:^|\s)(?:length|lengte|l\u00c3\u00a4nge|longueur|longitud|d\u00c5\u0082ugo\u00c5\u009b\u00c4\u0087|policy|attempts?|tries|retries|digits?|min|max|minimum|maximum|size|characters?|chars|expired|expires|reset|changed|count|timeout|required|complexity|lock|locked|lockout|entry|prompt|mode|type|format|pad|error|errors|at|on|since|until|version|slot|gpio|pins?)(?:\s|$)/i;

/** What may follow PIN before its value: up to three words (code, do przeniesienia), then a link. */
const PIN_TAIL = /^((?:[ \t]+(?!(?:is|was|ist|est|es|jest|wynosi|=)(?:\s|$))[^\s\d:=]{1,24}){0,3})([ \t]*(?:[:=]|[ \t](?:is|was|ist|est|es|jest|wynosi|to)\b)?[ \t]*:?[ \t]*)([`"']?)(\d{4,12}|\d{2,6}(?:[- ]\d{2,6}){1,3})[`"']?(?![\w-]|[.:/]\d)/;

/** A PIN in a sentence (voicemail PIN is 4821, PIN do przeniesienia: 7719-2043), from the 'P' or 'p' of PIN. */
const PIN_BRANCH: LetterBranch = {
  source: '(?:IN|in)(?![A-Za-z0-9_])',
  replace: (c) => {
    // A hardware pin (GPIO pin 4021, header pin 12).
    if (/(?:gpio|header|connector|jumper|socket|pcb|board)[ \t]*$/i.test(c.contextBefore(16))) return null;
    const m = PIN_TAIL.exec(c.textAfter(2, 120));
    if (!m || NOT_A_PIN.test(m[1]!)) return null;
    // A bare "PIN: 1234" / "pin=1234" is the key rule's (it answers at the separator).
    if (m[1] === '' && /^[ \t]*[:=]/.test(m[2]!)) return null;
    const value = m[4]!;
    if (/^\d{4}-\d{2}-\d{2}$|^\d{2}-\d{2}-\d{4}$/.test(value)) return null;
    const prefix = `${c.textAfter(0, 2)}${m[1]}${m[2]}${m[3]}`;
    return take(c, prefix, value, simple(c, 'secret', value));
  },
};

/** The person-name pass's group: the 'P' of PIN and Pin, the 'p' of pin after no word character. */
export const NAME_PASS_GROUPS: readonly LetterGroup[] = [
  { letter: '[Pp]', gate: '(?<![A-Za-z0-9_][Pp])', branches: [PIN_BRANCH] },
];
