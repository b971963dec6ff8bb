/**
 * The placeholder labels the rules issue (<jwt-1>, <srtp-key-2>, <ext:4d-3>) and the redaction
 * category each one counts under. Labels say more than the category (a support agent can tell a
 * JWT from a password), the category is what the manifest counts and screens name.
 */
import type { RedactionCategory } from '../../src-shared/redaction-category.js';

/** Every placeholder kind a rule may issue, with its category. */
export const PLACEHOLDER_CATEGORY = {
  secret: 'secret',
  jwt: 'secret',
  auth: 'secret',
  cookie: 'secret',
  'private-key': 'secret',
  'oauth-code': 'secret',
  'srtp-key': 'secret',
  'api-token': 'secret',
  'url-credentials': 'credential-url',
  name: 'person-name',
  user: 'account-id',
  'sip-user': 'account-id',
  home: 'account-id',
  email: 'email',
  phone: 'phone',
  extension: 'phone',
  'street-address': 'street-address',
  'postal-code': 'street-address',
  location: 'location',
  card: 'card',
  'device-id': 'device-id',
  imei: 'device-id',
  iccid: 'device-id',
  ip: 'ip',
  mac: 'mac',
  host: 'host',
  wifi: 'wifi',
  keyword: 'keyword',
} as const satisfies Record<string, RedactionCategory>;

/** A placeholder kind: the label text before its number, and the key its values are numbered by. */
export type PlaceholderKind = keyof typeof PLACEHOLDER_CATEGORY;
