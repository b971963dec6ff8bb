/**
 * The incident report: what the user tells support (the seed's "What to Send" list).
 * Single source of truth for the CLI flags, the renderer form and report.json.
 */
import { z } from 'zod';
import { reportDetailsSchema } from './report-details.js';

/** The action that failed, as the user would name it. */
export const FAILED_ACTIONS = [
  'dialing',
  'receiving-call',
  'sms',
  'sign-in',
  'phone-tab',
  'assign-number',
  'edit-phone-user',
  'api-request',
  'desk-phone-registration',
  'other',
] as const;

/** Who is affected: the seed's fast separation test. */
export const SCOPES = [
  'only-me',
  'several-users-one-site',
  'many-users-one-network',
  'many-users-many-networks',
  'one-device-type',
] as const;

/** The network the user was on when the error appeared. */
export const NETWORKS = ['office-wifi', 'wired-lan', 'vpn', 'mobile-data', 'home', 'other'] as const;

/** Recent changes the seed says to look for. */
export const RECENT_CHANGES = [
  'license-assignment',
  'calling-plan-change',
  'number-assignment',
  'site-migration',
  'role-permission-edit',
  'desk-phone-provisioning',
  'firewall-proxy-change',
  'api-automation-change',
  'app-update',
  'network-change',
] as const;

/** Questions a help desk's request link can answer for the user. */
export const LINK_ANSWERABLE = ['action', 'scope', 'network'] as const;

/** True when the runtime knows this IANA time zone name. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

export const failedActionSchema = z.enum(FAILED_ACTIONS);
export type FailedAction = z.infer<typeof failedActionSchema>;
export const scopeSchema = z.enum(SCOPES);
export const networkSchema = z.enum(NETWORKS);
export const recentChangeSchema = z.enum(RECENT_CHANGES);

export const incidentReportSchema = z.object({
  /** The exact error text as shown, e.g. "Call failed (code: 2202400)". */
  errorText: z.string().max(2000).default(''),
  /** When it happened, ISO 8601 with an offset or Z. */
  occurredAt: z.iso.datetime({ offset: true }),
  /** The IANA zone the user was in, e.g. "Europe/Berlin". */
  timeZone: z.string().refine(isValidTimeZone, { message: 'not a known IANA time zone' }),
  action: failedActionSchema.optional(),
  scope: scopeSchema.optional(),
  network: networkSchema.optional(),
  recentChanges: z.array(recentChangeSchema).default([]),
  notes: z.string().max(10000).default(''),
  /** Help-desk ticket reference, when the bundle was requested by link. */
  ticket: z.string().max(200).optional(),
  /**
   * Answers that came from a help desk's request link and were kept as they were: who sent the link
   * and which questions it answered. Triage then says the help desk said it, not the user.
   */
  answeredByLink: z
    .object({ helpdesk: z.string().max(120).optional(), fields: z.array(z.enum(LINK_ANSWERABLE)).min(1) })
    .optional(),
  /** Situation-specific extras (dialed number, API body, desk phone), see report-details.ts. */
  details: reportDetailsSchema.optional(),
});

/** What the user entered (after defaults). */
export type IncidentReport = z.output<typeof incidentReportSchema>;
/** What a caller may pass in (defaults not yet applied). */
export type IncidentReportInput = z.input<typeof incidentReportSchema>;
