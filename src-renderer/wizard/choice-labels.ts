/** Plain-language labels for the report's choices, in the words an employee would use. */
import type { FAILED_ACTIONS, NETWORKS, RECENT_CHANGES, SCOPES } from '../../src-shared/incident-report.js';
import type { COMPARISON_OUTCOMES, SURFACES } from '../../src-shared/report-details.js';
import type { FormRedaction } from '../../src-shared/form-policy.js';

export const ACTION_LABELS: Record<(typeof FAILED_ACTIONS)[number], string> = {
  dialing: 'Making a call (dialing)',
  'receiving-call': 'Receiving a call',
  sms: 'Sending or receiving SMS',
  'sign-in': 'Signing in',
  'phone-tab': 'Loading the Phone tab',
  'assign-number': 'Assigning a phone number (admin)',
  'edit-phone-user': 'Editing a phone user (admin)',
  'api-request': 'An API request',
  'desk-phone-registration': 'Desk phone registration',
  other: 'Something else',
};

export const SCOPE_LABELS: Record<(typeof SCOPES)[number], string> = {
  'only-me': 'Only me',
  'several-users-one-site': 'Several users at one site',
  'many-users-one-network': 'Many users on one network',
  'many-users-many-networks': 'Many users on many networks',
  'one-device-type': 'Only one type of device',
};

export const NETWORK_LABELS: Record<(typeof NETWORKS)[number], string> = {
  'office-wifi': 'Office Wi-Fi',
  'wired-lan': 'Wired office network (LAN)',
  vpn: 'VPN',
  'mobile-data': 'Mobile data',
  home: 'Home network',
  other: 'Other',
};

export const SURFACE_LABELS: Record<(typeof SURFACES)[number], string> = {
  'desktop-app': 'Zoom Workplace on a computer',
  'mobile-app': 'Zoom Workplace on a phone or tablet',
  'web-portal': 'The Zoom web portal (admin pages)',
  'desk-phone': 'A desk phone',
  api: 'An API integration or script',
};

export const CHANGE_LABELS: Record<(typeof RECENT_CHANGES)[number], string> = {
  'license-assignment': 'Zoom Phone license assigned or changed',
  'calling-plan-change': 'Calling plan changed',
  'number-assignment': 'Phone number assigned or removed',
  'site-migration': 'Site migration',
  'role-permission-edit': 'Role or permission edited',
  'desk-phone-provisioning': 'Desk phone provisioned',
  'firewall-proxy-change': 'Firewall or proxy updated',
  'api-automation-change': 'API automation changed',
  'app-update': 'Zoom app updated',
  'network-change': 'Network changed (new Wi-Fi, VPN, office move)',
};

export const OUTCOME_LABELS: Record<(typeof COMPARISON_OUTCOMES)[number], string> = {
  works: 'Yes, that works',
  fails: 'No, that fails too',
  'not-tried': 'Not tried',
};

export const REDACTION_LABELS: Record<FormRedaction, string> = {
  minimal: 'Minimal: only secrets and passwords hidden',
  standard: 'Standard (recommended): also names, numbers, email and IP addresses hidden',
  strict: 'Strict: also Wi-Fi and host names hidden',
};

/** A log window in words: "Last 12 hours", "Last 2 days". */
export function logWindowLabel(hours: number): string {
  if (hours % 24 === 0) return hours === 24 ? 'Last day' : `Last ${hours / 24} days`;
  return hours === 1 ? 'Last hour' : `Last ${hours} hours`;
}
