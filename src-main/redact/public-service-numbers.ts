/**
 * Phone numbers that name no one and that support needs to read: Zoom's published meeting dial-in
 * numbers (toll and toll-free) and support lines, emergency numbers and the test line of emergency calling. Every
 * rule that issues a phone placeholder keeps these as written (typed-placeholders.ts).
 */
import { phoneDigits } from './phone-shape.js';

/**
 * Zoom's published dial-in numbers, E.164 digits. Source: the "Dial by your location" and "Or join
 * by phone" blocks Zoom writes into meeting invitations (the same list as zoom.us/zoomconference),
 * read from public invitations dated 2020-2024; checked 2026-12-07. Numbers Zoom retires stay
 * harmless here: they were Zoom's, never a person's.
 */
export const ZOOM_DIAL_IN_NUMBERS: readonly string[] = [
  // United States, toll.
  '+1 646 931 3860', '+1 669 444 9171', '+1 669 900 6833', '+1 689 278 1000', '+1 719 359 4580', '+1 253 205 0468', '+1 253 215 8782',
  '+1 301 715 8592', '+1 305 224 1968', '+1 309 205 3325', '+1 312 626 6799', '+1 346 248 7799', '+1 360 209 5623', '+1 386 347 5053',
  '+1 507 473 4847', '+1 564 217 2000', '+1 646 558 8656', '+1 646 876 9923', '+1 929 205 6099', '+1 408 638 0968', '+1 669 219 2599',
  '+1 470 381 2552', '+1 646 518 9805', '+1 720 928 9299', '+1 971 247 1195', '+1 213 338 8477', '+1 602 753 0140',
  // United States and Canada, toll-free.
  '+1 888 788 0099', '+1 833 548 0276', '+1 833 548 0282', '+1 877 853 5247', '+1 877 853 5257', '+1 855 880 1246', '+1 877 369 0926',
  '+1 855 703 8985',
  // Canada.
  '+1 778 907 2071', '+1 780 666 0144', '+1 204 272 7920', '+1 438 809 7799', '+1 587 328 1099', '+1 647 374 4685', '+1 647 558 0588',
  // United Kingdom (and its toll-free 0800 031 5717).
  '+44 208 080 6592', '+44 330 088 5830', '+44 131 460 1196', '+44 203 481 5237', '+44 203 481 5240', '+44 203 901 7895', '+44 208 080 6591',
  '+44 203 051 2874', '+44 800 031 5717',
  // Germany.
  '+49 69 3807 9883', '+49 69 3807 9884', '+49 69 5050 0951', '+49 69 5050 0952', '+49 695 050 2596', '+49 69 7104 9922', '+49 30 5679 5800',
  // France, Australia, Japan, Hong Kong, New Zealand, India, Czech Republic, Mexico, Italy, Korea, Austria, Poland.
  '+33 1 7037 2246', '+33 1 7037 9729', '+33 7 5678 4048', '+61 2 8015 6011', '+61 3 7018 2005', '+61 8 7150 1149', '+61 7 3185 3730',
  '+61 8 6119 3900', '+81 3 4578 1488', '+81 524 564 439', '+852 5803 3730', '+852 5803 3731', '+852 5808 6088', '+852 3008 3297',
  '+852 3012 6283', '+64 3 659 0603', '+64 4 886 0026', '+64 9 884 6780', '+91 22 48 798 004', '+91 22 71 279 525', '+91 80 71 279 440',
  '+420 2 2888 2388', '+420 2 3901 8272', '+420 5 3889 0161', '+52 554 169 6926', '+52 556 826 9800', '+52 558 659 6001', '+52 558 659 6002',
  '+52 554 161 4288', '+39 020 066 7245', '+39 021 241 28 823', '+39 069 480 6488', '+82 2 3143 9611', '+82 2 3143 9612', '+43 12 535 502',
  '+43 670 309 0165', '+43 72 011 5988', '+43 120 609 3072', '+43 12 535 501', '+48 22 306 5342', '+48 22 307 3488', '+48 22 398 7356',
];

/**
 * Zoom's published support lines, E.164 digits. Source: Zoom's "Zoom technical support" / support
 * guidelines article on support.zoom.us (KB0065141, formerly 201362003) in its English, Chinese and
 * Portuguese copies from 2020-2024; checked 2026-12-08. A user who writes "call Zoom support on
 * +1 888 799 9666" names Zoom, not a person, and support needs to see which line was called.
 */
export const ZOOM_SUPPORT_NUMBERS: readonly string[] = [
  // United States, toll-free and toll.
  '+1 888 799 9666', '+1 650 397 6096',
  // Australia, France, India, Japan, New Zealand, Singapore, United Kingdom, Hong Kong, Malaysia.
  '+61 1800 768 027', '+33 800 94 64 64', '+33 800 90 30 79', '+91 800 050 2040', '+91 1800 919 0772', '+81 800 170 5174', '+64 800 475 039',
  '+65 800 321 1249', '+65 800 321 1178', '+44 800 368 7314', '+44 20 7039 8961', '+44 20 3890 5445', '+852 3002 3757', '+60 1800 81 9551',
];

/**
 * Emergency numbers (911 North America, 112 Europe and GSM, 999 UK, 000 Australia, 110 and 119
 * Japan, China, Korea) and 933, the emergency-address test line of North American carriers and
 * Zoom Phone; 9911 and 9112 are the same dialled behind a PBX's outside-line digit.
 */
export const EMERGENCY_NUMBERS: readonly string[] = ['911', '112', '999', '000', '110', '119', '933', '9911', '9112'];

const ZOOM_E164 = new Set([...ZOOM_DIAL_IN_NUMBERS, ...ZOOM_SUPPORT_NUMBERS].map(phoneDigits));
const EMERGENCY = new Set(EMERGENCY_NUMBERS);

/**
 * True when a phone number as written is a public service number: one of Zoom's dial-in or support numbers
 * written internationally (+1 669 900 6833, 0044 203 481 5237), or a North American one written
 * nationally (669-900-6833, 1 888 788 0099), or an emergency number. Another country's national
 * spelling is not compared: without its country the same digits may be someone's number elsewhere.
 */
export function isPublicServiceNumber(text: string): boolean {
  const digits = phoneDigits(text);
  if (EMERGENCY.has(digits)) return true;
  const written = text.trimStart();
  if (written.startsWith('+')) return ZOOM_E164.has(digits);
  if (digits.startsWith('00')) return ZOOM_E164.has(digits.slice(2));
  if (digits.length === 10) return ZOOM_E164.has(`1${digits}`);
  return digits.length === 11 && digits.startsWith('1') && ZOOM_E164.has(digits);
}
