/**
 * Choices only an admin can answer (portal edits, API automation, site migrations...) stay out of
 * an employee's way: they appear when a help desk's request link asks for them (`admin=1`, or an
 * admin action it pre-fills) or when one is already chosen.
 */
import type { FailedAction, RECENT_CHANGES } from '../../src-shared/incident-report.js';
import type { RequestLink } from '../../src-shared/request-link.js';
import type { SURFACES } from '../../src-shared/report-details.js';
import { ACTION_LABELS, SURFACE_LABELS } from './choice-labels.js';
import type { WizardForm } from './wizard-form.js';

/** Actions done in the admin portal or through the API. */
const ADMIN_ACTIONS: ReadonlySet<string> = new Set<FailedAction>(['assign-number', 'edit-phone-user', 'api-request']);
/** Where only admins and developers see errors. */
const ADMIN_SURFACES: ReadonlySet<string> = new Set<(typeof SURFACES)[number]>(['web-portal', 'api']);
/** Changes made by admins, which an employee cannot know about. */
export const ADMIN_CHANGES: ReadonlySet<string> = new Set<(typeof RECENT_CHANGES)[number]>(['site-migration', 'api-automation-change', 'role-permission-edit', 'calling-plan-change', 'license-assignment']);

const without = <K extends string>(labels: Record<K, string>, hidden: ReadonlySet<string>) =>
  Object.fromEntries(Object.entries(labels).filter(([key]) => !hidden.has(key))) as Record<K, string>;

export const EMPLOYEE_ACTION_LABELS = without(ACTION_LABELS, ADMIN_ACTIONS);
export const EMPLOYEE_SURFACE_LABELS = without(SURFACE_LABELS, ADMIN_SURFACES);

/** True when the admin-level choices should be offered. */
export function showAdminChoices(form: Pick<WizardForm, 'action' | 'surface' | 'recentChanges'>, request: RequestLink | null): boolean {
  if (request?.admin) return true;
  if (request?.action && ADMIN_ACTIONS.has(request.action)) return true;
  return (!!form.action && ADMIN_ACTIONS.has(form.action)) || (!!form.surface && ADMIN_SURFACES.has(form.surface));
}
