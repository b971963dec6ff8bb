/**
 * Who gave an answer: the user, or the help desk's request link (when the link answered it and the
 * user kept it). Evidence must say which, because a help desk's guess is not the user's report.
 */
import type { LINK_ANSWERABLE } from '../incident-report.js';
import type { TriageInput } from './triage-input.js';

type Answerable = (typeof LINK_ANSWERABLE)[number];

/** True when this answer came from the request link. */
export function fromLink(input: TriageInput, field: Answerable): boolean {
  return input.report.answeredByLink?.fields.includes(field) ?? false;
}

/** "The request link from IT Service Desk" (or "The help desk's request link" when it names nobody). */
export function linkSource(input: TriageInput): string {
  const helpdesk = input.report.answeredByLink?.helpdesk;
  return helpdesk ? `The request link from ${helpdesk}` : 'The help desk\u2019s request link';
}

/** An answer line with its source when it came from the link: "Scope: only me (answered by the request link from IT)". */
export function withSource(input: TriageInput, field: Answerable, line: string): string {
  return fromLink(input, field) ? `${line} (answered by ${linkSource(input).replace(/^The /, 'the ')}, not by the user)` : line;
}
