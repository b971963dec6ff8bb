// Network findings follow the probe evidence: offline is its own finding, one failed path among
// working ones is a lead ("may be normal"), and unconfirmed hosts never make a finding "likely".
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { probesCollector } from '../../../src-main/collect/probes-collector.js';
import { runCollector } from '../../../src-main/collect/run-collectors.js';
import { incidentReportSchema, type IncidentReportInput } from '../../../src-shared/incident-report.js';
import { PROBE_VERDICTS, type ProbeResult, type ProbeVerdict } from '../../../src-shared/probe-results.js';
import { QUICK_FIX_STEPS } from '../../../src-shared/triage/quick-fixes.js';
import { runTriage } from '../../../src-shared/triage/run-triage.js';
import { buildTriageInput } from '../../../src-shared/triage/triage-input.js';
import { defaultProbesWith, healthyDefaultProbes, networkSection, probeResult, probesSection } from '../../helpers/collected-evidence.js';
import { collectContext, fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { dnsResponder, httpServer, LOOPBACK, silentTcpServer } from '../../helpers/loopback-servers.js';
import { seededRandom } from '../../helpers/seeded-random.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir('zpb-network-path-');
const report = (extra: Partial<IncidentReportInput> = {}) =>
  incidentReportSchema.parse({ errorText: 'Call failed (code: 2202400)', occurredAt: '2026-11-26T09:00:00Z', timeZone: 'UTC', action: 'dialing', ...extra });
const triage = (results: ProbeResult[], network = networkSection(), extra: Partial<IncidentReportInput> = {}) =>
  runTriage(buildTriageInput(report(extra), undefined, { network, probes: probesSection(results) }));
const networkFinding = (results: ProbeResult[], network = networkSection()) =>
  triage(results, network).findings.find((f) => f.id === 'measured.blocked-ports' || f.id === 'measured.offline');

const FAILING: ProbeVerdict[] = ['refused', 'timeout', 'no-answer', 'unreachable', 'not-found', 'error'];

describe('network path findings', () => {
  it('one timeout on an unconfirmed probe while TCP 443 and HTTP work: a lead, never "likely", and no "try another network"', () => {
    const analysis = triage(defaultProbesWith({ 'tls-sip-5091': 'timeout' }));
    const finding = analysis.findings.find((f) => f.id === 'measured.blocked-ports')!;
    expect(finding).toMatchObject({ confidence: 'low', title: 'Couldn\u2019t reach Secure SIP (TLS 5091) to sip.zoom.us (may be normal)' });
    expect(finding.evidence[0]).toBe('Secure SIP (TLS 5091) to sip.zoom.us: no answer in time (host not confirmed as a Zoom Phone host)');
    expect(finding.evidence[1]).toMatch(/^Working: .*Web and sign-in traffic \(TCP 443\) to zoom\.us/);
    expect(analysis.quickFixes).not.toContain(QUICK_FIX_STEPS.otherNetwork);
  });

  it('failures only on unconfirmed or optional targets never rise above "possible", whatever else fails (seeded)', () => {
    const random = seededRandom(16);
    const weak = healthyDefaultProbes().filter((p) => p.unconfirmed || !p.required).filter((p) => p.kind !== 'status');
    for (let run = 0; run < 200; run++) {
      const changes: Record<string, ProbeVerdict> = {};
      for (const p of weak) if (random() < 0.6) changes[p.id] = FAILING[Math.floor(random() * FAILING.length)]!;
      // The confirmed ones keep working, or some of them do.
      if (random() < 0.3) changes['tcp-zoom-us-443'] = 'timeout';
      const finding = networkFinding(defaultProbesWith(changes));
      if (Object.keys(changes).length === 0) expect(finding).toBeUndefined();
      else if (finding?.id === 'measured.blocked-ports' && changes['tcp-zoom-us-443'] === undefined) expect(finding.confidence, JSON.stringify(changes)).toBe('low');
      else if (finding) expect(finding.confidence, JSON.stringify(changes)).not.toBe('high');
    }
  });

  it('two confirmed required paths failing among working ones is "some traffic is blocked" (possible)', () => {
    const finding = networkFinding(defaultProbesWith({ 'tcp-zoom-us-443': 'timeout', 'tls-zoom-us-443': 'timeout' }));
    expect(finding).toMatchObject({ title: 'Some Zoom Phone traffic is blocked on this network', confidence: 'medium' });
  });

  it('every connection failing while names resolve is "blocked" (likely), with the other-network quick fix', () => {
    const changes = Object.fromEntries(healthyDefaultProbes().filter((p) => p.kind !== 'dns' && p.kind !== 'udp-range').map((p) => [p.id, 'timeout' as ProbeVerdict]));
    const analysis = triage(defaultProbesWith(changes));
    expect(analysis.findings[0]).toMatchObject({ id: 'measured.blocked-ports', title: 'Zoom Phone traffic is blocked on this network', confidence: 'high' });
    expect(analysis.quickFixes).toContain(QUICK_FIX_STEPS.otherNetwork);
  });

  it('offline (no DNS, nothing reached) gives the offline finding, not "blocked" and not "no A/AAAA record"', () => {
    // Recorded on a laptop with Wi-Fi off: lookups time out, connects fail with ENETUNREACH.
    const changes = Object.fromEntries(
      healthyDefaultProbes().filter((p) => p.kind !== 'udp-range').map((p) => [p.id, (p.kind === 'dns' ? 'timeout' : 'unreachable') as ProbeVerdict]),
    );
    const analysis = triage(defaultProbesWith(changes), networkSection({ up: false, gateway: null }));
    expect(analysis.findings.map((f) => f.id)).not.toContain('measured.blocked-ports');
    const offline = analysis.findings.find((f) => f.id === 'measured.offline')!;
    expect(offline).toMatchObject({ title: 'This computer is offline', confidence: 'high' });
    expect(offline.evidence).toEqual([
      'None of the 9 network checks got an answer, and no Zoom name could be looked up',
      'No network connection is up on this computer',
      'No default gateway (no route to the internet)',
    ]);
    expect(JSON.stringify(analysis)).not.toMatch(/A\/AAAA|blocked/);
    expect(analysis.quickFixes).not.toContain(QUICK_FIX_STEPS.otherNetwork);
  });

  it('a lookup that fails while connections answer is not offline; a refused connection proves a network', () => {
    // The connections to zoom.us got answers, so zoom.us resolved there: the DNS check is a lead only.
    const dnsOnly = triage(defaultProbesWith({ 'dns-zoom-us': 'not-found' }));
    expect(dnsOnly.findings.map((f) => [f.id, f.confidence])).toContainEqual(['measured.dns-failure', 'low']);
    expect(dnsOnly.findings.map((f) => f.id)).not.toContain('measured.blocked-ports');
    const allRefused = Object.fromEntries(healthyDefaultProbes().filter((p) => p.kind !== 'udp-range').map((p) => [p.id, (p.kind === 'dns' ? 'timeout' : 'refused') as ProbeVerdict]));
    expect(networkFinding(defaultProbesWith(allRefused))?.id).toBe('measured.blocked-ports');
  });

  it('every verdict is either a pass, an answer, a failure or untestable: no verdict nothing emits is read', () => {
    for (const verdict of PROBE_VERDICTS) {
      const finding = networkFinding([probeResult({ id: 'dns', kind: 'dns', verdict: 'ok' }), probeResult({ id: 'x', kind: 'tcp', verdict })]);
      expect(finding === undefined || finding.id === 'measured.blocked-ports', verdict).toBe(true);
    }
  });

  it('real probes on 127.0.0.1: an unconfirmed target that times out among working TCP and HTTP is only "may be normal"', async () => {
    const listener = await silentTcpServer();
    const web = await httpServer(() => ({ status: 200, body: 'ok' }));
    const blackhole = await silentTcpServer();
    const plan = path.join(dir, 'plan.json');
    writeFileSync(plan, JSON.stringify({ version: 1, targets: [
      { id: 'tcp-443', kind: 'tcp', host: LOOPBACK, port: listener.port },
      { id: 'https', kind: 'http', scheme: 'http', host: LOOPBACK, port: web.port },
      { id: 'tls-sip', kind: 'tls', host: LOOPBACK, port: blackhole.port, unconfirmed: true, timeoutMs: 300 },
    ] }));
    const settings = { probePlanPath: plan, probeDeadlineMs: 3000 };
    try {
      const result = await runCollector(probesCollector(settings), collectContext(fixtureEnvironment('linux', dir), { settings }));
      const analysis = runTriage(buildTriageInput(report({ scope: 'only-me' }), undefined, { probes: result.data }));
      const finding = analysis.findings.find((f) => f.id === 'measured.blocked-ports')!;
      expect(finding.confidence).toBe('low');
      expect(finding.title).toMatch(/may be normal/);
      expect(analysis.findings.filter((f) => f.confidence === 'high').map((f) => f.id)).not.toContain('measured.blocked-ports');
      expect(analysis.quickFixes).not.toContain(QUICK_FIX_STEPS.otherNetwork);
    } finally {
      await Promise.all([listener.close(), web.close(), blackhole.close()]);
    }
  });
});

// Seed scenarios for what "offline" may mean: no route and no DNS answer at all. A resolver that
// says "no such name" proves a network; checks on unconfirmed hosts alone cannot test anything.
describe('seed scenarios: offline, DNS and untested paths', () => {
  const ids = (analysis: ReturnType<typeof runTriage>) => analysis.findings.map((f) => f.id);
  /** Every probe as an online computer whose resolver answers `code` for Zoom's names records it. */
  const lookupsAnswered = (code: string) =>
    healthyDefaultProbes().map((p): ProbeResult => {
      if (p.kind === 'udp-range') return p;
      if (p.kind === 'dns') return { ...p, verdict: code === 'ENOTFOUND' ? 'not-found' : 'error', passed: false, details: { a: [], aaaa: [], resolvers: ['192.168.1.1'], errors: [code, code] } };
      return { ...p, verdict: 'unreachable', passed: false, reason: `DNS lookup of ${p.host} failed (${code})`, details: { lookupError: code } };
    });

  it('an online computer whose resolver answers NXDOMAIN: "DNS cannot resolve Zoom\u2019s names" (likely) with resolver, names and answer; never offline or blocked', () => {
    for (const network of [networkSection(), null]) {
      const analysis = runTriage(buildTriageInput(report(), undefined, { ...(network ? { network } : {}), probes: probesSection(lookupsAnswered('ENOTFOUND')) }));
      expect(ids(analysis)).not.toContain('measured.offline');
      expect(ids(analysis)).not.toContain('measured.blocked-ports');
      const dns = analysis.findings.find((f) => f.id === 'measured.dns-failure')!;
      expect(dns).toMatchObject({ title: 'DNS cannot resolve Zoom\u2019s names', confidence: 'high', area: 'DNS (name lookups)' });
      expect(dns.evidence[0]).toBe('DNS server 192.168.1.1 for zoom.us, sip.zoom.us, stun.zoom.us, provpp.zoom.us, yp.zoom.us: no such name (NXDOMAIN)');
      expect(dns.nextSteps[0]).toMatch(/DNS server 192\.168\.1\.1/);
      expect(analysis.quickFixes).toContain(QUICK_FIX_STEPS.otherNetwork);
    }
  });

  it('SERVFAIL and REFUSED answers are named as such; they prove a network too', () => {
    for (const [code, words] of [['ESERVFAIL', 'server failure (SERVFAIL)'], ['EREFUSED', 'query refused (REFUSED)']]) {
      const analysis = triage(lookupsAnswered(code!), networkSection({ up: false, gateway: null }));
      expect(ids(analysis), code).not.toContain('measured.offline');
      expect(analysis.findings.find((f) => f.id === 'measured.dns-failure')!.evidence[0]).toMatch(new RegExp(`: ${words!.replace(/[()]/g, '\\$&')}$`));
    }
  });

  it('a resolver that stays silent on a computer with a connection and a gateway: a DNS finding, not offline', () => {
    const silent = lookupsAnswered('ETIMEOUT').map((p) => (p.kind === 'dns' ? { ...p, verdict: 'timeout' as const } : p));
    const analysis = triage(silent, networkSection());
    expect(ids(analysis)).not.toContain('measured.offline');
    const dns = analysis.findings.find((f) => f.id === 'measured.dns-failure')!;
    expect(dns).toMatchObject({ confidence: 'medium' });
    expect(dns.evidence).toContain('This computer has a network connection and a default gateway');
    expect(dns.evidence[0]).toMatch(/: no answer$/);
  });

  it('no DNS answer and nothing reached: offline when no route; "possible" when the network settings were not collected', () => {
    const silent = lookupsAnswered('ETIMEOUT').map((p) => (p.kind === 'dns' ? { ...p, verdict: 'timeout' as const } : p));
    expect(triage(silent, networkSection({ up: false, gateway: null })).findings[0]).toMatchObject({ id: 'measured.offline', confidence: 'high' });
    const unknown = runTriage(buildTriageInput(report(), undefined, { probes: probesSection(silent) })).findings.find((f) => f.id === 'measured.offline')!;
    expect(unknown.confidence).toBe('medium');
    expect(unknown.evidence).toContain('The network settings were not collected, so whether a connection is up is not known');
  });

  it('one unconfirmed target and no DNS check: "could not test", never offline, whatever it answered and whatever the route', () => {
    const single = (verdict: ProbeVerdict, details: Record<string, unknown> = {}) =>
      probeResult({ id: 'tls-sip', kind: 'tls', host: 'sip.zoom.us', port: 5091, unconfirmed: true, verdict, details });
    // A refused connection is an answer from some host (a network): that one is a lead, below.
    for (const verdict of FAILING.filter((v) => v !== 'refused')) {
      for (const network of [networkSection(), networkSection({ up: false, gateway: null })]) {
        for (const details of [{}, { lookupError: 'ETIMEOUT' }]) {
          const analysis = triage([single(verdict, details)], network);
          expect(ids(analysis), verdict).not.toContain('measured.offline');
          expect(ids(analysis), verdict).not.toContain('measured.blocked-ports');
          const finding = analysis.findings.find((f) => f.id === 'measured.not-tested')!;
          expect(finding, verdict).toMatchObject({ title: 'The network checks could not test the path to Zoom', confidence: 'low' });
          expect(finding.evidence).toContain('No DNS check ran');
        }
      }
    }
    expect(triage([single('refused', { address: '203.0.113.9' })]).findings.find((f) => f.id === 'measured.blocked-ports')?.confidence).toBe('medium');
    // A resolver's NXDOMAIN for that one host is an answer: a DNS finding, not "could not test".
    const nx = triage([single('unreachable', { lookupError: 'ENOTFOUND' })]);
    expect(ids(nx)).toContain('measured.dns-failure');
    expect(ids(nx)).not.toContain('measured.not-tested');
  });

  it('real probes on 127.0.0.1: a resolver answering NXDOMAIN gives the DNS finding with that resolver, not offline', async () => {
    const resolver = await dnsResponder([], true);
    const listener = await silentTcpServer();
    const server = `${LOOPBACK}:${resolver.port}`;
    const plan = path.join(dir, 'nx-plan.json');
    writeFileSync(plan, JSON.stringify({ version: 1, targets: [
      { id: 'dns-zoom-us', kind: 'dns', host: 'zoom.us', resolver: server },
      { id: 'tcp-zoom-us', kind: 'tcp', host: 'zoom.us', port: listener.port },
      { id: 'tls-sip', kind: 'tls', host: 'sip.zoom.us', port: listener.port, unconfirmed: true },
    ] }));
    const settings = { probePlanPath: plan, probeDeadlineMs: 3000 };
    try {
      const environment = { ...fixtureEnvironment('linux', dir), dnsServers: [server] };
      const result = await runCollector(probesCollector(settings), collectContext(environment, { settings }));
      const analysis = runTriage(buildTriageInput(report(), undefined, { probes: result.data }));
      expect(ids(analysis)).not.toContain('measured.offline');
      expect(ids(analysis)).not.toContain('measured.blocked-ports');
      const dns = analysis.findings.find((f) => f.id === 'measured.dns-failure')!;
      expect(dns.confidence).toBe('high');
      expect(dns.evidence[0]).toBe(`DNS server ${server} for zoom.us, sip.zoom.us: no such name (NXDOMAIN)`);
    } finally {
      await Promise.all([resolver.close(), listener.close()]);
    }
  });
});
