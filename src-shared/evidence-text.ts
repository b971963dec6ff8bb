/**
 * evidence.json in words: the few lines README.txt and `zpb inspect` show ("What the logs say"),
 * and evidence.txt, the whole of it as plain text for a help-desk agent. Every text from the logs
 * or the person is made printable (control and bidi-override characters escaped).
 */
import { LOG_EVENT_KIND_WORDS, type LogEvent, type LogEvidence, type LogPlace } from './log-evidence.js';
import { printable } from './printable-text.js';

/** "10:15:42" from an ISO time, or "no time". */
function clock(time: string | undefined): string {
  return time ? time.slice(11, 19) : 'no time';
}

function where(place: LogPlace): string {
  return `${place.file}:${place.line}`;
}

/** One event in a line: its kind, what it read, when and where. */
export function describeEvent(event: LogEvent): string {
  const d = event.detail;
  const what = [
    LOG_EVENT_KIND_WORDS[event.kind],
    d.code && `${d.code}${d.reason ? ` ${d.reason}` : ''}`,
    d.pathFamily && `on ${d.pathFamily}`,
    d.match && `(${d.match} match)`,
  ]
    .filter(Boolean)
    .join(' ');
  return printable(`${clock(event.time)}  ${what}  (${where(event)})`);
}

/** The short summary: what was read, what the window holds, the counts by kind, and the notes. */
export function evidenceSummaryLines(evidence: LogEvidence): string[] {
  const lines: string[] = [];
  const readable = evidence.files.length;
  lines.push(
    `${readable} readable Zoom log(s) read` +
      (evidence.encrypted.count ? `; ${evidence.encrypted.count} encrypted (Zoom support decrypts them)` : '') +
      `; window ${clock(evidence.window.from)}-${clock(evidence.window.to)} (${evidence.logTimeZone}): ${evidence.windowLines.length} line(s)`,
  );
  const inWindow = evidence.events.filter((e) => e.inWindow);
  if (inWindow.length > 0) {
    lines.push(`Around the reported time:`);
    for (const event of inWindow.slice(0, 8)) lines.push(`  ${describeEvent(event)}`);
    if (inWindow.length > 8) lines.push(`  ... ${inWindow.length - 8} more in evidence.txt`);
  }
  if (evidence.tallies.length > 0) {
    lines.push(
      `In all collected logs: ${evidence.tallies.map((t) => `${LOG_EVENT_KIND_WORDS[t.kind]} ${t.count}${t.inWindow ? ` (${t.inWindow} near the time)` : ''}`).join('; ')}`,
    );
  }
  for (const note of evidence.notes) lines.push(printable(note));
  return lines;
}

/** evidence.txt: the summary, every kept event, each file's facts and notes, and the window's lines. */
export function renderEvidenceText(evidence: LogEvidence): string {
  const out: string[] = [
    'What the Zoom logs say around the reported time',
    `Reported: ${printable(evidence.occurredAt)} (${printable(evidence.timeZone)}); logs written in ${printable(evidence.logTimeZone)}`,
    `Window: ${evidence.window.from} to ${evidence.window.to} (+/- ${evidence.window.minutes} minutes)`,
    `Searched for: ${[evidence.searched.fullNumber && `code ${evidence.searched.fullNumber}`, evidence.searched.code && `code ${evidence.searched.code} (loose)`, evidence.searched.text && `"${printable(evidence.searched.text)}"`].filter(Boolean).join(', ') || '(no code or text given)'}`,
    '',
    ...evidenceSummaryLines(evidence),
    '',
  ];
  if (evidence.tallies.length > 0) {
    out.push('Each kind, first and last time:');
    for (const t of evidence.tallies) {
      out.push(printable(`  ${LOG_EVENT_KIND_WORDS[t.kind]}: ${t.count} (${t.inWindow} in the window), first ${t.first.time ?? 'no time'} (${where(t.first)}), last ${t.last.time ?? 'no time'} (${where(t.last)})`));
    }
    out.push('');
  }
  if (evidence.events.length > 0) {
    out.push('Events (in the window first, then a few of each kind from the rest), each with its line:');
    for (const event of evidence.events) out.push(`  ${event.inWindow ? '*' : ' '} ${describeEvent(event)}`, printable(`      ${event.text}`));
    out.push('');
  }
  if (evidence.files.length > 0 || evidence.encrypted.count > 0) {
    out.push('Logs:');
    for (const f of evidence.files) {
      out.push(printable(`  ${f.path}: ${f.lines} line(s), timestamps ${f.timestamps}${f.formats.length ? ` (${f.formats.join(', ')})` : ''}${f.from ? `, ${f.from} to ${f.to}` : ''}, ${f.windowLines} in the window, ${f.events} event(s)`));
      for (const note of f.notes) out.push(printable(`    note: ${note}`));
    }
    for (const path of evidence.encrypted.files) out.push(printable(`  ${path}: encrypted, not read (Zoom support decrypts it)`));
    out.push('');
  }
  if (evidence.windowLines.length > 0) {
    out.push(`Lines within the window${evidence.limits.linesCut ? ` (the nearest ${evidence.windowLines.length}; more were in the window)` : ''}:`);
    for (const line of evidence.windowLines) out.push(printable(`  ${line.file}:${line.line}  ${line.text}`));
    out.push('');
  }
  return out.join('\n');
}
