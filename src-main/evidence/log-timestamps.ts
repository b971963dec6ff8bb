/**
 * The timestamp forms log lines start with, as data (one row per form, each with the public text
 * it was written from), and the reader that tries them on the start of a line. A form that
 * carries no offset is wall-clock time of the machine that wrote the log; a form without a year or
 * a date leaves it to the caller (log-time-resolver.ts) to place. A line that starts with none of
 * these has no time: an unknown form gives no time, never a wrong one.
 */

/** What the start of a line said: wall-clock fields, and the offset when the line gave one. */
export interface LineStamp {
  /** Id of the form (LOG_TIMESTAMP_FORMS). */
  form: string;
  /** Wall-clock time as if it were UTC (Date.UTC of the fields); year/date filled by the caller when unknown. */
  year?: number;
  month?: number;
  day?: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC when the line said so (Z, +02:00). */
  offsetMinutes?: number;
}

export interface TimestampForm {
  id: string;
  /** Anchored at the start of the line. */
  pattern: RegExp;
  read(match: RegExpExecArray): LineStamp | null;
  source: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Milliseconds from a fraction of any length ("5", "165", "657707"). */
function fraction(digits: string | undefined): number {
  return digits ? Math.floor(Number(`0.${digits}`) * 1000) : 0;
}

function offset(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (text === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function valid(stamp: LineStamp): LineStamp | null {
  if (stamp.hour > 23 || stamp.minute > 59 || stamp.second > 60) return null;
  if (stamp.month !== undefined && (stamp.month < 1 || stamp.month > 12)) return null;
  if (stamp.day !== undefined && (stamp.day < 1 || stamp.day > 31)) return null;
  return stamp;
}

const n = (text: string | undefined) => Number(text);

export const LOG_TIMESTAMP_FORMS: readonly TimestampForm[] = [
  {
    id: 'iso-8601',
    // "2025-05-14T11:27:50+02:00", "2017-03-18T01:12:44.757Z", "2021-08-27 11:14:40,165", "[2026-01-08 14:23:45.123]".
    pattern: /^\[?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?(?![\d:])/,
    read: (m) => valid({ form: 'iso-8601', year: n(m[1]), month: n(m[2]), day: n(m[3]), hour: n(m[4]), minute: n(m[5]), second: n(m[6]), ms: fraction(m[7]), offsetMinutes: offset(m[8]) }),
    source: 'Zed logs with offsets (zed-industries/zed #30681, #19734), GitHub Desktop "2017-03-18T01:12:44.757Z - error:" (desktop/desktop #1044), eduVPN "2021-08-27 11:14:40,165 - MainThread" (eduvpn/python-eduvpn-client #407), openrvdas "2021-08-04 15:47:59,991Z" (OceanDataTools/openrvdas #282)',
  },
  {
    id: 'chromium',
    // "[606:611:1007/174153.681604:ERROR:...]", "[1125/145732.547:ERROR:...]": month, day, time; no year (CEF's cef.log).
    pattern: /^\[(?:\d+:){0,2}(\d{2})(\d{2})\/(\d{2})(\d{2})(\d{2})(?:\.(\d{1,6}))?:/,
    read: (m) => valid({ form: 'chromium', month: n(m[1]), day: n(m[2]), hour: n(m[3]), minute: n(m[4]), second: n(m[5]), ms: fraction(m[6]) }),
    source: 'Chromium/CEF log prefixes in klzgrad/naiveproxy #600, OSSystems/meta-browser #932, jerry3747/taobao_seckill #25',
  },
  {
    id: 'ctime',
    // "Sat Jan 31 19:09:08 2026  {tag:...} Client INFO: ..." (openvpn3 session journal).
    pattern: /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})\b/,
    read: (m) => valid({ form: 'ctime', year: n(m[6]), month: MONTHS.indexOf(m[1]!) + 1, day: n(m[2]), hour: n(m[3]), minute: n(m[4]), second: n(m[5]), ms: 0 }),
    source: 'openvpn3-admin journal lines (OpenVPN/openvpn3-indicator #37)',
  },
  {
    id: 'syslog',
    // "Feb 14 16:19:39 host nm-openvpn[292931]: ...", "Mar  3 11:48:16 ...", Asterisk's "[May 15 13:36:48] ERROR[...]": no year.
    pattern: /^\[?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?\b/,
    read: (m) => valid({ form: 'syslog', month: MONTHS.indexOf(m[1]!) + 1, day: n(m[2]), hour: n(m[3]), minute: n(m[4]), second: n(m[5]), ms: fraction(m[6]) }),
    source: 'syslog lines in linuxmint/cinnamon #9932 and adrienverge/openfortivpn #252; Asterisk console in DoubangoTelecom/sipml5 #226',
  },
  {
    id: 'time-only',
    // pjsua "19:14:10.311 pjsua_acc.c ...", ZoomNet "02:20:31 fail: ...": time of day only.
    pattern: /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))? /,
    read: (m) => valid({ form: 'time-only', hour: n(m[1]), minute: n(m[2]), second: n(m[3]), ms: fraction(m[4]) }),
    source: 'pjsua logs (JFC-Group/JFC-microsip #1), ZoomNet request log (Jericho/ZoomNet #193)',
  },
];

/** The first form that reads the start of the line, or null (no time, or a form not known here). */
export function readLineStamp(line: string): LineStamp | null {
  const first = line.charCodeAt(0);
  // Only digits, '[' and capital letters can start a known form: most lines are ruled out by one test.
  const digit = first >= 48 && first <= 57;
  if (!digit && first !== 91 && !(first >= 65 && first <= 90)) return null;
  for (const form of LOG_TIMESTAMP_FORMS) {
    const match = form.pattern.exec(line);
    if (match) return form.read(match);
  }
  return null;
}
