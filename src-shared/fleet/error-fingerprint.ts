/**
 * The error fingerprint `zpb summarize` groups bundles by, in the manner of Sentry's message
 * grouping: the code to troubleshoot (the last three digits, as Zoom's guidance says) plus the
 * error text with everything that varies between reports of one fault masked (numbers, ids,
 * addresses, the redactor's placeholders), plus the action that failed.
 */

/** Maskers in order: the specific shapes first, so a number inside an address is not masked alone. */
const MASKS: ReadonlyArray<readonly [RegExp, string]> = [
  // The redactor's typed placeholders (<email-3>, <phone-12>) keep their type, not their number.
  [/<([a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*)-\d+>/gi, '<$1>'],
  [/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, '<url>'],
  [/[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/g, '<email>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g, '<ip>'],
  // IPv6: hex groups and at least two colons, told from a time (10:05:30) by '::' or a hex letter.
  [/(?<![\w:])(?=[0-9a-f:]*::|[\d:]*[a-f])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi, '<ip>'],
  [/\b\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?\b/gi, '<date>'],
  [/\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\b/gi, '<time>'],
  // Hex ids: long runs of hex digits that hold at least one digit (words like "deadbeef" stay words).
  [/\b(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/gi, '<hex>'],
  // Phone numbers ("+1 (415) 555-0134") and every other run of digits, with their separators.
  [/\+?(?:\(\d{1,5}\)\s?)?\d(?:[\d().,\s-]*\d)?/g, '<num>'],
];

/** The error text with its varying parts masked, case folded and spaces collapsed. */
export function maskErrorText(text: string): string {
  let masked = text;
  for (const [pattern, replacement] of MASKS) masked = masked.replace(pattern, replacement);
  return masked.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What a group of bundles shares. */
export interface ErrorFingerprint {
  /** The stable key: code, action and masked text joined by '|'. */
  key: string;
  /** The three-digit code, or undefined when the text held none. */
  errorCode?: string;
  action?: string;
  maskedText: string;
}

/** The fingerprint of one report's error. */
export function errorFingerprint(errorCode: string | undefined, errorText: string | undefined, action: string | undefined): ErrorFingerprint {
  const code = errorCode?.slice(-3);
  const maskedText = maskErrorText(errorText ?? '');
  return { key: [code ?? '-', action ?? '-', maskedText].join('|'), errorCode: code, action, maskedText };
}
