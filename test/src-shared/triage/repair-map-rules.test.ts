// One test per situation of the seed's "Repair Map by Situation" (and its fast separation test).
import { describe, expect, it } from 'vitest';
import { incidentReportSchema, type IncidentReportInput } from '../../../src-shared/incident-report.js';
import { buildTriageInput } from '../../../src-shared/triage/triage-input.js';
import { runTriage } from '../../../src-shared/triage/run-triage.js';

const base = { errorText: 'Error 400', occurredAt: '2026-11-26T09:00:00Z', timeZone: 'UTC' };
const find = (extra: Partial<IncidentReportInput>, id: string) =>
  runTriage(buildTriageInput(incidentReportSchema.parse({ ...base, ...extra }))).findings.find((f) => f.id === id);

describe('repair map situations', () => {
  it('caller sees 400 while dialing: retype, test an extension, sign out and in, outbound package; number problems raise confidence', () => {
    const plain = find({ action: 'dialing' }, 'repair.dialing');
    expect(plain).toMatchObject({ confidence: 'medium', nextSteps: ['Re-type the number by hand.', 'Test an internal extension.', 'Sign out and back in.', 'Ask the admin to verify the outbound calling package.'] });
    const pasted = find({ action: 'dialing', details: { dialedNumber: '++1 415 555 0123' } }, 'repair.dialing');
    expect(pasted!.confidence).toBe('high');
    expect(pasted!.evidence.join(' ')).toMatch(/more than one plus sign/);
  });
  it('admin sees 400 while editing a phone user (or assigning a number)', () => {
    expect(find({ action: 'edit-phone-user' }, 'repair.edit-phone-user')!.nextSteps).toContain('Avoid duplicate browser tabs editing the same user.');
    expect(find({ action: 'assign-number' }, 'repair.edit-phone-user')!.evidence).toEqual(['Failed action: assigning a number']);
  });
  it('developer sees 400 in API automation: the parsed body becomes evidence and field-level next steps', () => {
    const body = '{"code":300,"message":"Validation Failed.","errors":[{"field":"user_info.email","message":"Invalid field."}]}';
    const finding = find({ action: 'api-request', details: { apiResponseBody: body } }, 'repair.api-request');
    expect(finding).toMatchObject({ confidence: 'high', evidence: ['API code 300: Validation Failed.', 'Field user_info.email: Invalid field.'] });
    expect(finding!.nextSteps[0]).toBe('Fix user_info.email (Invalid field.).');
    expect(find({ action: 'api-request', details: { apiResponseBody: 'oops' } }, 'repair.api-request')!.evidence[0]).toMatch(/not valid JSON/);
  });
  it('desk phone shows a related failure: model, firmware and provisioning change as evidence', () => {
    const finding = find({ action: 'desk-phone-registration', recentChanges: ['desk-phone-provisioning'], details: { deskPhoneModel: 'Yealink T54W' } }, 'repair.desk-phone');
    expect(finding!.evidence).toEqual(['Failed on a desk phone', 'Model: Yealink T54W', 'Recent change: desk phone provisioning']);
  });
  it('many users on many networks: service status and account-level changes first', () => {
    expect(find({ scope: 'many-users-many-networks' }, 'repair.many-networks')!.nextSteps[0]).toMatch(/service status/);
  });
});
