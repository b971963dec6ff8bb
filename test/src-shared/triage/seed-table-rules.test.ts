// One test per row of the seed's "How to Read the Test Results" table.
import { describe, expect, it } from 'vitest';
import { incidentReportSchema, type IncidentReportInput } from '../../../src-shared/incident-report.js';
import { buildTriageInput } from '../../../src-shared/triage/triage-input.js';
import { runTriage } from '../../../src-shared/triage/run-triage.js';

const base = { errorText: 'Call failed (code: 2202400)', occurredAt: '2026-11-26T09:00:00Z', timeZone: 'UTC' };
const triage = (extra: Partial<IncidentReportInput>) => runTriage(buildTriageInput(incidentReportSchema.parse({ ...base, ...extra })));
const find = (extra: Partial<IncidentReportInput>, id: string) => triage(extra).findings.find((f) => f.id === id);

describe('seed table rows', () => {
  it('only one user: user profile, license, calling plan, session', () => {
    expect(find({ scope: 'only-me' }, 'seed.one-user')).toMatchObject({ area: expect.stringMatching(/User profile, license/), confidence: 'high' });
    expect(find({ scope: 'many-users-one-network' }, 'seed.one-user')).toBeUndefined();
  });
  it('many users on the same office network: firewall, proxy, DNS, VPN, inspection, with the recent network change as evidence', () => {
    const finding = find({ scope: 'many-users-one-network', recentChanges: ['firewall-proxy-change'] }, 'seed.one-network');
    expect(finding).toMatchObject({ area: expect.stringMatching(/Firewall, proxy, DNS/), confidence: 'high' });
    expect(finding!.evidence).toContain('Recent change: firewall or proxy update');
    expect(finding!.nextSteps.join(' ')).toMatch(/TCP 5091/);
  });
  it('web portal admin pages only: admin permission, invalid field, stale browser session', () => {
    expect(find({ details: { surface: 'web-portal' } }, 'seed.web-portal')).toMatchObject({ area: expect.stringMatching(/Admin permission/) });
    expect(find({ details: { surface: 'desktop-app' } }, 'seed.web-portal')).toBeUndefined();
  });
  it('after API automation: request body, fields, scopes, plan ID, user ID', () => {
    expect(find({ recentChanges: ['api-automation-change'] }, 'seed.api-automation')).toMatchObject({ area: expect.stringMatching(/Request body/), confidence: 'medium' });
    expect(find({ action: 'api-request', recentChanges: ['api-automation-change'] }, 'seed.api-automation')?.confidence).toBe('high');
  });
  it('internal extension calls work, outside calls fail: calling plan or outbound policy', () => {
    expect(find({ action: 'dialing', details: { internalCalls: 'works' } }, 'seed.outside-calls')).toMatchObject({ area: 'Calling plan or outbound policy' });
    expect(find({ action: 'dialing', details: { internalCalls: 'fails' } }, 'seed.outside-calls')).toBeUndefined();
  });
  it('desk phone fails, desktop app works: firmware, provisioning, secure transport, network path', () => {
    const finding = find({ action: 'desk-phone-registration', details: { desktopAppWorks: 'works', deskPhoneModel: 'Poly VVX 450', deskPhoneFirmware: '6.4.3' } }, 'seed.desk-phone-only');
    expect(finding).toMatchObject({ area: expect.stringMatching(/Device firmware/) });
    expect(finding!.evidence).toEqual(expect.arrayContaining(['Model: Poly VVX 450', 'Firmware: 6.4.3']));
    expect(find({ action: 'desk-phone-registration', details: { desktopAppWorks: 'fails' } }, 'seed.desk-phone-only')).toBeUndefined();
  });
});
