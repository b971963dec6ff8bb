import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpProbe } from '../../../src-main/probes/http-probe.js';
import { httpTargetSchema, type ProbePlanInput } from '../../../src-shared/probe-plan.js';
import { closedPort, connectProxy, httpServer, LOOPBACK, silentTcpServer, type Running } from '../../helpers/loopback-servers.js';
import { probeContext } from '../../helpers/probe-context.js';
import { makeCa, makeLeaf } from '../../helpers/test-certificates.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir('zpb-http-');
type HttpInput = Partial<Extract<ProbePlanInput['targets'][number], { kind: 'http' }>>;
const target = (fields: HttpInput) => httpTargetSchema.parse({ id: 'http-test', kind: 'http', host: LOOPBACK, timeoutMs: 3000, ...fields });

describe('httpProbe (loopback servers and a CONNECT proxy)', () => {
  let plain: Running & { requests: string[] };
  let secure: Running & { requests: string[] };
  let silent: Running;
  let refusedPort: number;
  beforeAll(async () => {
    const ca = makeCa(dir, 'HTTP Test CA', 'Test');
    plain = await httpServer(() => ({ status: 200, body: '{}' }));
    secure = await httpServer(() => ({ status: 400, body: 'No required SSL certificate was sent' }), makeLeaf(dir, 'https', ca));
    silent = await silentTcpServer();
    refusedPort = await closedPort();
  });
  afterAll(() => Promise.all([plain, secure, silent].map((s) => s.close())));

  it('GETs directly and reports the status code', async () => {
    const result = await httpProbe(target({ scheme: 'http', port: plain.port, path: '/ping' }), probeContext());
    expect(result).toMatchObject({ verdict: 'ok', reason: 'HTTP 200', port: plain.port, details: { direct: { verdict: 'ok', status: 200 } } });
    expect(result.details.viaProxy).toBeUndefined();
    expect(plain.requests).toContain('GET /ping');
  });

  it('counts any HTTP answer over TLS as reachable, unless the plan expects particular codes', async () => {
    expect(await httpProbe(target({ scheme: 'https', port: secure.port }), probeContext())).toMatchObject({ verdict: 'ok', reason: 'HTTP 400' });
    const strict = await httpProbe(target({ scheme: 'https', port: secure.port, expect: { status: [200, 204] } }), probeContext());
    expect(strict).toMatchObject({ verdict: 'unexpected-status', reason: 'HTTP 400, expected 200 or 204' });
  });

  it('reports refused and timeout on the direct path', async () => {
    expect((await httpProbe(target({ scheme: 'https', port: refusedPort }), probeContext())).verdict).toBe('refused');
    expect((await httpProbe(target({ scheme: 'http', port: silent.port, timeoutMs: 300 }), probeContext())).verdict).toBe('timeout');
  });

  it('shows "direct blocked, via proxy fine" through the https_proxy of the environment', async () => {
    const proxy = await connectProxy(secure.port);
    // Picked after the proxy took its own port: a port freed earlier can be handed to a new listener.
    const refusedPort = await closedPort();
    try {
      const env = { https_proxy: `http://probe-user:s3cret@${LOOPBACK}:${proxy.port}` };
      const result = await httpProbe(target({ scheme: 'https', port: refusedPort }), probeContext(env));
      expect(result.verdict, result.reason).toBe('ok');
      expect(result.reason).toBe(`direct: connection refused; via proxy ${LOOPBACK}:${proxy.port}: HTTP 400`);
      expect(result.details).toMatchObject({
        direct: { verdict: 'refused' },
        viaProxy: { proxy: `${LOOPBACK}:${proxy.port}`, from: 'https_proxy', verdict: 'ok', status: 400, connectStatus: 200 },
      });
      expect(proxy.connects).toEqual([`${LOOPBACK}:${refusedPort}`]);
      expect(JSON.stringify(result)).not.toContain('s3cret');
    } finally {
      await proxy.close();
    }
  });

  it('sends plain http to the http_proxy in absolute form', async () => {
    const proxy = await connectProxy(secure.port);
    // Picked after the proxy took its own port: a port freed earlier can be handed to a new listener.
    const refusedPort = await closedPort();
    try {
      const result = await httpProbe(target({ scheme: 'http', port: refusedPort, path: '/x' }), probeContext({ http_proxy: `http://${LOOPBACK}:${proxy.port}` }));
      expect(result).toMatchObject({ verdict: 'ok', details: { direct: { verdict: 'refused' }, viaProxy: { verdict: 'ok', status: 200, from: 'http_proxy' } } });
      expect(proxy.connects).toEqual([`GET http://${LOOPBACK}:${refusedPort}/x`]);
    } finally {
      await proxy.close();
    }
  });

  it('names a proxy that refuses CONNECT, and no_proxy bypasses the proxy', async () => {
    const proxy = await connectProxy(secure.port, 403);
    // Picked after the proxy took its own port: a port freed earlier can be handed to a new listener.
    const refusedPort = await closedPort();
    try {
      const env = { HTTPS_PROXY: `${LOOPBACK}:${proxy.port}` };
      const result = await httpProbe(target({ scheme: 'https', port: refusedPort }), probeContext(env));
      expect(result).toMatchObject({ verdict: 'refused', details: { viaProxy: { verdict: 'refused', connectStatus: 403 } } });
      expect(result.reason).toContain('the proxy answered CONNECT with HTTP 403');
      const bypassed = await httpProbe(target({ scheme: 'https', port: secure.port }), probeContext({ ...env, no_proxy: `localhost,${LOOPBACK}` }));
      expect(bypassed).toMatchObject({ verdict: 'ok', reason: 'HTTP 400' });
      expect(proxy.connects).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });
});
