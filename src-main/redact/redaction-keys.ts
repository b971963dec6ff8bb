/**
 * Key names whose values are private, whatever the value looks like: `callerNumber=4155550123`
 * holds a phone number that no shape rule can tell from a counter, `"displayName":"Marcus Webb"`
 * a person. Shared by the text rules (key=value, key: value, "key":"value") and the structured JSON
 * redaction, so both treat a key the same way.
 */
import type { PlaceholderIssuer } from './placeholders.js';
import { extensionPlaceholder, isPhoneNumber, macPlaceholder, phonePlaceholder, simplePlaceholder } from './typed-placeholders.js';

/** Keys whose values are secrets (in every profile). No word boundary is asked: "icePwd" and "sessionToken" count. */
export const SECRET_KEYS = [
  'access_token', 'refresh_token', 'id_token', 'client_secret', 'api_key', 'apikey', 'apiKey', 'x-api-key', 'sdkKey', 'password', 'passwd',
  'passcode', 'passphrase', 'secret', 'token', 'pwd', 'zak', 'cookie',
  // Cloud keys (AccountKey=, AWS_ACCESS_KEY_ID=, "SecretAccessKey":); presigned URLs' parameters
  // (X-Amz-Signature, sig=) are found from their '?' or '&' (secrets.ts): words ending in a common
  // letter ('e', 'l', 'g') here made every separator after one cost more.
  'privateKey', 'private_key', 'secretKey', 'secret_key', 'accessKey', 'access_key', 'accessKeyId', 'access_key_id', 'accountKey',
] as const;

/** Keys naming a person (the caller, the callee, the signed-in user and its SIP account). */
export const NAME_KEYS = [
  'displayName', 'display_name', 'callerName', 'caller_name', 'calleeName', 'callee_name', 'callerIdName', 'caller_id_name',
  'peerName', 'peer_name', 'remoteName', 'remote_name', 'fullName', 'full_name', 'firstName', 'first_name', 'lastName',
  'last_name', 'contactName', 'contact_name',
] as const;

/** Keys naming an account (OS, SIP or database user): the value is a user name, compared as one with home-folder users. */
export const USER_KEYS = [
  'userName', 'user_name', 'userId', 'uname', 'sipUser', 'sip_user', 'authUser', 'auth_user', 'User ID', 'User Id', 'UserID', 'user_id',
] as const;

/** Keys holding a phone number (or, for caller id, sometimes a name); 'tel' is also the tel: URI scheme (tel:4155550123;phone-context=+1). */
export const PHONE_KEYS = [
  'callerNumber', 'caller_number', 'calleeNumber', 'callee_number', 'callingNumber', 'calling_number', 'calledNumber',
  'called_number', 'callerId', 'caller_id', 'phoneNumber', 'phone_number', 'phone', 'mobile', 'mobileNumber', 'did',
  'didNumber', 'ani', 'dnis', 'fromNumber', 'toNumber', 'peerNumber', 'peer_number', 'remoteNumber', 'remote_number',
  'directNumber', 'direct_number', 'tel', 'callee', 'caller', 'dialedNumber', 'dialed_number', 'calledParty', 'called_party',
  'callingParty', 'calling_party', 'msisdn', 'e164',
] as const;

/** Keys holding a hardware address (a MAC is often logged as bare hex under them: 001A2B3C4D5E). */
export const MAC_KEYS = ['mac', 'macAddress', 'mac_address', 'bssid', 'hwaddr', 'hwAddress', 'physicalAddress', 'physical_address'] as const;

/** Keys holding an internal extension number. */
export const EXTENSION_KEYS = ['ext', 'extension', 'extensionNumber', 'extension_number'] as const;

/** What a value under a private key is. */
export type KeyKind = 'phone' | 'name' | 'user' | 'mac' | 'extension';

const KINDS: [KeyKind, readonly string[]][] = [
  ['phone', PHONE_KEYS],
  ['name', NAME_KEYS],
  ['user', USER_KEYS],
  ['mac', MAC_KEYS],
  ['extension', EXTENSION_KEYS],
];
const KIND_BY_KEY = new Map(KINDS.flatMap(([kind, keys]) => keys.map((key) => [key.toLowerCase(), kind] as const)));

/** The kind of a JSON key (compared case-insensitively), or null when its value is not private by name. */
export function keyKind(key: string): KeyKind | null {
  return KIND_BY_KEY.get(key.toLowerCase()) ?? null;
}

/**
 * The placeholder for a value found under a key of this kind, or null when the value does not fit
 * the kind (then the ordinary rules look at it): a phone key holding a name ("callerId":"Ann Lee")
 * gives a name placeholder, one holding "unknown" or a short code gives nothing.
 */
export function keyedValue(kind: KeyKind, value: string, placeholders: PlaceholderIssuer): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  switch (kind) {
    case 'phone':
      if (isPhoneNumber(trimmed)) return phonePlaceholder(placeholders, trimmed);
      return /^[^\d@:/=]*[A-Za-z\x80-\xff][^\d@:/=]*$/.test(trimmed) && /\s/.test(trimmed) ? simplePlaceholder(placeholders, 'name', trimmed) : null;
    case 'name':
      return /[A-Za-z\x80-\xff]/.test(trimmed) || isPhoneNumber(trimmed) ? simplePlaceholder(placeholders, 'name', trimmed) : null;
    case 'user':
      return /^[^\s"'<>@]+$/.test(trimmed) && !/%40|^\$|^%.*%$/i.test(trimmed) ? simplePlaceholder(placeholders, 'user', trimmed.toLowerCase()) : null;
    case 'mac':
      return macPlaceholder(placeholders, trimmed);
    case 'extension':
      return /^\d{2,8}$/.test(trimmed) ? extensionPlaceholder(placeholders, trimmed) : null;
  }
}
