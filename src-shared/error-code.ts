/**
 * Reads the Zoom Phone error code out of a notification text.
 *
 * Zoom's own guidance: when a notification shows a longer number, such as
 * "Call failed (code: 2202400)", the LAST THREE DIGITS are the code to troubleshoot (400).
 */

/** What a code usually means, from Zoom's Phone error guidance and the seed guide. */
export const ERROR_CODE_MEANINGS: Readonly<Record<string, string>> = {
  '400': 'Bad request: Zoom could not accept the request (stale session, bad number format, invalid data).',
  '403': 'Forbidden: account, licence or permission problem.',
  '404': 'Not found: the number, user or resource does not exist.',
  '408': 'Request timeout: the network path or service did not answer in time.',
  '480': 'Temporarily unavailable: the callee is not reachable right now.',
  '486': 'Busy here: the callee is busy.',
  '488': 'Not acceptable here: media or codec negotiation failed.',
  '502': 'Bad gateway: a network or service problem between you and Zoom.',
  '503': 'Service unavailable: a network or service problem.',
  '603': 'Declined: the call was declined.',
};

export interface ErrorCodeReading {
  /** The three-digit code to troubleshoot, e.g. "400". */
  code: string;
  /** The full number as it appeared, e.g. "2202400". */
  fullNumber: string;
  /** A plain-language meaning when one is known. */
  meaning: string | null;
}

/**
 * Finds the error code in free text. Prefers a number introduced by "code" or "error";
 * otherwise takes the last number of three or more digits. Returns null when there is none.
 */
export function readErrorCode(text: string): ErrorCodeReading | null {
  const labelled = [...text.matchAll(/(?:code|error)\s*[:#=]?\s*(\d{3,})/gi)];
  const candidates = labelled.length > 0 ? labelled : [...text.matchAll(/(?<![\d.])(\d{3,})(?![\d.])/g)];
  const last = candidates.at(-1);
  const fullNumber = last?.[1];
  if (!fullNumber) return null;
  const code = fullNumber.slice(-3);
  return { code, fullNumber, meaning: ERROR_CODE_MEANINGS[code] ?? null };
}
