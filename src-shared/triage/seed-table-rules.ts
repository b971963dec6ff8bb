/**
 * One rule per row of the seed's "How to Read the Test Results" table: the test result the user
 * described, the likely area, and the best next step.
 */
import { deskPhoneEvidence } from './desk-phone-evidence.js';
import type { Finding, TriageRule } from './finding.js';
import { withSource } from './reported-by.js';
import type { TriageInput } from './triage-input.js';

const changes = (input: TriageInput) => input.report.recentChanges;

/** "Only one user gets Error 400". */
export const oneUserRule: TriageRule<TriageInput> = (input) =>
  input.report.scope !== 'only-me'
    ? null
    : {
        id: 'seed.one-user',
        title: 'Only this user is affected',
        area: 'User profile, license, extension, calling plan, session',
        evidence: [withSource(input, 'scope', 'Scope: only me')],
        nextSteps: ['Refresh the session: sign out, quit Zoom fully, sign in again.', 'Admin: verify the Zoom Phone license, extension, calling package and number assignment.', 'Test the same user on another device.'],
        confidence: 'high',
      };

/** "Many users fail on the same office network". */
export const oneNetworkRule: TriageRule<TriageInput> = (input) => {
  const scope = input.report.scope;
  if (scope !== 'many-users-one-network' && scope !== 'several-users-one-site') return null;
  const evidence = [withSource(input, 'scope', scope === 'many-users-one-network' ? 'Scope: many users on one network' : 'Scope: several users at one site')];
  if (changes(input).includes('firewall-proxy-change')) evidence.push('Recent change: firewall or proxy update');
  if (changes(input).includes('network-change')) evidence.push('Recent change: network change');
  return {
    id: 'seed.one-network',
    title: 'Many users fail on the same network',
    area: 'Firewall, proxy, DNS, VPN, traffic inspection',
    evidence,
    nextSteps: ['Review Zoom Phone ports (TCP 443, TCP 5091, UDP 3478, UDP 20000-64000) and allow lists.', 'Ask the network team about recent SSL inspection, DNS filtering or proxy changes.', 'Test one affected user on another network (mobile hotspot).'],
    confidence: scope === 'many-users-one-network' ? 'high' : 'medium',
  };
};

/** "Error appears only in web portal admin pages". */
export const webPortalRule: TriageRule<TriageInput> = (input) =>
  input.report.details?.surface !== 'web-portal'
    ? null
    : {
        id: 'seed.web-portal',
        title: 'The error appears in the web portal',
        area: 'Admin permission, invalid field, stale browser session',
        evidence: ['Seen in: web portal'],
        nextSteps: ['Sign out of the portal and test in another browser or a private window.', 'Review the admin role\u2019s Phone privileges.', 'Check the fields of the form that failed.'],
        confidence: 'high',
      };

/** "Error appears after API automation". */
export const apiAutomationRule: TriageRule<TriageInput> = (input) => {
  const evidence: string[] = [];
  if (input.report.action === 'api-request') evidence.push(withSource(input, 'action', 'Failed action: API request'));
  else if (input.report.details?.surface === 'api') evidence.push('Seen in: an API call');
  if (changes(input).includes('api-automation-change')) evidence.push('Recent change: API automation change');
  if (evidence.length === 0) return null;
  return {
    id: 'seed.api-automation',
    title: 'The error follows API automation',
    area: 'Request body, required fields, scopes, plan ID, user ID',
    evidence,
    nextSteps: ['Read the API response body and validate the JSON before retrying.', 'Do not retry the same unchanged request.'],
    confidence: evidence.length > 1 || input.report.action === 'api-request' ? 'high' : 'medium',
  };
};

/** "Internal extension calls work, outside calls fail". */
export const outsideCallsRule: TriageRule<TriageInput> = (input) =>
  input.report.details?.internalCalls !== 'works'
    ? null
    : {
        id: 'seed.outside-calls',
        title: 'Internal calls work, outside calls fail',
        area: 'Calling plan or outbound policy',
        evidence: ['Calling an internal extension works'],
        nextSteps: ['Admin: check the calling package assignment.', 'Check the site\u2019s outbound calling rules.', 'Check that the destination type is permitted.'],
        confidence: 'high',
      };

/** "Desk phone fails, desktop app works". */
export const deskPhoneRule: TriageRule<TriageInput> = (input): Finding | null => {
  const details = input.report.details;
  const deskPhone = input.report.action === 'desk-phone-registration' || details?.surface === 'desk-phone';
  if (!deskPhone || details?.desktopAppWorks !== 'works') return null;
  const evidence = ['Desk phone fails', 'The same user\u2019s desktop app works', ...deskPhoneEvidence(details)];
  return {
    id: 'seed.desk-phone-only',
    title: 'The desk phone fails but the desktop app works',
    area: 'Device firmware, provisioning, secure transport, network path',
    evidence,
    nextSteps: ['Check the certified hardware status and the latest firmware for this model (TLS 1.2 required).', 'Confirm the device assignment.', 'Check the network rules for the phone\u2019s network.'],
    confidence: 'high',
  };
};

/** The table, in the seed's order. */
export const SEED_TABLE_RULES = [oneUserRule, oneNetworkRule, webPortalRule, apiAutomationRule, outsideCallsRule, deskPhoneRule];
