import { describe, expect, it } from 'vitest';
import { incidentReportSchema, type IncidentReportInput } from '../../../src-shared/incident-report.js';
import { analysisSchema } from '../../../src-shared/triage/finding.js';
import { QUICK_FIX_STEPS } from '../../../src-shared/triage/quick-fixes.js';
import { buildTriageInput } from '../../../src-shared/triage/triage-input.js';
import { runTriage } from '../../../src-shared/triage/run-triage.js';
import { defaultProbesWith, healthyDefaultProbes, probesSection, zoomVersionSection } from '../../helpers/collected-evidence.js';

const base = { errorText: 'Call failed (code: 2202400)', occurredAt: '2026-11-26T09:00:00Z', timeZone: 'UTC' };
const run = (extra: Partial<IncidentReportInput>, system?: unknown, network?: unknown) => runTriage(buildTriageInput(incidentReportSchema.parse({ ...base, ...extra }), system, network));

describe('runTriage', () => {
  const analysis = run({ action: 'dialing', scope: 'only-me', network: 'vpn' }, { zoomVersion: zoomVersionSection('5.9.0') });

  it('produces a valid analysis, most confident first', () => {
    expect(analysisSchema.parse(analysis)).toEqual(analysis);
    const order = analysis.findings.map((f) => f.confidence);
    expect(order).toEqual([...order].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)));
    expect(analysis.findings.map((f) => f.id)).toEqual(['measured.old-zoom-version', 'seed.one-user', 'measured.vpn-proxy', 'repair.dialing']);
  });
  it('offers the quick fixes that fit a dialing error, refreshing the session first', () => {
    expect(analysis.quickFixes).toEqual([QUICK_FIX_STEPS.refreshSession, QUICK_FIX_STEPS.checkNumber, QUICK_FIX_STEPS.update, QUICK_FIX_STEPS.otherNetwork, QUICK_FIX_STEPS.askAdminUser]);
  });
  it('quick fixes fit the failed action: no app-session refresh for API requests, portal edits or desk phones', () => {
    expect(run({ action: 'api-request' }).quickFixes).toEqual([QUICK_FIX_STEPS.apiBody]);
    expect(run({ action: 'edit-phone-user' }).quickFixes).not.toContain(QUICK_FIX_STEPS.refreshSession);
    expect(run({ action: 'desk-phone-registration' }).quickFixes).not.toContain(QUICK_FIX_STEPS.refreshSession);
    for (const action of ['sign-in', 'sms', 'phone-tab', 'receiving-call'] as const) expect(run({ action }).quickFixes[0], action).toBe(QUICK_FIX_STEPS.refreshSession);
    expect(run({ action: 'other', details: { surface: 'desktop-app' } }).quickFixes).toEqual([QUICK_FIX_STEPS.refreshSession]);
  });
  it('no quick fixes next to "no specific cause stands out" when none applies', () => {
    const nothing = run({}, undefined, { probes: probesSection(healthyDefaultProbes()) });
    expect(nothing).toMatchObject({ findings: [], quickFixes: [] });
    expect(run({ action: 'other' })).toMatchObject({ findings: [], quickFixes: [] });
  });
  it('reads the error code by the seed rule', () => {
    expect(buildTriageInput(incidentReportSchema.parse(base)).errorCode).toBe('400');
  });
  it('"blocked on this network" and "only this user" are reconciled: the separation test makes the user finding primary', () => {
    const blocked = Object.fromEntries(healthyDefaultProbes().filter((p) => p.kind !== 'dns' && p.kind !== 'udp-range').map((p) => [p.id, 'timeout' as const]));
    const both = run({ action: 'dialing', scope: 'only-me' }, undefined, { probes: probesSection(defaultProbesWith(blocked)) });
    const ids = both.findings.map((f) => f.id);
    expect(ids.indexOf('seed.one-user')).toBeLessThan(ids.indexOf('measured.blocked-ports'));
    const network = both.findings.find((f) => f.id === 'measured.blocked-ports')!;
    expect(network.confidence).toBe('medium');
    expect(network.secondaryBecause).toMatch(/^Only this user is affected: the separation test points at the user or device first/);
    expect(both.findings.filter((f) => f.confidence === 'high').map((f) => f.id)).toEqual(['seed.one-user']);
    expect(both.findings.at(-1)!.id).toBe('measured.blocked-ports');
    // Many users on one network: the same evidence is primary and stays likely.
    const site = run({ action: 'dialing', scope: 'many-users-one-network' }, undefined, { probes: probesSection(defaultProbesWith(blocked)) });
    expect(site.findings.find((f) => f.id === 'measured.blocked-ports')).toMatchObject({ confidence: 'high' });
    expect(site.findings.find((f) => f.id === 'measured.blocked-ports')!.secondaryBecause).toBeUndefined();
    // Many networks: the network result is second to service/account.
    const many = run({ scope: 'many-users-many-networks' }, undefined, { probes: probesSection(defaultProbesWith(blocked)) });
    expect(many.findings.find((f) => f.id === 'measured.blocked-ports')!.secondaryBecause).toMatch(/many networks/);
  });
  it('answers from a request link are labelled as the help desk\u2019s in every finding that quotes them', () => {
    const linked = run({ action: 'dialing', scope: 'only-me', answeredByLink: { helpdesk: 'IT Service Desk', fields: ['action', 'scope'] } });
    const evidence = linked.findings.flatMap((f) => f.evidence);
    expect(evidence).toContain('Scope: only me (answered by the request link from IT Service Desk, not by the user)');
    expect(evidence).toContain('Failed action: dialing (answered by the request link from IT Service Desk, not by the user)');
    const own = run({ action: 'dialing', scope: 'only-me' }).findings.flatMap((f) => f.evidence);
    expect(own).toContain('Scope: only me');
  });
});
