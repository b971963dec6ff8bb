/**
 * The admin review's values in people's words: the incident time in its own zone, the connection,
 * VPN and proxy verdicts (probe results: the glossary), and a verification problem as one sentence without the
 * zip library's text (that stays in `zpb inspect --json` for those who need it).
 */
import { sentenceStart } from '../../src-shared/glossary.js';
import type { InspectProblem } from '../../src-shared/inspect-result.js';
import { formatOffset, zoneOffsetMinutes } from '../../src-shared/zoned-time.js';

const WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  connectionType: { wired: 'Wired', wifi: 'Wi-Fi', unknown: 'Unknown' },
  vpn: { detected: 'VPN in use', possible: 'Possibly a VPN (weak signs)', none: 'No VPN', unknown: 'Could not tell' },
  proxy: { proxy: 'Through a proxy', 'auto-config': 'Automatic proxy configuration (PAC/WPAD)', none: 'No proxy', unknown: 'Could not tell' },
};

/** A measured verdict in words ("No VPN"), or the value as it is when this version does not know it. */
export function verdictWords(key: string, value: string): string {
  return WORDS[key]?.[value] ?? value;
}

/** "26 Nov 2026, 09:00 (Europe/Berlin, UTC+01:00)": the incident's local time where it happened. */
export function localTime(iso: string, timeZone: string | undefined): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const zone = timeZone && isZone(timeZone) ? timeZone : 'UTC';
  const text = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(at);
  return `${text} (${zone}, UTC${formatOffset(zoneOffsetMinutes(zone, at))})`;
}

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** One sentence for a problem; a file that is not a zip says only that. */
export function problemSentence(problem: InspectProblem): string {
  if (problem.kind === 'not-a-zip') return 'This file is not a support bundle: it is not a zip file.';
  if (problem.kind === 'unreadable') return 'This zip file is damaged and could not be read.';
  // A message that starts with the entry's path names the file in words first: never "Logs/zoom/...".
  const text = problem.path && problem.message.startsWith(problem.path) ? `The file ${problem.message}` : sentenceStart(problem.message);
  return text + (text.endsWith('.') ? '' : '.');
}
