import { describe, expect, it } from 'vitest';
import { dnsProbe } from '../../../src-main/probes/dns-probe.js';
import { dnsTargetSchema } from '../../../src-shared/probe-plan.js';
import { dnsResponder, LOOPBACK, silentUdpSocket } from '../../helpers/loopback-servers.js';
import { probeContext } from '../../helpers/probe-context.js';

const dns = (resolverPort: number, timeoutMs = 2000) =>
  dnsTargetSchema.parse({ id: 'dns-test', kind: 'dns', host: 'zoom.example', resolver: `${LOOPBACK}:${resolverPort}`, timeoutMs });

describe('dnsProbe against a DNS responder on 127.0.0.1', () => {
  it('reports the A answers and the resolver used', async () => {
    const responder = await dnsResponder(['192.0.2.10', '192.0.2.11']);
    try {
      const result = await dnsProbe(dns(responder.port), probeContext());
      expect(result).toMatchObject({ verdict: 'ok', port: null, reason: '2 A and 0 AAAA answers' });
      expect(result.details).toEqual({ a: ['192.0.2.10', '192.0.2.11'], aaaa: [], resolvers: [`${LOOPBACK}:${responder.port}`] });
      expect(responder.queries).toBe(2);
    } finally {
      await responder.close();
    }
  });

  it('reports not-found for NXDOMAIN and timeout for a silent resolver', async () => {
    const nx = await dnsResponder([], true);
    const silent = await silentUdpSocket();
    try {
      expect(await dnsProbe(dns(nx.port), probeContext())).toMatchObject({ verdict: 'not-found', reason: expect.stringContaining('no A/AAAA record for zoom.example') });
      const timedOut = await dnsProbe(dns(silent.port, 400), probeContext());
      expect(timedOut.verdict).toBe('timeout');
      expect(timedOut.reason).toMatch(/^no DNS answer within \d+ ms from 127\.0\.0\.1:\d+$/);
    } finally {
      await Promise.all([nx.close(), silent.close()]);
    }
  });
});
