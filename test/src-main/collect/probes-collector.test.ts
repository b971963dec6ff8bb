import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { probesCollector } from '../../../src-main/collect/probes-collector.js';
import { runCollector } from '../../../src-main/collect/run-collectors.js';
import type { CollectProgress } from '../../../src-shared/collector-result.js';
import { probeReportSchema } from '../../../src-shared/probe-results.js';
import { collectContext, fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { closedPort, LOOPBACK, silentTcpServer } from '../../helpers/loopback-servers.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir('zpb-probes-collector-');

describe('probesCollector', () => {
  it('runs the plan file into network.json "probes" with a summary, and sends per-probe progress', async () => {
    const listener = await silentTcpServer();
    const plan = path.join(dir, 'plan.json');
    writeFileSync(plan, JSON.stringify({ version: 1, targets: [
      { id: 'open', kind: 'tcp', host: LOOPBACK, port: listener.port },
      { id: 'closed', kind: 'tcp', host: LOOPBACK, port: await closedPort() },
    ] }));
    const settings = { probePlanPath: plan, probeDeadlineMs: 2000 };
    const events: CollectProgress[] = [];
    try {
      const result = await runCollector(probesCollector(settings), collectContext(fixtureEnvironment('linux', dir), { settings }), { onProgress: (e) => events.push(e) });
      expect(result).toMatchObject({ id: 'probes', status: 'ok', section: { file: 'network.json', key: 'probes' } });
      const report = probeReportSchema.parse(result.data);
      expect(report.results.map((r) => [r.id, r.verdict])).toEqual([['open', 'open'], ['closed', 'refused']]);
      expect(result.message).toBe(report.summary);
      expect(report.summary).toMatch(/^Failed: TCP 127\.0\.0\.1:\d+ refused; 1 of 2 passed\.$/);
      expect(events.filter((e) => e.phase === 'probe').map((e) => `${e.id}:${e.state}`).sort()).toEqual(['closed:finished', 'closed:started', 'open:finished', 'open:started']);
    } finally {
      await listener.close();
    }
  });

  it('fails as a collector (not as a bundle) when the plan file vanished after the CLI checked it', async () => {
    const settings = { probePlanPath: path.join(dir, 'gone.json'), probeDeadlineMs: 1000 };
    const result = await runCollector(probesCollector(settings), collectContext(fixtureEnvironment('linux', dir), { settings }));
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('gone.json: cannot read (ENOENT)') });
  });
});
