/**
 * The kinds of private data the redactor removes: one typed union that the manifest counts, the
 * CLI prints and every screen names in words. A detector of any sort (key context, token catalogue,
 * checksum, free-text names, locations) reports into one of these; the placeholder it issues may be
 * finer (<jwt-1> and <srtp-key-2> are both `secret`).
 */
import { z } from 'zod';
import { sentenceCase } from './sentence-case.js';

/** Every redaction category, in the order screens list them. */
export const REDACTION_CATEGORIES = [
  'secret',
  'credential-url',
  'person-name',
  'account-id',
  'email',
  'phone',
  'street-address',
  'location',
  'card',
  'financial-account',
  'government-id',
  'device-id',
  'ip',
  'mac',
  'host',
  'wifi',
  'keyword',
] as const;

export type RedactionCategory = (typeof REDACTION_CATEGORIES)[number];

export const redactionCategorySchema = z.enum(REDACTION_CATEGORIES);

/** Each category in words, plural (they label counts). */
export const REDACTION_CATEGORY_WORDS: Record<RedactionCategory, string> = {
  secret: 'Passwords, keys, tokens and other secrets',
  'credential-url': 'Passwords in web addresses',
  'person-name': 'People\u2019s names',
  'account-id': 'User names and account ids',
  email: 'Email addresses',
  phone: 'Phone numbers and extensions',
  'street-address': 'Street addresses',
  location: 'GPS positions',
  card: 'Payment card numbers',
  'financial-account': 'Bank accounts, IBANs and card security codes',
  'government-id': 'National ids, passports, licences, vehicle ids and birth dates',
  'device-id': 'Device ids (IMEI, SIM, serial numbers, hardware and management ids)',
  ip: 'IP addresses',
  mac: 'Hardware (MAC) addresses',
  host: 'Computer and server names',
  wifi: 'Wi-Fi network names',
  keyword: 'Words you asked to hide',
};

/**
 * Every placeholder kind the redactor issues (the label before the number: <jwt-1>), with the
 * category it counts under. Bundles made before categories were kinds counted by these labels, so
 * the same table also reads an older bundle's count keys.
 */
export const PLACEHOLDER_CATEGORY = {
  secret: 'secret',
  jwt: 'secret',
  auth: 'secret',
  cookie: 'secret',
  'private-key': 'secret',
  'oauth-code': 'secret',
  'srtp-key': 'secret',
  'api-token': 'secret',
  'recovery-key': 'secret',
  'product-key': 'secret',
  'ssh-public-key': 'secret',
  'one-time-code': 'secret',
  'url-credentials': 'credential-url',
  name: 'person-name',
  user: 'account-id',
  'sip-user': 'account-id',
  sid: 'account-id',
  'meeting-id': 'account-id',
  'client-id': 'account-id',
  'cloud-account': 'account-id',
  home: 'account-id',
  email: 'email',
  phone: 'phone',
  extension: 'phone',
  'street-address': 'street-address',
  'postal-code': 'street-address',
  location: 'location',
  card: 'card',
  iban: 'financial-account',
  'bank-account': 'financial-account',
  'routing-number': 'financial-account',
  'swift-bic': 'financial-account',
  'card-security-code': 'financial-account',
  wallet: 'financial-account',
  'card-expiry': 'card',
  'national-id': 'government-id',
  passport: 'government-id',
  'driving-licence': 'government-id',
  'licence-plate': 'government-id',
  vin: 'government-id',
  'birth-date': 'government-id',
  'health-id': 'government-id',
  'member-id': 'account-id',
  'device-id': 'device-id',
  imei: 'device-id',
  iccid: 'device-id',
  ip: 'ip',
  mac: 'mac',
  host: 'host',
  wifi: 'wifi',
  keyword: 'keyword',
} as const satisfies Record<string, RedactionCategory>;

/** The category a manifest count key stands for (a current one, or one an older bundle wrote), or null. */
export function redactionCategoryOf(key: string): RedactionCategory | null {
  if ((REDACTION_CATEGORIES as readonly string[]).includes(key)) return key as RedactionCategory;
  return Object.hasOwn(PLACEHOLDER_CATEGORY, key) ? PLACEHOLDER_CATEGORY[key as keyof typeof PLACEHOLDER_CATEGORY] : null;
}

/** A manifest count key in words; an unknown key (a newer version's) in sentence case. */
export function redactionCategoryWords(key: string): string {
  const category = redactionCategoryOf(key);
  return category ? REDACTION_CATEGORY_WORDS[category] : sentenceCase(key);
}

/**
 * A manifest's counts by category, in the order screens list them: the keys of older bundles
 * folded into their category, unknown keys (a newer version's) kept at the end as they are.
 */
export function redactionCounts(byCategory: Readonly<Record<string, number>>): { key: string; words: string; count: number }[] {
  const merged = new Map<string, number>();
  for (const [key, count] of Object.entries(byCategory)) {
    const merge = redactionCategoryOf(key) ?? key;
    merged.set(merge, (merged.get(merge) ?? 0) + count);
  }
  const known = REDACTION_CATEGORIES.filter((category) => merged.has(category));
  const unknown = [...merged.keys()].filter((key) => !redactionCategoryOf(key));
  return [...known, ...unknown].map((key) => ({ key, words: redactionCategoryWords(key), count: merged.get(key)! }));
}
