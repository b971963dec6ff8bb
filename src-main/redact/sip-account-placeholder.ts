/**
 * The placeholder of a SIP account's user part (the 2101 of 2101@pbx, of reg.1.address or of Snom's
 * user_name1): a phone number by shape keeps its phone placeholder (<phone:+1:11d-2>), anything
 * else is a <sip-user-n>. The same rule as the user of a sip: URI, so one account is one placeholder
 * wherever a config or a header writes it.
 */
import { phoneDigits } from './phone-shape.js';
import type { PlaceholderIssuer } from './placeholders.js';
import { phonePlaceholder, simplePlaceholder } from './typed-placeholders.js';

/** <phone:...> for a number of 7-15 digits written with phone punctuation, else <sip-user-n>. */
export function sipAccountPlaceholder(placeholders: PlaceholderIssuer, user: string): string {
  const digits = phoneDigits(user);
  const isPhone = /^\+?[\d .()-]+$/.test(user) && digits.length >= 7 && digits.length <= 15;
  return isPhone ? phonePlaceholder(placeholders, user) : simplePlaceholder(placeholders, 'sip-user', user);
}
