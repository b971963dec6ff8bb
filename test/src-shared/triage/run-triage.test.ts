import { describe, expect, it } from 'vitest';
import { incidentReportSchema } from '../../../src-shared/incident-report.js';
import { analysisSchema } from '../../../src-shared/triage/finding.js';
import { QUICK_FIX_STEPS } from '../../../src-shared/triage/quick-fixes.js';
import { buildTriageInput } from '../../../src-shared/triage/triage-input.js';
import { runTriage } from '../../../src-shared/triage/run-triage.js';

describe('runTriage', () => {
  const report = incidentReportSchema.parse({
    errorText: 'Call failed (code: 2202400)',
    occurredAt: '2026-11-26T09:00:00Z',
    timeZone: 'UTC',
    action: 'dialing',
    scope: 'only-me',
    network: 'vpn',
  });
  const analysis = runTriage(buildTriageInput(report, { zoomVersion: { version: '5.9.0' } }, undefined));

  it('produces a valid analysis, most confident first', () => {
    expect(analysisSchema.parse(analysis)).toEqual(analysis);
    const order = analysis.findings.map((f) => f.confidence);
    expect(order).toEqual([...order].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)));
    expect(analysis.findings.map((f) => f.id)).toEqual(['measured.old-zoom-version', 'seed.one-user', 'measured.vpn-proxy', 'repair.dialing']);
  });
  it('offers the quick fixes that fit, refreshing the session first', () => {
    expect(analysis.quickFixes).toEqual([QUICK_FIX_STEPS.refreshSession, QUICK_FIX_STEPS.checkNumber, QUICK_FIX_STEPS.update, QUICK_FIX_STEPS.otherNetwork, QUICK_FIX_STEPS.askAdminUser]);
  });
  it('reads the error code by the seed rule', () => {
    expect(buildTriageInput(report).errorCode).toBe('400');
  });
});
