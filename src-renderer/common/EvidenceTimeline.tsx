/**
 * What the Zoom logs say around the reported time (evidence.json) as a timeline of the window:
 * the events first, each with its kind in words, its time on the logs' clock and its file:line,
 * then the window's lines behind "Show the lines". Used by the wizard's review step and the
 * admin's "Review a bundle". Everything in it came from the logs: shown escaped (printable).
 */
import { useId } from 'react';
import { LOG_EVENT_KIND_WORDS, type LogEvent, type LogEvidence } from '../../src-shared/log-evidence.js';
import { sentenceStart } from '../../src-shared/glossary.js';
import { count } from '../../src-shared/plural-words.js';
import { printable, printableDeep } from '../../src-shared/printable-text.js';

/** "09:05:01" of an ISO time written with the logs' own offset: the clock the lines show. */
function clock(time: string | undefined): string {
  return time ? time.slice(11, 19) : 'no time';
}

/** What a row read from the line: "403 Forbidden", "401 on /v2/phone", "exact match". */
function detailWords(event: LogEvent): string {
  const d = event.detail;
  return [d.code && `${d.code}${d.reason ? ` ${d.reason}` : ''}`, d.pathFamily && `on ${d.pathFamily}`, d.match && `${d.match} match`].filter(Boolean).join(', ');
}

export function EvidenceTimeline({ evidence: read, summary, headingLevel = 3 }: { evidence: LogEvidence; summary?: string; headingLevel?: 3 | 4 }) {
  const evidence = printableDeep(read);
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const events = evidence.events.filter((e) => e.inWindow);
  const readable = evidence.files.length;
  const lines = evidence.windowLines;
  return (
    <section aria-labelledby={headingId} className="timeline" data-testid="evidence-timeline">
      <Heading id={headingId}>What the logs say around the reported time</Heading>
      <p className="muted" data-testid="timeline-window">
        {count(readable, 'readable Zoom log')} read
        {evidence.encrypted.count > 0 && `, ${count(evidence.encrypted.count, 'encrypted log')} not read (Zoom support decrypts them)`}; from {clock(evidence.window.from)} to {clock(evidence.window.to)} on the logs&rsquo; clock ({evidence.logTimeZone}).
      </p>
      {summary && <p data-testid="timeline-summary">{printable(summary)}</p>}
      {events.length > 0 ? (
        <ol className="timeline-events" data-testid="timeline-events" aria-label="Events in the logs around the reported time">
          {events.map((e) => (
            <li key={`${e.file}:${e.line}:${e.kind}`} data-kind={e.kind}>
              <time dateTime={e.time}>{clock(e.time)}</time> <strong>{sentenceStart(LOG_EVENT_KIND_WORDS[e.kind])}</strong>
              {detailWords(e) && <span>: {detailWords(e)}</span>} <code className="timeline-place">{`${e.file}:${e.line}`}</code>
            </li>
          ))}
        </ol>
      ) : (
        <p data-testid="timeline-no-events">No event in the logs within {evidence.window.minutes} minutes of the reported time.</p>
      )}
      {evidence.limits.eventsCut && <p className="muted">More events were in the window than are kept here: evidence.txt lists all that were kept.</p>}
      {evidence.notes.length > 0 && (
        <ul className="timeline-notes" data-testid="timeline-notes">
          {evidence.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {lines.length > 0 && (
        <details className="timeline-lines" data-testid="timeline-lines">
          <summary>Show the lines ({count(lines.length, 'line')}{evidence.limits.linesCut ? ', the nearest to the reported time' : ''})</summary>
          <pre tabIndex={0} aria-label="Log lines within the window">
            {lines.map((l) => `${l.file}:${l.line}  ${l.text}`).join('\n')}
          </pre>
        </details>
      )}
    </section>
  );
}
