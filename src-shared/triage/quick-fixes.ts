/**
 * The seed's Quick Fix steps that fit the situation, in the order to try them. Refreshing the
 * session comes first where it applies (calls and the app: it is cheap and fixes the most common
 * cause, a stale session), never for API requests, portal edits or desk phones.
 */
import type { FailedAction } from '../incident-report.js';
import type { Finding, FindingId } from './finding.js';
import type { TriageInput } from './triage-input.js';

export const QUICK_FIX_STEPS = {
  refreshSession: 'Sign out, quit Zoom fully (from the tray, Dock or menu bar), open it again and sign in.',
  checkNumber: 'Check the dialed number: type it by hand with the country code, area code and number.',
  update: 'Update Zoom Workplace (profile picture, then Check for Updates).',
  otherNetwork: 'Try a different network: a mobile hotspot, or a network without VPN or proxy filtering.',
  askAdminUser: 'Ask your admin to verify your Zoom Phone license, extension, calling package and number.',
  serviceStatus: 'Check Zoom service status and local firewall or proxy rules before changing user profiles.',
  apiBody: 'Inspect the request body, required fields, plan IDs, scopes and the validation message.',
} as const;

/** Actions done in the Zoom Workplace app, where a stale app session is the common cause. */
const APP_ACTIONS: ReadonlySet<FailedAction> = new Set(['dialing', 'receiving-call', 'sms', 'sign-in', 'phone-tab']);

/** Findings about the network path that make "try another network" worth it (when at least "possible"). */
const NETWORK_FINDINGS: readonly FindingId[] = ['measured.vpn-proxy', 'measured.blocked-ports', 'measured.dns-failure', 'measured.tls-interception', 'seed.one-network', 'logs.network-change'];

/** True when the failure happened in the Zoom app (by the action, or, for "other"/unanswered, where it was seen). */
function isAppError(input: TriageInput): boolean {
  const action = input.report.action;
  if (action && APP_ACTIONS.has(action)) return true;
  const surface = input.report.details?.surface;
  return (action === undefined || action === 'other') && (surface === 'desktop-app' || surface === 'mobile-app');
}

/** Picks the quick fixes for this input and these findings. */
export function quickFixes(input: TriageInput, findings: Finding[]): string[] {
  const has = (id: FindingId) => findings.some((f) => f.id === id);
  const counts = (id: FindingId) => findings.some((f) => f.id === id && f.confidence !== 'low');
  const steps: string[] = [];
  if (isAppError(input)) steps.push(QUICK_FIX_STEPS.refreshSession);
  if (input.report.action === 'dialing') steps.push(QUICK_FIX_STEPS.checkNumber);
  if (has('measured.old-zoom-version')) steps.push(QUICK_FIX_STEPS.update);
  if (NETWORK_FINDINGS.some(counts)) steps.push(QUICK_FIX_STEPS.otherNetwork);
  if (has('seed.one-user') || counts('logs.account-refused')) steps.push(QUICK_FIX_STEPS.askAdminUser);
  if (has('repair.many-networks') || has('measured.service-incident')) steps.push(QUICK_FIX_STEPS.serviceStatus);
  if (has('seed.api-automation') || has('repair.api-request')) steps.push(QUICK_FIX_STEPS.apiBody);
  return steps;
}
