/**
 * Key names whose values are private, whatever the value looks like: `callerNumber=4155550123`
 * holds a phone number that no shape rule can tell from a counter, `"displayName":"Marcus Webb"`
 * a person. Shared by the text rules (key=value, key: value, "key":"value") and the structured JSON
 * redaction, so both treat a key the same way.
 */
import { ID_KEYS, idKeyedValue, type IdKeyKind } from './id-document-keys.js';
import { DEVICE_ID_KEY_KINDS, WIFI_SECRET_KEYS, deviceKeyedValue, isDeviceKeyKind, type DeviceKeyKind } from './device-id-keys.js';
import type { PlaceholderIssuer } from './placeholders.js';
import { looksLikeToken } from './token-entropy.js';
import { isNoPersonAccount } from './no-person-accounts.js';
import { extensionPlaceholder, isPhoneNumber, macPlaceholder, phonePlaceholder, simplePlaceholder } from './typed-placeholders.js';

/** Keys whose values are secrets (in every profile). No word boundary is asked: "icePwd" and "sessionToken" count. */
export const SECRET_KEYS = [
  'access_token', 'refresh_token', 'id_token', 'client_secret', 'api_key', 'apikey', 'apiKey', 'x-api-key', 'sdkKey', 'password', 'passwd',
  'passcode', 'passphrase', 'secret', 'token', 'pwd', 'zak', 'cookie',
  // Cloud keys (AccountKey=, AWS_ACCESS_KEY_ID=, "SecretAccessKey":); presigned URLs' parameters
  // (X-Amz-Signature, sig=) are found from their '?' or '&' (secrets.ts): words ending in a common
  // letter ('e', 'l', 'g') here made every separator after one cost more.
  'privateKey', 'private_key', 'secretKey', 'secret_key', 'accessKey', 'access_key', 'accessKeyId', 'access_key_id', 'accountKey',
  // The word for password in other languages (Passwort: x, mot de passe : x, contraseña: x as the
  // rules see it, latin1 bytes of UTF-8) and vendor spellings: Fanvil's "SIP1 Register Pswd :x",
  // Windows' Wi-Fi profile <keyMaterial>.
  'pswd', 'passwort', 'kennwort', 'wachtwoord', 'mot de passe', 'contrase\u00c3\u00b1a', 'contrasena', 'senha', 'keyMaterial',
  // Polish hasło, Swedish lösenord, Norwegian passord, Danish adgangskode, Finnish salasana, Czech and
  // Slovak heslo, Hungarian jelszó, Italian and Turkish parola, Afrikaans wagwoord, Russian пароль
  // (latin1 bytes of UTF-8, as the rules see them), and the folded spellings people type.
  'has\u00c5\u0082o', 'haslo', 'l\u00c3\u00b6senord', 'losenord', 'passord', 'adgangskode', 'salasana', 'heslo', 'jelsz\u00c3\u00b3', 'jelszo', 'parola',
  'wagwoord', '\u00d0\u00bf\u00d0\u00b0\u00d1\u0080\u00d0\u00be\u00d0\u00bb\u00d1\u008c',
  // Japanese パスワード, Chinese 密码 and 密碼, Korean 비밀번호, Turkish şifre (and sifre).
  '\u00e3\u0083\u0091\u00e3\u0082\u00b9\u00e3\u0083\u00af\u00e3\u0083\u00bc\u00e3\u0083\u0089', '\u00e5\u00af\u0086\u00e7\u00a0\u0081', '\u00e5\u00af\u0086\u00e7\u00a2\u00bc', '\u00eb\u00b9\u0084\u00eb\u00b0\u0080\u00eb\u00b2\u0088\u00ed\u0098\u00b8', '\u00c5\u009fifre', 'sifre',
  // A registry login stored by Kubernetes (kind: Secret, type kubernetes.io/dockerconfigjson) and Docker's old file.
  '.dockerconfigjson', '.dockercfg',
  // Keys that are key material or lists of one-time codes: Yealink's provisioning AES keys
  // (static.auto_provision.aes_key_16.com), recovery and backup codes, BitLocker recovery keys.
  'aes_key', 'aesKey', 'aes_key_16.com', 'aes_key_16.mac', 'aes_key_32.com', 'aes_key_32.mac', 'hmac_key', 'hmacKey', 'encryption_key', 'encryptionKey',
  'recovery_codes', 'recoveryCodes', 'recovery codes', 'backup_codes', 'backupCodes', 'backup codes', 'recovery_key', 'recoveryKey', 'recovery key',
  // SIP digest credentials stored as the hash HA1 = MD5(user:realm:password), as good as the
  // password to a registrar (RFC 2617): FreeSWITCH's a1-hash, Asterisk's md5_cred, Kamailio and
  // OpenSIPS subscriber columns ha1 and ha1b (bounded, below: "sha1" is no key).
  'md5_cred', 'a1-hash',
  // Wi-Fi pre-shared keys (device-id-keys.ts).
  ...WIFI_SECRET_KEYS,
] as const;

/**
 * Secret keys that need a word boundary before them: "voicemail_pin", "vmPin" and "PIN" are keys,
 * "spin" and "bypass" are not. The capitalised form may follow a lower-case letter (camelCase).
 */
export const BOUNDED_SECRET_KEYS = [
  'pin', 'pincode', 'pin_code', 'pass', 'pw', 'psk', 'credential', 'credentials', 'creds', 'requirepass', 'masterauth',
  // One-time codes (OTP: 123456), SNMP community strings (community = x), WEP keys.
  'otp', 'community', 'wep_key', 'wep-key', 'wepKey',
  // HA1 digests (see SECRET_KEYS): Kamailio/OpenSIPS columns, OpenSIPS 3's SHA-256 and SHA-512/256
  // ones (Avaya's SET SIPHA1: set-lines.ts).
  'ha1', 'ha1b', 'ha1_sha256', 'ha1_sha512t256',
] as const;

/**
 * Keys whose value is a secret only when it looks like a token (long and random: token-entropy.ts):
 * "key": "audio_device" and "session": "3" stay, "auth": "dXNlcjpwYXNz" and a 40-character
 * "signature" go. A sha256 under "hash" or "sha256", a request id, a Call-ID are under none of them.
 */
export const TOKEN_KEYS = ['key', 'auth', 'sig', 'signature', 'session', 'sessionId', 'session_id', 'sid', 'hmac', 'license', 'licenseKey', 'license_key', 'proxy_auth', 'proxyAuth', 'ticket', 'bearer',
  // An APNs device token (64 hex) under its own key; device_token and push_token are secret keys
  // already, and FCM tokens are found by their APA91b anywhere (token-formats.ts).
  'apns'] as const;

/** Keys whose value is a version number, kept as written whatever rule would take it (an IP-like 96.86.0.70). */
export const VERSION_KEYS = ['version', 'ver', 'fw', 'firmware', 'build', 'release', 'revision', 'rev'] as const;

/** Cloud app and tenant identifiers: an OAuth client id and a Zoom, Azure or other cloud account or tenant id (they name the customer or its app). */
export const CLOUD_ID_KEYS = ['client_id', 'clientId', 'ClientId', 'CLIENT_ID', 'client-id', 'account_id', 'accountId', 'AccountId', 'ACCOUNT_ID', 'tenant_id', 'tenantId', 'TenantId', 'TENANT_ID', 'tenant-id', 'directory_id', 'directoryId'] as const;

/**
 * The placeholder of a cloud identifier, or null when the value is no identifier (a variable, a
 * word, a short number): an OAuth client id (Zoom's 22 characters, Azure's GUID, Google's
 * 123-abc.apps.googleusercontent.com) or a Zoom account id and a tenant GUID. A tenant GUID is
 * taken too: it names the customer's directory (its sign-in domain is a lookup away), and its one
 * placeholder keeps the diagnostic value (the same tenant across lines and files).
 */
export function cloudIdValue(key: string, value: string, placeholders: PlaceholderIssuer): string | null {
  const trimmed = value.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{7,127}$/.test(trimmed) || !/\d/.test(trimmed) || /^\d{1,7}$/.test(trimmed) || /^0+$|^(?:null|none|undefined|your[_-])/i.test(trimmed)) return null;
  // A bare word or a snake-case name ("default_app") has no letters and digits mixed in one run.
  if (!/[A-Za-z]/.test(trimmed) && trimmed.length < 9) return null;
  const kind = /client/i.test(key) ? 'client-id' : 'cloud-account';
  return simplePlaceholder(placeholders, kind, trimmed);
}

/** What a key that says secret holds: a secret whatever it is, a secret only when token-like, or a version to keep. */
export type SecretKeyKind = 'secret' | 'token' | 'version';

const BOUNDED_SECRET = new Set<string>(BOUNDED_SECRET_KEYS);
const TOKEN_KEY = new Set<string>(TOKEN_KEYS.map((key) => key.toLowerCase()));

/** The kind of a key found by the secret part of the key rule (compared case-insensitively). */
export function secretKeyKind(key: string): SecretKeyKind {
  const lower = key.toLowerCase();
  if (/version$/.test(lower) || (VERSION_KEYS as readonly string[]).includes(lower)) return 'version';
  if (TOKEN_KEY.has(lower)) return 'token';
  return 'secret';
}

/** True when a key is a bounded secret key (BOUNDED_SECRET_KEYS), compared case-insensitively. */
export function isBoundedSecretKey(key: string): boolean {
  return BOUNDED_SECRET.has(key.toLowerCase());
}

/** A version number (96.86.0.70, 2.0.14.9, v1.2.3-rc1): what a version key keeps. */
export const VERSION_VALUE = /^[vV]?\d+(?:[._-]\d+)+(?:[._+-]?[A-Za-z0-9]+)*$/;

/** Keys naming a person (the caller, the callee, the signed-in user and its SIP account). */
export const NAME_KEYS = [
  'displayName', 'display_name', 'callerName', 'caller_name', 'calleeName', 'callee_name', 'callerIdName', 'caller_id_name',
  'peerName', 'peer_name', 'remoteName', 'remote_name', 'fullName', 'full_name', 'firstName', 'first_name', 'lastName',
  'last_name', 'contactName', 'contact_name',
] as const;

/** Keys naming an account (OS, SIP or database user): the value is a user name, compared as one with home-folder users. */
export const USER_KEYS = [
  'userName', 'user_name', 'userId', 'uname', 'sipUser', 'sip_user', 'authUser', 'auth_user', 'User ID', 'User Id', 'UserID', 'user_id',
  // SIP phone configs (Yealink account.1.auth_name, Polycom reg.1.auth.userId, Grandstream P35) and form bodies.
  'user', 'loginName', 'login_name', 'auth_name', 'authName', 'authId', 'auth_id', 'register_name', 'registerName',
  'sipId', 'sip_id', 'accountName', 'account_name', 'authorization_user', 'sipUserId', 'sip_user_id',
  // 802.1X and Wi-Fi EAP identities (Yealink network.802_1x.identity, Polycom dot1x.identity).
  '802_1x.identity', 'dot1x.identity', 'eap_identity', 'eapIdentity', 'eap.identity',
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
export const MAC_KEYS = ['mac', 'macAddress', 'mac_address', 'macAddr', 'mac_addr', 'bssid', 'hwaddr', 'hwAddress', 'physicalAddress', 'physical_address', 'ethaddr', 'lladdr'] as const;

/** Keys holding part of a street address (E911 and emergency-address bodies, vCards, PIDF-LO's civic address in words). */
export const ADDRESS_KEYS = [
  'address', 'address1', 'address2', 'address_line1', 'address_line2', 'addressLine1', 'addressLine2', 'street', 'street1', 'street2',
  'streetAddress', 'street_address', 'streetName', 'street_name', 'houseNumber', 'house_number', 'city', 'town', 'locality',
  'addressLocality', 'county', 'province', 'stateOrProvince', 'state_or_province', 'addressRegion',
] as const;

/** Keys holding a postal code. */
export const POSTAL_KEYS = ['zip', 'zipcode', 'zip_code', 'zipCode', 'postal', 'postalCode', 'postal_code', 'postcode', 'post_code', 'postCode', 'plz'] as const;

/** Keys holding a GPS coordinate. */
export const COORDINATE_KEYS = ['lat', 'latitude', 'lng', 'lon', 'long', 'longitude', 'geoLat', 'geoLng', 'geo_lat', 'geo_lng', 'mlat', 'mlon'] as const;

/** Keys holding a SIM or handset id (IMSI, IMEI, ICCID, MEID). */
export const DEVICE_KEYS = ['imsi', 'imei', 'iccid', 'meid', 'esn', 'imeisv', 'simId', 'sim_id'] as const;

/** Keys holding an internal extension number. */
export const EXTENSION_KEYS = ['ext', 'extension', 'extensionNumber', 'extension_number'] as const;

/** Keys holding a Zoom meeting id (a personal meeting id names its owner): "Meeting ID: 845 2219 6630", pmi=8452219663. */
export const MEETING_KEYS = ['meetingId', 'meeting_id', 'Meeting ID', 'meetingNumber', 'meeting_number', 'pmi', 'personal_meeting_id', 'confno'] as const;

/** Keys holding a crypto wallet address (payout_address: bc1q..., "wallet": "0x..."). */
export const WALLET_KEYS = ['wallet', 'walletAddress', 'wallet_address', 'payoutAddress', 'payout_address', 'btcAddress', 'btc_address', 'ethAddress', 'eth_address', 'bitcoin_address'] as const;

/** What a value under a private key is. */
export type KeyKind = 'phone' | 'name' | 'user' | 'mac' | 'extension' | 'address' | 'postal' | 'coordinate' | 'device' | 'meeting' | 'wallet' | IdKeyKind | DeviceKeyKind;

const KINDS: [KeyKind, readonly string[]][] = [
  // Device, member and Wi-Fi keys first: a kind listed below wins a key both name (device-id-keys.ts).
  ...DEVICE_ID_KEY_KINDS,
  ['phone', PHONE_KEYS],
  ['name', NAME_KEYS],
  ['user', USER_KEYS],
  ['mac', MAC_KEYS],
  ['extension', EXTENSION_KEYS],
  ['address', ADDRESS_KEYS],
  ['postal', POSTAL_KEYS],
  ['coordinate', COORDINATE_KEYS],
  ['device', DEVICE_KEYS],
  ['meeting', MEETING_KEYS],
  ['wallet', WALLET_KEYS],
  // Government and financial identifiers (id-document-keys.ts).
  ...ID_KEYS,
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
      return /^[^\s"'<>@]+$/.test(trimmed) && !/%40|^\$|^%.*%$/i.test(trimmed) && !NOT_A_USER.test(trimmed) && !isNoPersonAccount(trimmed) ? simplePlaceholder(placeholders, 'user', trimmed.toLowerCase()) : null;
    case 'mac':
      return macPlaceholder(placeholders, trimmed);
    case 'extension':
      return /^\d{2,8}$/.test(trimmed) ? extensionPlaceholder(placeholders, trimmed) : null;
    case 'meeting':
      return /^\d{9,11}$/.test(trimmed.replace(/[ -]/g, '')) ? simplePlaceholder(placeholders, 'meeting-id', trimmed.replace(/[ -]/g, '')) : null;
    case 'wallet':
      return WALLET.test(trimmed) ? simplePlaceholder(placeholders, 'wallet', trimmed) : null;
    case 'address':
      if (WALLET.test(trimmed)) return simplePlaceholder(placeholders, 'wallet', trimmed);
      // Words of a place (a street with its number, a city), not an IP, a host, a mail address or a flag.
      return /[A-Za-z\x80-\xff]/.test(trimmed) && !NOT_A_PLACE.test(trimmed) && !/^[a-z0-9_-]+$/.test(trimmed) && trimmed.length <= 120 ? simplePlaceholder(placeholders, 'street-address', trimmed) : null;
    case 'postal':
      return /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/.test(trimmed) ? simplePlaceholder(placeholders, 'postal-code', trimmed.toUpperCase()) : null;
    case 'coordinate':
      return /^[-+]?\d{1,3}\.\d{2,}$/.test(trimmed) && Math.abs(Number(trimmed)) <= 180 ? simplePlaceholder(placeholders, 'location', trimmed) : null;
    case 'device':
      // A 14-hex-digit MEID (A1000012345678) too.
      if (/^[0-9A-F]{14}$/i.test(trimmed) && /\d/.test(trimmed)) return simplePlaceholder(placeholders, 'device-id', trimmed.toUpperCase());
      return /^\d{14,20}F?$/i.test(trimmed.replace(/[ -]/g, '')) ? simplePlaceholder(placeholders, 'device-id', trimmed.replace(/[ -]/g, '')) : null;
    default:
      return isDeviceKeyKind(kind) ? deviceKeyedValue(kind, trimmed, placeholders) : idKeyedValue(kind, trimmed, placeholders);
  }
}

/** A crypto wallet address: bech32 (bc1..., tb1...), base58 (1..., 3...) or Ethereum (0x + 40 hex). */
const WALLET = /^(?:(?:bc|tb)1[ac-hj-np-z02-9]{11,71}|(?:BC|TB)1[AC-HJ-NP-Z02-9]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|0x[0-9a-fA-F]{40})$/;

/** Values under an address key that are no place: a host name or IP (with a port), a URL, a mail address, a flag, a lower-case identifier. */
const NOT_A_PLACE = /[@=<>{}]|:\/\/|^\d+(?:\.\d+){3}(?::\d+)?$|^[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?::\d+)?$|^\[[0-9a-f:.]+\](?::\d+)?$|^(?:[0-9a-f]{1,4}:){2,}[0-9a-f:]*$|^(?:true|false|null|none|unknown|n\/a|0x[0-9a-f]+)$/i;

/** Values under a user key that name no account: SIP's user=phone / user=ip URI parameters, empty markers. */
const NOT_A_USER = /^(?:phone|ip|dialstring|none|null|true|false|undefined|anonymous|unknown)$/i;

/**
 * A secret value under a key that says secret only loosely (TOKEN_KEYS): kept unless it looks
 * like a token (or is base64 of user:password).
 */
export function tokenKeyValue(value: string): boolean {
  return looksLikeToken(value.trim());
}

/** True when a key name says its value is secret ("DB_PASSWORD", "api-key", "vmPin"): for name/value pairs and parsed JSON. */
export function saysSecret(name: string): boolean {
  return SAYS_SECRET.test(name) || SAYS_PIN.test(name);
}
const SAYS_SECRET = /secret|passw(?:or)?d|passphrase|passcode|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|pwd|a1[_-]?hash|md5_?cred|^(?:sip_?)?ha1(?:b|_sha\w+)?$/i;
const SAYS_PIN = /(?:^|[^A-Za-z])(?:pin(?:[_-]?code)?|pass)$|[a-z](?:Pin(?:Code)?|Pass)$|^(?:PIN|PASS)$|_(?:PIN|PASS)$/;
