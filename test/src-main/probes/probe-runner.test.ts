import { describe, expect, it } from 'vitest';
import { runProbes } from '../../../src-main/probes/probe-runner.js';
import type { CollectProgress } from '../../../src-shared/collector-result.js';
import { probePlanSchema } from '../../../src-shared/probe-plan.js';
import { closedPort, LOOPBACK, silentTcpServer, silentUdpSocket } from '../../helpers/loopback-servers.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';

const environment = fixtureEnvironment('linux', '/nonexistent-home');

describe('runProbes', () => {
  // Each probe's own timeout (30 s) is beyond this test's 20 s: the run can only end in time through the
  // overall deadline, so no wall-clock bound (which a loaded machine can break) is asserted.
  it('ends at the overall deadline when every target is silent, each reported as timeout', async () => {
    const tcp = await silentTcpServer();
    const udp = await silentUdpSocket();
    const deadlineMs = 1200;
    // Each probe's own timeout is far beyond the deadline: only the deadline can end them.
    const slow = { timeoutMs: 30_000 };
    const plan = probePlanSchema.parse({
      version: 1,
      targets: [
        { id: 'tls', kind: 'tls', host: LOOPBACK, port: tcp.port, ...slow },
        { id: 'stun', kind: 'stun', host: LOOPBACK, port: udp.port, ...slow },
        { id: 'http', kind: 'http', scheme: 'http', host: LOOPBACK, port: tcp.port, ...slow },
        { id: 'status', kind: 'status', scheme: 'https', host: LOOPBACK, port: tcp.port, ...slow },
        { id: 'dns', kind: 'dns', host: 'zoom.example', resolver: `${LOOPBACK}:${udp.port}`, ...slow },
      ],
    });
    const events: CollectProgress[] = [];
    try {
      const report = await runProbes(plan, { environment, deadlineMs, planSource: 'file', onProgress: (e) => events.push(e) });
      expect(report.results.map((r) => [r.id, r.verdict])).toEqual([
        ['tls', 'timeout'],
        ['stun', 'timeout'],
        ['http', 'timeout'],
        ['status', 'timeout'],
        ['dns', 'timeout'],
      ]);
      for (const result of report.results) expect(result.reason).toBe(`cancelled at the ${deadlineMs} ms probe deadline`);
      expect(report.summary).toMatch(/^Failed: TLS 127\.0\.0\.1:\d+ timeout, .*; 0 of 5 passed\.$/);
      expect(report.durationMs).toBeGreaterThanOrEqual(deadlineMs - 1);
      expect(events.filter((e) => e.phase === 'probe' && e.state === 'finished')).toHaveLength(5);
      expect(events.find((e) => e.id === 'stun' && e.state === 'finished')).toMatchObject({ status: 'failed', message: expect.stringMatching(/^timeout: /) });
    } finally {
      await Promise.all([tcp.close(), udp.close()]);
    }
  }, 20_000);

  it('stops at once when the user cancels, each running probe reported as cancelled', async () => {
    const tcp = await silentTcpServer();
    const user = new AbortController();
    const plan = probePlanSchema.parse({ version: 1, targets: [{ id: 'tls', kind: 'tls', host: LOOPBACK, port: tcp.port, timeoutMs: 30_000 }] });
    try {
      const events: CollectProgress[] = [];
      // Cancelled once the probe has started (an event, not a delay); its timeout and the deadline are beyond the test's.
      const onProgress = (e: CollectProgress) => {
        events.push(e);
        if (e.phase === 'probe' && e.state === 'started') user.abort();
      };
      const running = runProbes(plan, { environment, deadlineMs: 30_000, planSource: 'file', signal: user.signal, onProgress });
      const report = await running;
      expect(report.results[0]).toMatchObject({ verdict: 'timeout', reason: 'cancelled' });
      // Shown as "cancelled", not as a red "failed": the person stopped it.
      expect(events.at(-1)).toMatchObject({ phase: 'probe', id: 'tls', state: 'finished', status: 'skipped', cancelled: true });
    } finally {
      await tcp.close();
    }
  });

  it('reports the UDP media range as not testable without opening anything, and keeps plan order', async () => {
    const plan = probePlanSchema.parse({
      version: 1,
      name: 'mixed',
      targets: [
        { id: 'refused', kind: 'tcp', host: LOOPBACK, port: await closedPort() },
        { id: 'media', kind: 'udp-range', host: 'zoom.us', port: 20000, portEnd: 64000 },
      ],
    });
    const report = await runProbes(plan, { environment, deadlineMs: 3000, planSource: 'file' });
    expect(report.plan).toEqual({ source: 'file', name: 'mixed' });
    expect(report.results[1]).toMatchObject({ id: 'media', kind: 'udp-range', port: 20000, portEnd: 64000, verdict: 'not-testable', passed: false });
    expect(report.summary).toBe('Failed: TCP 127.0.0.1:' + report.results[0]!.port + ' refused; 0 of 1 passed; not testable from this machine: UDP zoom.us:20000-64000.');
  });
});
