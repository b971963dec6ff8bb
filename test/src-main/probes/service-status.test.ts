import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceStatusProbe } from '../../../src-main/probes/service-status.js';
import { statusTargetSchema } from '../../../src-shared/probe-plan.js';
import { closedPort, httpServer, LOOPBACK, type Running } from '../../helpers/loopback-servers.js';
import { probeContext } from '../../helpers/probe-context.js';
import { PROJECT_ROOT } from '../../helpers/run-cli.js';

const fixture = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'test', 'fixtures', 'statuspage', name), 'utf8');
const target = (port: number) => statusTargetSchema.parse({ id: 'status-test', kind: 'status', host: LOOPBACK, scheme: 'http', port, timeoutMs: 2000 });

describe('serviceStatusProbe (loopback server with Statuspage JSON)', () => {
  let server: Running & { requests: string[] };
  let answer = fixture('summary-operational.json');
  beforeAll(async () => {
    server = await httpServer((request) => (request.url === '/api/v2/summary.json' ? { status: 200, body: answer } : { status: 404, body: '' }));
  });
  afterAll(() => server.close());

  it('reports Zoom Phone operational, listing its components by group', async () => {
    answer = fixture('summary-operational.json');
    const result = await serviceStatusProbe(target(server.port), probeContext());
    expect(result).toMatchObject({ verdict: 'ok', passed: true, reason: 'Zoom Phone operational (2 components)' });
    expect(result.details.phoneComponents).toEqual([
      { name: 'Inbound and Outbound Calling', status: 'operational' },
      { name: 'SMS/MMS', status: 'operational' },
    ]);
    expect(server.requests).toContain('GET /api/v2/summary.json');
  });

  it('reports degraded with the component state and the active Phone incident', async () => {
    answer = fixture('summary-incident.json');
    const result = await serviceStatusProbe(target(server.port), probeContext());
    expect(result.verdict).toBe('degraded');
    expect(result.reason).toBe('Zoom Phone: Inbound and Outbound Calling: partial_outage; incident "Some Zoom Phone users unable to place outbound calls" (identified)');
    expect(result.details.incidents).toEqual([
      expect.objectContaining({ name: 'Some Zoom Phone users unable to place outbound calls', phone: true, impact: 'major' }),
      expect.objectContaining({ name: 'Delayed cloud recordings', phone: false }),
    ]);
  });

  it('gives unreachable when offline and error for an answer that is not Statuspage JSON', async () => {
    const offline = await serviceStatusProbe(target(await closedPort()), probeContext());
    expect(offline).toMatchObject({ verdict: 'unreachable', reason: 'status page unreachable: connection refused' });
    answer = '<html>maintenance</html>';
    expect(await serviceStatusProbe(target(server.port), probeContext())).toMatchObject({ verdict: 'error', reason: 'status page answer is not Statuspage summary JSON' });
  });
});
