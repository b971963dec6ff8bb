/**
 * What a key written apart from its value says the value is: the name field of a name/value pair
 * ({"name": "Authorization", "value": ...}, {"Key": "Owner", "Value": ...}, "- name: DB_PASSWORD"),
 * a registry value's name, an LDAP attribute, a property of PowerShell's Format-List. The value is
 * judged exactly as after `key: value`: the key lists of redaction-keys.ts decide, read by the
 * key's last words too ("OWNER_PHONE" is a phone, "X-Zm-User" a user, "SipPassword" a secret).
 */
import { keyKind, saysSecret, secretKeyKind, TOKEN_KEYS, type KeyKind } from './redaction-keys.js';

/** The name field of a name/value pair, for the key rule: kept as written (name-value-pairs.ts). */
export const PAIR_FIELD_KEYS = ['name'] as const;

/**
 * Property names of Windows tools' `Name : value` lists (PowerShell Format-List of Get-ADUser and
 * Get-LocalUser, systeminfo) that the key lists do not hold: for the key rule, judged by pairKind.
 */
export const LISTED_KEYS = ['SamAccountName', 'UserPrincipalName', 'GivenName', 'Surname', 'MobilePhone', 'OfficePhone', 'HomePhone', 'TelephoneNumber', 'StreetAddress', 'Registered Owner', 'Registered Organization'] as const;
const LISTED = new Set<string>(LISTED_KEYS.map((key) => key.toLowerCase()));

/** The kind of a LISTED_KEYS key (any case), or null for other keys. */
export function listedKeyKind(key: string): KeyKind | null {
  if (!LISTED.has(key.toLowerCase())) return null;
  const kind = pairKind(key);
  return kind === 'secret' || kind === 'token' || kind === 'cookie' || kind === 'auth' ? null : kind;
}

/** What a structured key holds: a secret, a token (only when token-like), cookies, an Authorization value, or a personal kind. */
export type PairKind = 'secret' | 'token' | 'cookie' | 'auth' | KeyKind;

/**
 * Key words of directories and Windows tools that the key lists do not hold (folded: lower case,
 * letters and digits only): Active Directory and LDAP attributes (Get-ADUser, ldapsearch), systeminfo,
 * cloud tags (Owner, CreatedBy) and HAR or Postman names.
 */
const EXTRA_KINDS: [PairKind, string][] = [
  ['name', 'owner createdby modifiedby updatedby author registeredowner registeredorganization givenname surname sn cn commonname gecos ' +
    'middlename nickname initials manager contact assignee requester requestor technician employee fullname personname'],
  ['user', 'samaccountname userprincipalname upn loginid logonname uid username useraccount account accountid owneraccount'],
  ['phone', 'telephone telephonenumber mobilephone mobile officephone homephone businessphone cellphone cell fax facsimiletelephonenumber ' +
    'pager ipphone otherphone othertelephone homenumber worknumber'],
  ['address', 'streetaddress street postaladdress homepostaladdress registeredaddress l st office physicaldeliveryofficename'],
  ['postal', 'postalcode zipcode'],
  ['secret', 'userpassword unicodepwd sambantpassword sambalmpassword ntpassword lmpassword nthash lmhash ntlmhash ntlm sippassword'],
];
const EXTRA = new Map(EXTRA_KINDS.flatMap(([kind, words]) => words.split(' ').map((word) => [word, kind] as const)));

/** Words after the meaning of a key that do not change it (passwordHash, tokenValue, PIN_ENCRYPTED). */
const QUALIFIERS = new Set(['value', 'hash', 'hashed', 'digest', 'enc', 'encrypted', 'b64', 'base64', 'hex', 'raw', 'plain', 'cleartext', 'str', 'string', 'text', 'data']);

/** Keys a secret word may sit in without naming a secret: when it was set or expires, its policy, its length (PasswordLastSet). */
const ABOUT_A_SECRET = /(?:last|set|expire|expires|expiry|expiration|age|policy|length|required|changed|change|never|count|type|ttl|url|uri|endpoint|path|file|enabled|disabled|status|reset|hint|name|names|ref|arn|manager|store|provider|days|min|max|minimum|maximum|attempts|tries|retries|rotation|history|complexity|strength|mode|format|prompt|field|label|placeholder|message|msg|error|rules?|lifetime|validity|check|source)$/i;

/** True when a key holding a secret word is about the secret, not the secret itself (PasswordLastSet, password_policy, secretName). */
export function aboutASecret(key: string): boolean {
  return ABOUT_A_SECRET.test(key.replace(/[^A-Za-z0-9]/g, ''));
}

/** A key name as folded words (camelCase, snake_case, kebab-case and spaces split). */
function keyWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const TOKEN_KEY = new Set<string>(TOKEN_KEYS.map((key) => key.toLowerCase().replace(/[^a-z0-9]/g, '')));

/** The kind of one folded key (all its words joined), or null. */
function foldedKind(folded: string): PairKind | null {
  // A plural names a list of the same kind (Contacts, Owners, PhoneNumbers).
  if (folded.length > 4 && folded.endsWith('s') && !folded.endsWith('ss')) {
    const single = foldedKind(folded.slice(0, -1));
    if (single) return single;
  }
  if (folded === 'cookie' || folded === 'setcookie' || folded === 'setcookie2') return 'cookie';
  if (folded === 'authorization' || folded === 'proxyauthorization') return 'auth';
  const extra = EXTRA.get(folded);
  if (extra) return extra;
  if (TOKEN_KEY.has(folded)) return 'token';
  return keyKind(folded);
}

/**
 * What a structured key says its value is, or null when it says nothing private (Content-Type,
 * LogLevel, Environment, PasswordLastSet, Version).
 */
export function pairKind(rawName: string): PairKind | null {
  const name = rawName.trim().replace(/^["']|["']$/g, '');
  if (name === '' || name.length > 80) return null;
  if (secretKeyKind(name) === 'version') return null;
  let words = keyWords(name);
  while (words.length > 1 && QUALIFIERS.has(words[words.length - 1]!)) words = words.slice(0, -1);
  if (words.length === 0) return null;
  const whole = words.join('');
  const exact = foldedKind(whole) ?? keyKind(name);
  if (exact) return exact;
  if (saysSecret(name) && !ABOUT_A_SECRET.test(whole)) return 'secret';
  // Its last word or two (OWNER_PHONE, X-Zm-User, primaryEmailAddress is left to the e-mail rule).
  for (const count of [2, 1]) {
    const suffix = words.slice(-count).join('');
    if (words.length <= count || suffix.length < 3 || suffix === 'uid') continue;
    const kind = foldedKind(suffix);
    if (kind && kind !== 'token') return kind;
  }
  return null;
}
