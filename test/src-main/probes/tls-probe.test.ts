import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tlsProbe } from '../../../src-main/probes/tls-probe.js';
import { tlsTargetSchema } from '../../../src-shared/probe-plan.js';
import { LOOPBACK, silentTcpServer, tlsServer, type Running } from '../../helpers/loopback-servers.js';
import { probeContext } from '../../helpers/probe-context.js';
import { makeCa, makeLeaf } from '../../helpers/test-certificates.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir('zpb-tls-');
const tlsTarget = (port: number, timeoutMs = 3000) =>
  tlsTargetSchema.parse({ id: 'tls-test', kind: 'tls', host: LOOPBACK, port, timeoutMs, expect: { issuers: ['Expected Test CA'] } });

describe('tlsProbe (servers on 127.0.0.1 with chains made at test time)', () => {
  const servers: Record<string, Running> = {};
  let tls10Supported = true;
  beforeAll(async () => {
    const expectedCa = makeCa(dir, 'Expected Test CA', 'Zoom Test Vendor');
    const otherCa = makeCa(dir, 'Corporate Inspection CA', 'Example Firewall');
    const good = makeLeaf(dir, 'good', expectedCa);
    servers.good = await tlsServer({ ...good });
    servers.other = await tlsServer({ ...makeLeaf(dir, 'intercepted', otherCa) });
    servers.expired = await tlsServer({ ...makeLeaf(dir, 'expired', expectedCa, -1) });
    servers.silent = await silentTcpServer();
    try {
      servers.old = await tlsServer({ ...good, minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' });
    } catch (error) {
      tls10Supported = false;
      console.log(`TLS 1.0 server not possible in this runtime: ${(error as Error).message}`);
    }
  });
  afterAll(() => Promise.all(Object.values(servers).map((s) => s.close())));

  it('passes a chain from the expected CA, with protocol, cipher and the chain reported', async () => {
    const result = await tlsProbe(tlsTarget(servers.good!.port), probeContext());
    expect(result.verdict, result.reason).toBe('ok');
    expect(result.details).toMatchObject({ protocol: 'TLSv1.3', seenIssuer: 'Expected Test CA', cipher: expect.any(String) });
    const chain = result.details.chain as { subject: string; issuer: string }[];
    expect(chain[0]).toMatchObject({ subject: expect.stringContaining('CN=localhost'), issuer: expect.stringContaining('CN=Expected Test CA') });
    expect(chain.at(-1)?.subject).toContain('CN=Expected Test CA');
  });

  it('suspects interception when the chain comes from another CA, naming the issuer seen', async () => {
    const result = await tlsProbe(tlsTarget(servers.other!.port), probeContext());
    expect(result).toMatchObject({ verdict: 'intercepted', passed: false, details: { seenIssuer: 'Corporate Inspection CA' } });
    expect(result.reason).toContain('"Corporate Inspection CA"');
    expect(result.reason).toContain('"Expected Test CA"');
  });

  it('flags an expired certificate', async () => {
    const result = await tlsProbe(tlsTarget(servers.expired!.port), probeContext());
    expect(result.verdict, result.reason).toBe('cert-expired');
    expect(result.details.authorizationError).toBe('CERT_HAS_EXPIRED');
  });

  it('names a server that offers only TLS 1.0 as protocol-too-old', async (context) => {
    if (!tls10Supported) context.skip();
    const result = await tlsProbe(tlsTarget(servers.old!.port), probeContext());
    expect(result).toMatchObject({ verdict: 'protocol-too-old', details: { protocol: 'TLSv1' } });
    expect(result.reason).toContain('TLSv1.2 or newer is required');
  });

  it('reports timeout when the server accepts TCP but never answers the handshake', async () => {
    const result = await tlsProbe(tlsTarget(servers.silent!.port, 400), probeContext());
    expect(result).toMatchObject({ verdict: 'timeout', passed: false });
    expect(result.reason).toContain('TLS handshake not answered');
  });
});
