import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tcpProbe } from '../../../src-main/probes/tcp-probe.js';
import { tcpTargetSchema } from '../../../src-shared/probe-plan.js';
import { closedPort, LOOPBACK, silentTcpServer, type Running } from '../../helpers/loopback-servers.js';
import { probeContext } from '../../helpers/probe-context.js';

const tcp = (port: number, timeoutMs = 2000) => tcpTargetSchema.parse({ id: 'tcp-test', kind: 'tcp', host: LOOPBACK, port, timeoutMs });

describe('tcpProbe (real sockets on 127.0.0.1)', () => {
  let listener: Running;
  beforeAll(async () => {
    listener = await silentTcpServer();
  });
  afterAll(() => listener.close());

  it('reports a listener as open, with the address it connected to', async () => {
    const result = await tcpProbe(tcp(listener.port), probeContext());
    expect(result).toMatchObject({ id: 'tcp-test', kind: 'tcp', host: LOOPBACK, port: listener.port, verdict: 'open', passed: true, details: { address: LOOPBACK } });
  });

  it('reports a closed port as refused', async () => {
    const result = await tcpProbe(tcp(await closedPort()), probeContext());
    expect(result).toMatchObject({ verdict: 'refused', passed: false, reason: 'connection refused' });
  });

  it('reports timeout, without connecting, when the overall deadline has already passed', async () => {
    const result = await tcpProbe(tcp(listener.port), probeContext({}, AbortSignal.abort(new Error('deadline'))));
    expect(result).toMatchObject({ verdict: 'timeout', passed: false });
  });
});
