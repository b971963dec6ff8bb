/**
 * Patterns for the person's own error in the logs, built from what they typed: the full number
 * ("2202400") is an exact match; the three-digit code after a word that introduces a code
 * ("code: 400", "SIP/2.0 400", "status 400") or the words of the message ("Call failed") are a
 * loose one. A short number alone (a typed "400") is only ever a loose match: "400" on its own
 * is in too many lines to say it is the error.
 */
import { readErrorCode } from '../../src-shared/error-code.js';

export interface ReportedErrorPattern {
  match: 'exact' | 'loose';
  pattern: RegExp;
  /** Literals one of which every match contains (case-sensitive), as in the event table. */
  hint: readonly string[];
}

export interface ReportedErrorSearch {
  code?: string;
  fullNumber?: string;
  text?: string;
  patterns: ReportedErrorPattern[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The message without its code and the words around it ("Call failed (code: 2202400)" -> "Call failed"). */
function messageWords(errorText: string): string[] {
  const without = errorText.replace(/\(?\s*(?:error\s+)?(?:code|error)?\s*[:#=]?\s*\d{3,}\s*\)?/gi, ' ');
  return without.split(/[^A-Za-z0-9']+/).filter((word) => word.length > 0);
}

/** What to look for; no patterns when the person typed nothing to look for. */
export function reportedErrorSearch(errorText: string): ReportedErrorSearch {
  const reading = readErrorCode(errorText);
  const patterns: ReportedErrorPattern[] = [];
  if (reading && reading.fullNumber.length >= 5) {
    patterns.push({ match: 'exact', pattern: new RegExp(`(?<![\\d.])${reading.fullNumber}(?![\\d.])`), hint: [reading.fullNumber] });
  }
  if (reading) {
    patterns.push({
      match: 'loose',
      pattern: new RegExp(`\\b(?:code|error|status|SIP\\/2\\.0|HTTP\\/[\\d.]+)\\W{0,3}${reading.code}(?![\\d.])`, 'i'),
      // Lower-case stems: "code", "Code", "error", "Error" (each hint is one more scan of every log).
      hint: ['ode', 'rror', 'tatus', 'SIP/2.0 ', 'HTTP/'],
    });
  }
  const words = messageWords(errorText);
  const text = words.join(' ');
  // Two words at least, or the message is too common to mean anything ("failed").
  if (words.length >= 2 && text.length >= 8) {
    const longest = [...words].sort((a, b) => b.length - a.length)[0]!.toLowerCase();
    patterns.push({
      match: 'loose',
      pattern: new RegExp(`\\b${words.map(escape).join('\\W+')}\\b`, 'i'),
      // The longest word without its first letter finds it in lower case and capitalised ("failed", "Failed").
      hint: [longest.length > 3 ? longest.slice(1) : longest],
    });
  }
  return { ...(reading ? { code: reading.code, fullNumber: reading.fullNumber } : {}), ...(words.length >= 2 && text.length >= 8 ? { text } : {}), patterns };
}
