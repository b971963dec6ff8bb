/**
 * The placeholder of each kind of value, in one place so the text rules and the structured JSON
 * redaction give a value the same placeholder (<phone:+1:10d-2> in a log and in report.json).
 * Each helper normalises the value the way its category compares values (phone by digits, MAC in
 * lower-case colon form) before asking the bundle's Placeholders.
 */
import { isPublicServiceNumber } from './public-service-numbers.js';
import { phoneDigits, phoneShape } from './phone-shape.js';
import type { PlaceholderKind } from './placeholder-kinds.js';
import type { PlaceholderIssuer } from './placeholders.js';

/** A placeholder numbered within its kind: <email-3>. */
export function simplePlaceholder(placeholders: PlaceholderIssuer, kind: PlaceholderKind, value: string): string {
  return placeholders.get(kind, value);
}

/**
 * A phone number as written: "+44 (0)20 7183 8750" drops the "(0)" trunk digit that is not part of
 * the international number, and "0049 ..." (the 00 international prefix) counts as "+49 ...", so
 * every way of writing one number gives one placeholder.
 */
export function normalisePhone(text: string): string {
  const withoutTrunk = text.replace(/\(0\)/g, '');
  return /^\s*00[1-9]/.test(withoutTrunk) ? `+${withoutTrunk.trimStart().slice(2)}` : withoutTrunk;
}

/** <phone:+1:10d-3>: keeps the country code and digit count, numbered by the digits. */
export function phonePlaceholder(placeholders: PlaceholderIssuer, text: string): string {
  // Zoom's dial-in numbers and emergency numbers name no one: kept as written (public-service-numbers.ts).
  if (isPublicServiceNumber(text)) return text;
  const normal = normalisePhone(text);
  return placeholders.get('phone', phoneDigits(normal), () => `phone:${phoneShape(normal)}`, text);
}

/** True when text is a plausible whole phone number (7-15 digits, only phone punctuation). */
export function isPhoneNumber(text: string): boolean {
  if (!/^\+?[\d .()/-]+$/.test(text)) return false;
  const digits = phoneDigits(normalisePhone(text)).length;
  return digits >= 7 && digits <= 15;
}

/** <ext:4d-1>: an internal extension keeps its length (it tells a desk phone from a queue). */
export function extensionPlaceholder(placeholders: PlaceholderIssuer, digits: string): string {
  return placeholders.get('extension', digits, `ext:${digits.length}d`);
}

/** A MAC in any notation (00:1A:.., 00-1a-.., 001a.2b3c.4d5e, 001a2b3c4d5e), or null when it is not one. */
export function macPlaceholder(placeholders: PlaceholderIssuer, text: string): string | null {
  const hex = text.replace(/[:.-]/g, '').toLowerCase();
  if (!/^[0-9a-f]{12}$/.test(hex)) return null;
  return simplePlaceholder(placeholders, 'mac', hex.match(/../g)!.join(':'));
}
