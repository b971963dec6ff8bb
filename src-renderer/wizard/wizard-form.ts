/**
 * What the wizard's form holds, its defaults, and how it becomes the shared IncidentReport input
 * (only the extras that fit the chosen action are sent).
 */
import { incidentReportSchema, type IncidentReportInput, type LINK_ANSWERABLE } from '../../src-shared/incident-report.js';
import { DEFAULT_LOG_WINDOW_HOURS, type FormRedaction } from '../../src-shared/form-policy.js';
import type { RequestLink } from '../../src-shared/request-link.js';
import type { ReportDetails } from '../../src-shared/report-details.js';
import { wallClock, zonedIso } from '../../src-shared/zoned-time.js';

type Report = IncidentReportInput;
type Details = ReportDetails;

export interface WizardForm {
  errorText: string;
  /** A screenshot the user attached; images are not redacted, so it is kept only in the form. */
  screenshot: { name: string; bytes: number; dataUrl: string } | null;
  date: string;
  time: string;
  timeZone: string;
  action: Report['action'] | '';
  scope: Report['scope'] | '';
  network: Report['network'] | '';
  surface: Details['surface'] | '';
  recentChanges: NonNullable<Report['recentChanges']>;
  notes: string;
  dialedNumber: string;
  internalCalls: Details['internalCalls'] | '';
  apiResponseBody: string;
  deskPhoneModel: string;
  deskPhoneFirmware: string;
  desktopAppWorks: Details['desktopAppWorks'] | '';
  /** Run the network probes while collecting. */
  probes: boolean;
  /** How much is hidden (never below the organisation's minimum). */
  redaction: FormRedaction;
  /** Hours of Zoom logs to collect (never above the organisation's maximum). */
  logWindowHours: number;
  /** Questions a help desk's request link filled in (the user had not answered them). */
  linkFilled: (typeof LINK_ANSWERABLE)[number][];
}

/** A blank form: now, in the given zone. */
export function defaultForm(now: Date, timeZone: string): WizardForm {
  return {
    errorText: '',
    screenshot: null,
    ...wallClock(now, timeZone),
    timeZone,
    action: '',
    scope: '',
    network: '',
    surface: '',
    recentChanges: [],
    notes: '',
    dialedNumber: '',
    internalCalls: '',
    apiResponseBody: '',
    deskPhoneModel: '',
    deskPhoneFirmware: '',
    desktopAppWorks: '',
    probes: true,
    redaction: 'standard',
    logWindowHours: DEFAULT_LOG_WINDOW_HOURS,
    linkFilled: [],
  };
}

/** True when the desk phone questions apply. */
export const isDeskPhone = (form: Pick<WizardForm, 'action' | 'surface'>) => form.action === 'desk-phone-registration' || form.surface === 'desk-phone';

/** The link's answers the user kept as they were: triage then says the help desk gave them. */
function answeredByLink(form: WizardForm, request: RequestLink | null): IncidentReportInput['answeredByLink'] {
  if (!request) return undefined;
  const fields = form.linkFilled.filter((field) => form[field] !== '' && form[field] === request[field]);
  return fields.length > 0 ? { ...(request.helpdesk ? { helpdesk: request.helpdesk } : {}), fields } : undefined;
}

/** The report to send to main; null when the date or time cannot be read. */
export function reportFromForm(form: WizardForm, request: RequestLink | null = null): IncidentReportInput | null {
  const occurredAt = zonedIso(form.date, form.time, form.timeZone);
  if (!occurredAt) return null;
  const details: ReportDetails = {};
  if (form.surface) details.surface = form.surface;
  if (form.action === 'dialing') {
    if (form.dialedNumber) details.dialedNumber = form.dialedNumber;
    if (form.internalCalls) details.internalCalls = form.internalCalls;
  }
  if (form.action === 'api-request' && form.apiResponseBody.trim()) details.apiResponseBody = form.apiResponseBody;
  if (isDeskPhone(form)) {
    if (form.deskPhoneModel.trim()) details.deskPhoneModel = form.deskPhoneModel.trim();
    if (form.deskPhoneFirmware.trim()) details.deskPhoneFirmware = form.deskPhoneFirmware.trim();
    if (form.desktopAppWorks) details.desktopAppWorks = form.desktopAppWorks;
  }
  return {
    errorText: form.errorText.trim(),
    occurredAt,
    timeZone: form.timeZone,
    ...(form.action ? { action: form.action } : {}),
    ...(form.scope ? { scope: form.scope } : {}),
    ...(form.network ? { network: form.network } : {}),
    recentChanges: form.recentChanges,
    notes: form.notes,
    ...(Object.keys(details).length > 0 ? { details } : {}),
    ...(answeredByLink(form, request) ? { answeredByLink: answeredByLink(form, request) } : {}),
  };
}

/** The form fields main checks for length, as the user knows them. */
const FIELD_NAMES: Record<string, string> = {
  errorText: 'The error text',
  notes: 'The notes',
  'details.dialedNumber': 'The dialed number',
  'details.apiResponseBody': 'The API response body',
  'details.deskPhoneModel': 'The desk phone model',
  'details.deskPhoneFirmware': 'The firmware version',
};

/**
 * Why main would refuse this report (a text over its length limit, checked with the shared schema),
 * as a sentence saying what to do; null when it is fine. Without this the user only saw main's
 * validation message after pressing Collect, and "Try again" failed the same way.
 */
export function reportProblem(report: IncidentReportInput): string | null {
  const parsed = incidentReportSchema.safeParse(report);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const field = FIELD_NAMES[issue.path.join('.')];
  if (issue.code === 'too_big' && field) return `${field} must be at most ${String(issue.maximum)} characters long. Shorten, then collect again.`;
  return 'Some of what you entered cannot be used. Check each step, then collect again.';
}
