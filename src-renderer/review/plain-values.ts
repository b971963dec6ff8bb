/**
 * The admin review's values in people's words: the incident time in its own zone, the connection,
 * VPN and proxy verdicts, probe results, and a verification problem as one sentence without the
 * zip library's text (that stays in `zpb inspect --json` for those who need it).
 */
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

const PROBE_RESULTS: Readonly<Record<string, string>> = {
  ok: 'Works',
  open: 'Works',
  answered: 'Works',
  refused: 'Connection refused',
  timeout: 'No answer in time',
  unreachable: 'Unreachable',
  'no-answer': 'No answer',
  'not-found': 'Name not found',
  intercepted: 'Intercepted (certificate not issued for Zoom)',
  'protocol-too-old': 'Old TLS version',
  'cert-expired': 'Certificate expired',
  'unexpected-status': 'Answered, unexpected status',
  degraded: 'Zoom reports a problem',
  'not-testable': 'Not testable from one computer',
  error: 'Failed',
};

/** A probe verdict in words. */
export function probeResultWords(verdict: string): string {
  return PROBE_RESULTS[verdict] ?? verdict;
}

/** One sentence for a problem; a file that is not a zip says only that. */
export function problemSentence(problem: InspectProblem): string {
  if (problem.kind === 'not-a-zip') return 'This file is not a support bundle: it is not a zip file.';
  if (problem.kind === 'unreadable') return 'This zip file is damaged and could not be read.';
  return problem.message.charAt(0).toUpperCase() + problem.message.slice(1) + (problem.message.endsWith('.') ? '' : '.');
}
