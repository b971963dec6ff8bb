// `zpb collect` with network probes, as a real process: loopback targets give the right verdicts in
// network.json; the default plan on a machine without network still ends in time with a bundle.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeReportSchema, type ProbeReport } from '../../../src-shared/probe-results.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { coturnMissing, startCoturn, type Coturn } from '../../helpers/coturn.js';
import { closedPort, httpServer, LOOPBACK, silentTcpServer, silentUdpSocket, tlsServer, type Running } from '../../helpers/loopback-servers.js';
import { currentEnvironment } from '../../../src-main/platform/environment.js';
import { main } from '../../../src-main/cli/zpb.js';
import { startLoopbackDns, type LoopbackDns } from '../../helpers/loopback-dns.js';
import { PROJECT_ROOT, runCli, stderrBesidesNoLogs } from '../../helpers/run-cli.js';
import { makeCa, makeLeaf } from '../../helpers/test-certificates.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir('zpb-cli-probes-');
const home = path.join(root, 'home');
mkdirSync(home);

async function probesOf(zip: string): Promise<{ probes: ProbeReport; collector: { status: string; durationMs: number; message: string } | undefined }> {
  const { manifest, entries } = await readVerifiedBundle(zip);
  const network = JSON.parse(entries.get('network.json')!.toString('utf8'));
  return { probes: probeReportSchema.parse(network.probes), collector: manifest.collectors.find((c) => c.id === 'probes') };
}

describe('zpb collect --probe-plan (real process, loopback targets)', () => {
  const servers: Running[] = [];
  let coturn: Coturn | undefined;
  let planPath: string;
  beforeAll(async () => {
    const ca = makeCa(root, 'Expected CLI CA', 'Test');
    const other = makeCa(root, 'Other CLI CA', 'Inspector');
    const listener = await silentTcpServer();
    const good = await tlsServer(makeLeaf(root, 'cli-good', ca));
    const intercepted = await tlsServer(makeLeaf(root, 'cli-other', other));
    const status = await httpServer(() => ({ status: 200, body: readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/statuspage/summary-incident.json'), 'utf8') }));
    const silentUdp = await silentUdpSocket();
    servers.push(listener, good, intercepted, status, silentUdp);
    if (!coturnMissing()) coturn = await startCoturn(root);
    const expect = { issuers: ['Expected CLI CA'] };
    planPath = path.join(root, 'test-plan.json');
    writeFileSync(planPath, JSON.stringify({ version: 1, name: 'loopback', targets: [
      { id: 'tcp-open', kind: 'tcp', host: LOOPBACK, port: listener.port },
      { id: 'tcp-refused', kind: 'tcp', host: LOOPBACK, port: await closedPort() },
      { id: 'tls-good', kind: 'tls', host: LOOPBACK, port: good.port, expect },
      { id: 'tls-intercepted', kind: 'tls', host: LOOPBACK, port: intercepted.port, expect },
      { id: 'tls-silent', kind: 'tls', host: LOOPBACK, port: listener.port, timeoutMs: 1000 },
      { id: 'stun-silent', kind: 'stun', host: LOOPBACK, port: silentUdp.port, timeoutMs: 1000 },
      ...(coturn ? [{ id: 'stun-coturn', kind: 'stun', host: LOOPBACK, port: coturn.port }] : []),
      { id: 'status', kind: 'status', scheme: 'http', host: LOOPBACK, port: status.port },
      { id: 'media', kind: 'udp-range', host: 'zoom.us', port: 20000, portEnd: 64000 },
    ] }));
  });
  afterAll(async () => {
    await coturn?.stop();
    await Promise.all(servers.map((s) => s.close()));
  });

  it('writes each target\'s verdict to network.json and lists the probes collector in the manifest', async () => {
    if (!coturn) console.log(`no coturn STUN target in this run: ${coturnMissing()}`);
    const out = path.join(root, 'loopback.zip');
    const run = await runCli(['collect', '--probe-plan', planPath, '--probe-deadline-ms', '4000', '--out', out], { cwd: root, env: { HOME: home } });
    expect(stderrBesidesNoLogs(run.stderr)).toBe('');
    expect(run.code).toBe(0);
    const { probes, collector } = await probesOf(out);
    const verdicts = Object.fromEntries(probes.results.map((r) => [r.id, r.verdict]));
    expect(verdicts).toEqual({
      'tcp-open': 'open',
      'tcp-refused': 'refused',
      'tls-good': 'ok',
      'tls-intercepted': 'intercepted',
      'tls-silent': 'timeout',
      'stun-silent': 'no-answer',
      ...(coturn ? { 'stun-coturn': 'answered' } : {}),
      status: 'degraded',
      media: 'not-testable',
    });
    expect(probes.plan).toEqual({ source: 'file', name: 'loopback' });
    expect(probes.deadlineMs).toBe(4000);
    expect(collector).toMatchObject({ status: 'ok', durationMs: expect.any(Number), message: probes.summary });
    expect(probes.summary).toContain('TLS 127.0.0.1:');
    expect(probes.summary).toContain('intercepted (issuer "Other CLI CA")');
  });

  it('exits 2 naming the bad field before collecting anything', async () => {
    const cwd = path.join(root, 'bad');
    mkdirSync(cwd);
    const bad = path.join(cwd, 'plan.json');
    writeFileSync(bad, JSON.stringify({ version: 1, targets: [{ id: 't', kind: 'tcp', host: 'h', port: 'https' }] }));
    const cases: [string[], RegExp][] = [
      [['--probe-plan', bad], /^zpb: --probe-plan: .*plan\.json: targets\.0\.port: Invalid input: expected number/],
      [['--probe-plan', path.join(cwd, 'none.json')], /^zpb: --probe-plan: .*none\.json: cannot read \(ENOENT\)/],
      [['--probe-deadline-ms', 'soon'], /^zpb: --probe-deadline-ms: expected whole milliseconds/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['collect', ...args], { cwd, env: { HOME: home } });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
    expect(readdirSync(cwd)).toEqual(['plan.json']);
  });
});

describe('zpb collect with the default plan, against a loopback resolver', () => {
  let dns: LoopbackDns;
  beforeAll(async () => {
    dns = await startLoopbackDns();
  });
  afterAll(() => dns.close());

  it('asks only the injected resolver, finishes within its deadline with a reason for every target, and still writes the bundle', async () => {
    const out = path.join(root, 'default.zip');
    const deadline = 3000;
    // In-process through the CLI's own entry, with the environment's DNS servers pointed at the
    // loopback resolver: every Zoom host resolves to 127.0.0.1, so nothing leaves this machine.
    const environment = { ...currentEnvironment(), home, env: { PATH: process.env.PATH }, dnsServers: [dns.server] };
    let stderr = '';
    const sink = { write: (text: string) => ((stderr += text), true) } as unknown as NodeJS.WritableStream;
    const code = await main(['collect', '--probe-deadline-ms', String(deadline), '--out', out], { stdout: sink, stderr: sink, cwd: root, environment });
    expect(code, stderr).toBe(0);
    const { probes, collector } = await probesOf(out);
    expect(probes.plan.source).toBe('default');
    // The deadline reached the probe runner; that it ends the probes is probe-runner.test.ts's (no wall-clock bound here).
    expect(probes.deadlineMs).toBe(deadline);
    expect(collector?.status).toBe('ok');
    for (const result of probes.results) expect(result.reason, result.id).not.toBe('');
    expect(probes.results.find((r) => r.kind === 'udp-range')).toMatchObject({ verdict: 'not-testable', port: 20000, portEnd: 64000 });
    // Every host the plan names was looked up here, and the DNS probe got its answer from here.
    const hosts = new Set(probes.results.filter((r) => r.kind !== 'udp-range').map((r) => r.host));
    for (const host of hosts) expect(dns.asked, host).toContain(`A ${host}`);
    const dnsResult = probes.results.find((r) => r.kind === 'dns');
    expect(dnsResult).toMatchObject({ verdict: 'ok', details: { a: ['127.0.0.1'], resolvers: [dns.server] } });
  });
});
