// Triage with what the Zoom logs say: evidence.json made by the real extractor from log text,
// then the same triage main writes to analysis.json. The logs decide between two areas the report
// leaves open, every line they add names its file:line, a lead is never stronger than its
// evidence, and logs that are quiet, unreadable or encrypted are said to be so.
import { describe, expect, it } from 'vitest';
import { LogEvidenceCollector } from '../../../src-main/evidence/log-evidence-extractor.js';
import { incidentReportSchema, type IncidentReportInput } from '../../../src-shared/incident-report.js';
import type { LogEvidence } from '../../../src-shared/log-evidence.js';
import { analysisSchema, type Analysis } from '../../../src-shared/triage/finding.js';
import { logLeads } from '../../../src-shared/triage/log-evidence-rules.js';
import { QUICK_FIX_STEPS } from '../../../src-shared/triage/quick-fixes.js';
import { runTriage } from '../../../src-shared/triage/run-triage.js';
import { buildTriageInput } from '../../../src-shared/triage/triage-input.js';
import { vpnProxySection } from '../../helpers/collected-evidence.js';

// The person was in New York at 03:05; the machine wrote its logs on Berlin time (09:05 there).
const base = { errorText: 'Call failed (code: 2202400)', occurredAt: '2026-11-26T03:05:00-05:00', timeZone: 'America/New_York' };
const LOG = 'logs/zoom/home/zoom_1.log';

function evidenceOf(lines: string[], options: { errorText?: string; encrypted?: number; files?: number } = {}): LogEvidence {
  const collector = new LogEvidenceCollector({ ...base, errorText: options.errorText ?? base.errorText, logTimeZone: 'Europe/Berlin', collectedAt: '2026-11-26T09:30:00Z' });
  if ((options.files ?? 1) > 0) {
    const file = collector.openFile(LOG);
    file.push(`${lines.join('\n')}\n`);
    file.end();
  }
  for (let i = 0; i < (options.encrypted ?? 0); i++) collector.addEncrypted(`logs/zoom/home/zoom_${i + 2}.log.zenc`);
  return collector.result();
}

function triage(extra: Partial<IncidentReportInput>, evidence?: LogEvidence, network?: unknown): Analysis {
  const analysis = runTriage(buildTriageInput(incidentReportSchema.parse({ ...base, ...extra }), undefined, network, evidence));
  expect(analysisSchema.parse(analysis)).toEqual(analysis);
  return analysis;
}

const calm = '2026-11-26 08:40:00.000 INFO [CallMgr] call state changed: IDLE -> RINGING';
const loggedError = '2026-11-26 09:05:02.000 ERROR [CallMgr] Call failed (code: 2202400)';
const sip403 = '2026-11-26 09:05:01.400 INFO [SIP] received SIP/2.0 403 Forbidden';
const networkChanged = '2026-11-26 09:04:57.120 WARN [Net] net::ERR_NETWORK_CHANGED';

// Dialing, with a VPN measured on the computer: the report leaves two areas open at the same
// confidence, the call (session, number, calling package) and the network path (VPN).
const dialingOnVpn = { action: 'dialing' as const };
const vpn = { vpnProxy: vpnProxySection('detected', 'none') };

describe('triage with the logs', () => {
  it('without the logs the two areas stand level', () => {
    const analysis = triage(dialingOnVpn, undefined, vpn);
    expect(analysis.findings.map((f) => [f.id, f.confidence])).toEqual([
      ['measured.vpn-proxy', 'medium'],
      ['repair.dialing', 'medium'],
    ]);
    expect(analysis.logSummary).toBeUndefined();
  });

  it('a SIP 403 beside the logged error decides for the account: the dialing finding rises, with both lines named', () => {
    const analysis = triage(dialingOnVpn, evidenceOf([calm, sip403, loggedError]), vpn);
    expect(analysis.findings.map((f) => [f.id, f.confidence])).toEqual([
      ['repair.dialing', 'high'],
      ['measured.vpn-proxy', 'medium'],
    ]);
    const dialing = analysis.findings[0]!;
    expect(dialing.evidence).toContain(`Logs: the reported error (code 400) at 09:05:02 (${LOG}:3)`);
    expect(dialing.evidence).toContain(`Logs: SIP 403 Forbidden at 09:05:01, 1 s before the reported error was logged (${LOG}:2)`);
    expect(analysis.findings[1]!.evidence.join(' ')).not.toContain('Logs:');
    expect(analysis.logSummary).toBe(`In 1 readable Zoom log: events near the reported time point at the account or provisioning (the findings name the lines). The reported error is logged at 09:05:02 (${LOG}:3).`);
  });

  it('a network change seconds before the logged error decides for the network: the VPN finding rises', () => {
    const analysis = triage(dialingOnVpn, evidenceOf([calm, networkChanged, loggedError]), vpn);
    expect(analysis.findings.map((f) => [f.id, f.confidence])).toEqual([
      ['measured.vpn-proxy', 'high'],
      ['repair.dialing', 'medium'],
    ]);
    expect(analysis.findings[0]!.evidence).toContain(`Logs: a network change at 09:04:57, 5 s before the reported error was logged (${LOG}:2)`);
  });

  it('every line the logs add to a finding names its file and line', () => {
    const analysis = triage(dialingOnVpn, evidenceOf([calm, networkChanged, sip403, loggedError, '2026-11-26 09:05:03.000 INFO [Http] HTTP/1.1 401 Unauthorized']), vpn);
    const fromLogs = analysis.findings.flatMap((f) => f.evidence.filter((e) => e.startsWith('Logs:')));
    expect(fromLogs.length).toBeGreaterThanOrEqual(4);
    for (const line of fromLogs) expect(line).toMatch(/\(logs\/zoom\/home\/zoom_1\.log:\d+\)$/);
    // Many refusals: three quoted, the rest in one line that names the next.
    const many = triage({}, evidenceOf([calm, ...[10, 11, 12, 13, 14].map((s) => `2026-11-26 09:05:${s}.000 INFO [SIP] received SIP/2.0 403 Forbidden`), loggedError]));
    const lines = many.findings[0]!.evidence;
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toBe(`Logs: 2 more like these in evidence.txt, the next (${LOG}:5)`);
  });

  it('a lead with no finding of its area stands as its own, and the quick fixes follow it', () => {
    const analysis = triage({}, evidenceOf([calm, sip403, loggedError]));
    expect(analysis.findings.map((f) => [f.id, f.confidence])).toEqual([['logs.account-refused', 'high']]);
    expect(analysis.quickFixes).toEqual([QUICK_FIX_STEPS.askAdminUser]);
    const network = triage({}, evidenceOf([calm, networkChanged, loggedError]));
    expect(network.findings.map((f) => [f.id, f.confidence])).toEqual([['logs.network-change', 'medium']]);
    expect(network.quickFixes).toEqual([QUICK_FIX_STEPS.otherNetwork]);
  });

  it('stays no stronger than its evidence: away from a logged error a refusal is possible and a network change only worth a look', () => {
    // The reported error is not in the logs: the leads rest on the minute the person gave.
    const refusal = triage({}, evidenceOf([calm, sip403], { errorText: 'Phone not working' }));
    expect(refusal.findings.map((f) => [f.id, f.confidence])).toEqual([['logs.account-refused', 'medium']]);
    expect(refusal.findings[0]!.evidence).toEqual([`Logs: SIP 403 Forbidden at 09:05:01, 1 s after the reported time (${LOG}:2)`]);
    const change = triage(dialingOnVpn, evidenceOf([calm, networkChanged], { errorText: 'Phone not working' }), vpn);
    // A weak lead adds its line but lifts nothing.
    expect(change.findings.map((f) => [f.id, f.confidence])).toEqual([
      ['measured.vpn-proxy', 'medium'],
      ['repair.dialing', 'medium'],
    ]);
    expect(change.findings[0]!.evidence.at(-1)).toBe(`Logs: a network change at 09:04:57, 3 s before the reported time (${LOG}:2)`);
    // A refusal minutes from the logged error is in the window, but not "at" the error.
    const far = triage({}, evidenceOf([calm, '2026-11-26 08:58:00.000 INFO [SIP] received SIP/2.0 403 Forbidden', loggedError]));
    expect(far.findings.map((f) => [f.id, f.confidence])).toEqual([['logs.account-refused', 'medium']]);
    // A network change after the error, or long before it, says nothing about it.
    expect(logLeads(evidenceOf([calm, loggedError, '2026-11-26 09:05:30.000 WARN [Net] net::ERR_NETWORK_CHANGED']))).toEqual([]);
    expect(logLeads(evidenceOf([calm, '2026-11-26 09:00:00.000 WARN [Net] net::ERR_NETWORK_CHANGED', loggedError]))).toEqual([]);
  });

  it('reads no refusal into a SIP 401 challenge, a 2xx answer or routine lines', () => {
    const routine = [
      calm,
      '2026-11-26 09:04:59.000 INFO [SIP] received SIP/2.0 401 Unauthorized',
      '2026-11-26 09:05:00.000 INFO [SIP] REGISTER 200 OK expires=3600 transport=TLS',
      '2026-11-26 09:05:00.500 TRACE [Http] GET /v2/phone/call_logs?page=4 200 404ms',
      loggedError,
    ];
    const analysis = triage({}, evidenceOf(routine));
    expect(analysis.findings).toEqual([]);
    expect(analysis.logSummary).toBe(`In 1 readable Zoom log: 2 events near the reported time, none of which points at an area. The reported error is logged at 09:05:02 (${LOG}:5).`);
  });

  it('the person\u2019s own 403 found in the logs points at the account, as possible', () => {
    const analysis = triage({}, evidenceOf([calm, '2026-11-26 09:05:02.000 ERROR [CallMgr] Call failed (code: 2202403)'], { errorText: 'Call failed (code: 2202403)' }));
    expect(analysis.findings.map((f) => [f.id, f.confidence])).toEqual([['logs.account-refused', 'medium']]);
    expect(analysis.findings[0]!.evidence).toEqual([`Logs: the reported error (code 403) at 09:05:02 (${LOG}:2)`]);
  });

  it('says when the logs hold nothing near the time, and leaves the findings as the report made them', () => {
    const without = triage({ action: 'dialing', scope: 'only-me' });
    const quiet = triage({ action: 'dialing', scope: 'only-me' }, evidenceOf([calm, '2026-11-26 09:40:00.000 INFO [SIP] received SIP/2.0 403 Forbidden']));
    expect(quiet.findings).toEqual(without.findings);
    expect(quiet.logSummary).toBe('In 1 readable Zoom log: no event within 10 minutes of the reported time, so the findings rest on the report and the measurements.');
    const noStamps = triage({}, evidenceOf(['SIP/2.0 403 Forbidden', 'Call failed (code: 2202400)']));
    expect(noStamps.logSummary).toBe('In 1 readable Zoom log: no timestamps this app can read, so no line could be placed near the reported time and no finding rests on the logs.');
    expect(noStamps.findings).toEqual([]);
  });

  it('does not pretend when every log is encrypted', () => {
    const without = triage({ action: 'dialing', scope: 'only-me' });
    const encrypted = triage({ action: 'dialing', scope: 'only-me' }, evidenceOf([], { files: 0, encrypted: 2 }));
    expect(encrypted.findings).toEqual(without.findings);
    expect(encrypted.quickFixes).toEqual(without.quickFixes);
    expect(encrypted.logSummary).toBe('The 2 Zoom logs are encrypted: nothing in them could be read, so no finding rests on the logs (Zoom support decrypts them).');
    expect(triage({}, evidenceOf([], { files: 0 })).logSummary).toBe('No readable Zoom log was collected: no finding rests on the logs.');
  });

  it('leaves the separation test in charge: a lead never lifts a finding the test puts second', () => {
    // Only this user is affected, so "blocked on this network" style findings are second; the logs cannot undo that.
    const analysis = triage({ action: 'dialing', scope: 'only-me' }, evidenceOf([calm, networkChanged, loggedError]));
    expect(analysis.findings[0]!.id).toBe('seed.one-user');
    expect(analysis.findings.find((f) => f.id === 'logs.network-change')).toMatchObject({ confidence: 'medium' });
  });
});
