/**
 * One rule per situation of the seed's "Repair Map by Situation", plus its fast separation test
 * for many users on many networks.
 */
import { deskPhoneEvidence } from './desk-phone-evidence.js';
import type { TriageRule } from './finding.js';
import { withSource } from './reported-by.js';
import type { TriageInput } from './triage-input.js';

/** "Caller sees Error 400 while dialing". */
export const dialingRule: TriageRule<TriageInput> = (input) => {
  if (input.report.action !== 'dialing') return null;
  const evidence = [withSource(input, 'action', 'Failed action: dialing'), ...input.dialedNumberProblems.map((p) => `Dialed number: ${p.message}`)];
  return {
    id: 'repair.dialing',
    title: 'A call could not be placed',
    area: 'Number format, session, outbound calling package',
    evidence,
    nextSteps: ['Re-type the number by hand.', 'Test an internal extension.', 'Sign out and back in.', 'Ask the admin to verify the outbound calling package.'],
    confidence: input.dialedNumberProblems.length > 0 ? 'high' : 'medium',
  };
};

/** "Admin sees Error 400 while editing a phone user" (assigning a number is the same kind of edit). */
export const editPhoneUserRule: TriageRule<TriageInput> = (input) => {
  const action = input.report.action;
  if (action !== 'edit-phone-user' && action !== 'assign-number') return null;
  return {
    id: 'repair.edit-phone-user',
    title: 'Editing a phone user failed',
    area: 'Admin session, role privileges, license and package combination',
    evidence: [withSource(input, 'action', action === 'assign-number' ? 'Failed action: assigning a number' : 'Failed action: editing a phone user')],
    nextSteps: ['Refresh the login session.', 'Check role privileges.', 'Confirm the license and package combination.', 'Avoid duplicate browser tabs editing the same user.'],
    confidence: 'medium',
  };
};

/** "Developer sees 400 in API automation": the response body is the repair path. */
export const apiBodyRule: TriageRule<TriageInput> = (input) => {
  if (input.report.action !== 'api-request') return null;
  const body = input.apiBody;
  const evidence = !body ? ['No response body was pasted'] : !body.ok ? [`Response body: ${body.reason}`] : [
    `API code ${body.code ?? '(none)'}${body.message ? `: ${body.message}` : ''}`,
    ...body.fieldProblems.map((f) => `Field ${f.field}: ${f.message}`),
  ];
  const fieldSteps = body?.ok ? body.fieldProblems.map((f) => `Fix ${f.field} (${f.message}).`) : [];
  return {
    id: 'repair.api-request',
    title: 'An API request was rejected',
    area: 'Request body, JSON, scopes, user IDs, plan IDs',
    evidence,
    nextSteps: [...fieldSteps, 'Read the response body.', 'Validate the JSON.', 'Check scopes and user IDs.', 'Confirm plan IDs and account capability.'],
    confidence: body?.ok ? 'high' : 'medium',
  };
};

/** "Desk phone shows related failure". */
export const deskPhoneRepairRule: TriageRule<TriageInput> = (input) => {
  const details = input.report.details;
  if (input.report.action !== 'desk-phone-registration' && details?.surface !== 'desk-phone') return null;
  const evidence = ['Failed on a desk phone', ...deskPhoneEvidence(details)];
  if (input.report.recentChanges.includes('desk-phone-provisioning')) evidence.push('Recent change: desk phone provisioning');
  return {
    id: 'repair.desk-phone',
    title: 'The desk phone shows the failure',
    area: 'Certified model, firmware, device assignment, provisioning',
    evidence,
    nextSteps: ['Check the certified model and firmware.', 'Confirm the device assignment.', 'Reboot after provisioning.', 'Test the same user from the desktop app.'],
    confidence: 'medium',
  };
};

/** Fast separation test: many users across many networks. */
export const manyNetworksRule: TriageRule<TriageInput> = (input) =>
  input.report.scope !== 'many-users-many-networks'
    ? null
    : {
        id: 'repair.many-networks',
        title: 'Many users fail across many networks',
        area: 'Zoom service status, account-level settings, a recent admin or API change',
        evidence: [withSource(input, 'scope', 'Scope: many users on many networks')],
        nextSteps: ['Check the Zoom service status page before editing accounts.', 'Review account-level settings and recent admin or API changes.'],
        confidence: 'high',
      };

/** The repair map, in the seed's order. */
export const REPAIR_MAP_RULES = [dialingRule, editPhoneUserRule, apiBodyRule, deskPhoneRepairRule, manyNetworksRule];
