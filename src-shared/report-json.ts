/**
 * report.json, the bundle entry with what the person reported: the incident report as entered plus
 * the error code read from its text. Written by create-bundle.ts with this type; read by `zpb
 * inspect`, the review screen and the fleet facts through readReportJson, by field, so an older
 * or edited report still gives every field that is in shape.
 */
import { z } from 'zod';
import type { ErrorCodeReading } from './error-code.js';
import type { IncidentReport } from './incident-report.js';

/** report.json as written. */
export type ReportJson = IncidentReport & {
  /** The code read from errorText (readErrorCode), null when it names none. */
  errorCode: ErrorCodeReading | null;
};

/** A text field as read: a string; anything else (a number in a hand-edited file) reads as absent. */
const text = z.string().optional().catch(undefined);

/** What readers take from report.json; every field may be absent. */
export const reportFactsSchema = z.object({
  ticket: text,
  errorText: text,
  errorCode: z.object({ code: text, fullNumber: text, meaning: text.nullable() }).nullable().optional().catch(undefined),
  occurredAt: text,
  timeZone: text,
  action: text,
  scope: text,
  network: text,
});
export type ReportFacts = z.output<typeof reportFactsSchema>;

/** The facts of a bundle's report.json (parsed JSON); a value that is not an object reads as no facts. */
export function readReportJson(value: unknown): ReportFacts {
  return reportFactsSchema.catch({}).parse(value ?? {});
}
