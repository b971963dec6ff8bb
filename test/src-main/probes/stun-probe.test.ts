import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stunProbe } from '../../../src-main/probes/stun-probe.js';
import { stunRetransmitSchedule } from '../../../src-main/probes/stun-message.js';
import { stunTargetSchema } from '../../../src-shared/probe-plan.js';
import { coturnMissing, startCoturn, type Coturn } from '../../helpers/coturn.js';
import { closedUdpPort, LOOPBACK, silentUdpSocket } from '../../helpers/loopback-servers.js';
import { probeContext } from '../../helpers/probe-context.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir('zpb-stun-');
const stun = (port: number, timeoutMs = 2000) => stunTargetSchema.parse({ id: 'stun-test', kind: 'stun', host: LOOPBACK, port, timeoutMs });

describe('stunProbe against real coturn on 127.0.0.1', () => {
  const missing = coturnMissing();
  let coturn: Coturn | undefined;
  beforeAll(async () => {
    if (missing) console.log(`skipping coturn tests: ${missing}`);
    else coturn = await startCoturn(dir);
  });
  afterAll(() => coturn?.stop());

  it.skipIf(missing)('is answered, with the XOR-MAPPED-ADDRESS of our socket', async () => {
    const result = await stunProbe(stun(coturn!.port), probeContext());
    expect(result.verdict, result.reason).toBe('answered');
    expect(result.details).toMatchObject({ transmissions: 1, xorMapped: true, mappedAddress: { family: 4, address: LOOPBACK, port: expect.any(Number) } });
    expect((result.details.mappedAddress as { port: number }).port).toBeGreaterThan(0);
    expect(result.reason).toMatch(/^answered in \d+ ms; mapped address 127\.0\.0\.1:\d+$/);
  });
});

describe('stunProbe without an answer', () => {
  it('retransmits on the RFC 5389 schedule to a silent socket, then reports no-answer', async () => {
    const silent = await silentUdpSocket();
    try {
      // 2500 ms covers the sends at 0, 500 and 1500 ms of the RFC schedule (the next is at 3500).
      const result = await stunProbe(stun(silent.port, 2500), probeContext());
      expect(result).toMatchObject({ verdict: 'no-answer', passed: false, details: { transmissions: 3 } });
      expect(result.reason).toMatch(/^no STUN answer after 3 transmissions/);
      expect(silent.received).toHaveLength(3);
      // Retransmissions repeat the same transaction (RFC 5389 7.2.1).
      expect(new Set(silent.received.map((m) => m.toString('hex'))).size).toBe(1);
      expect(silent.received[0]!.subarray(0, 8).toString('hex')).toBe('000100002112a442');
    } finally {
      await silent.close();
    }
  });

  it('reports ICMP port unreachable on a closed port as an error with the reason', async () => {
    const result = await stunProbe(stun(await closedUdpPort()), probeContext());
    expect(result).toMatchObject({ verdict: 'error', reason: expect.stringContaining('UDP port unreachable (ICMP)') });
  });

  it('uses the RFC defaults: 7 sends from 0 to 31500 ms, failing at 39500 ms', () => {
    expect(stunRetransmitSchedule()).toEqual({ sendAtMs: [0, 500, 1500, 3500, 7500, 15500, 31500], giveUpAtMs: 39500 });
  });
});
