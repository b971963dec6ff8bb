/**
 * The seed's Quick Fix steps that fit the situation, in the order to try them. Refreshing the
 * session always comes first: it is cheap and fixes the most common cause (a stale session).
 */
import type { Finding } from './finding.js';
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

/** Picks the quick fixes for this input and these findings. */
export function quickFixes(input: TriageInput, findings: Finding[]): string[] {
  const has = (id: string) => findings.some((f) => f.id === id);
  const steps: string[] = [QUICK_FIX_STEPS.refreshSession];
  if (input.report.action === 'dialing') steps.push(QUICK_FIX_STEPS.checkNumber);
  if (has('measured.old-zoom-version')) steps.push(QUICK_FIX_STEPS.update);
  if (has('measured.vpn-proxy') || has('measured.blocked-ports') || has('measured.tls-interception') || has('seed.one-network')) steps.push(QUICK_FIX_STEPS.otherNetwork);
  if (has('seed.one-user')) steps.push(QUICK_FIX_STEPS.askAdminUser);
  if (has('repair.many-networks') || has('measured.service-incident')) steps.push(QUICK_FIX_STEPS.serviceStatus);
  if (has('seed.api-automation')) steps.push(QUICK_FIX_STEPS.apiBody);
  return steps;
}
