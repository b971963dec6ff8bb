import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../../src-main/bundle/bundle-writer.js';
import { inspectBundle } from '../../../src-main/services/inspect-bundle.js';
import { incidentReportSchema } from '../../../src-shared/incident-report.js';
import { runTriage } from '../../../src-shared/triage/run-triage.js';
import { buildTriageInput } from '../../../src-shared/triage/triage-input.js';
import { defaultProbesWith, networkSection, probesSection, systemSection, vpnProxySection, zoomVersionSection } from '../../helpers/collected-evidence.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testManifest } from '../../helpers/manifest-fixture.js';

const dir = useTempDir();
const manifest = testManifest();

async function bundle(name: string, extra: { network?: object; analysis?: object } = {}): Promise<string> {
  const target = path.join(dir, name);
  await writeBundle({
    targetPath: target,
    manifest,
    entries: [
      { kind: 'json', path: 'report.json', source: 'report', value: { errorText: 'Call failed (code: 2202400) for a@example.com', errorCode: { code: '400' }, timeZone: 'Europe/Berlin' } },
      { kind: 'json', path: 'system.json', source: 'collectors', value: { system: systemSection(), zoomVersion: zoomVersionSection('6.3.0') } },
      ...(extra.network ? [{ kind: 'json' as const, path: 'network.json', source: 'collectors', value: extra.network }] : []),
      ...(extra.analysis ? [{ kind: 'json' as const, path: 'analysis.json', source: 'analysis', value: extra.analysis }] : []),
      { kind: 'text', path: 'README.txt', source: 'bundle', text: 'hello b@example.com' },
    ],
  });
  return target;
}

describe('inspectBundle', () => {
  it('verifies a good bundle and summarises it, with the redaction counts the writer recorded', async () => {
    const result = await inspectBundle(await bundle('good.zip'));
    expect(result.problems).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.summary).toMatchObject({ errorCode: '400', timeZone: 'Europe/Berlin', zoomVersion: '6.3.0', os: 'Debian 12 x64', redactionTotal: 2, redactionByCategory: { email: 2 } });
    expect(result.summary?.failedProbes).toEqual([]);
    expect(result.summary?.findings).toEqual([]);
  });

  it('lists failed probes and triage areas from the sections in the collectors\u2019 shape', async () => {
    const results = defaultProbesWith({ 'tls-sip-5091': 'refused', 'stun-3478': 'timeout' });
    const analysis = runTriage(buildTriageInput(incidentReportSchema.parse({ occurredAt: '2026-11-26T09:00:00Z', timeZone: 'UTC', scope: 'many-users-one-network' }), undefined, { probes: probesSection(results) }));
    const result = await inspectBundle(await bundle('probes.zip', { network: { network: networkSection(), vpnProxy: vpnProxySection('none', 'proxy'), probes: probesSection(results) }, analysis }));
    expect(result.verified).toBe(true);
    expect(result.summary).toMatchObject({ failedProbes: ['tls-sip-5091: refused', 'stun-3478: timeout'], connectionType: 'wired', vpn: 'none', proxy: 'proxy' });
    expect(result.summary?.findings).toEqual(analysis.findings.map((f) => f.area));
    expect(result.probes.map((p) => p.id)).toEqual(results.map((p) => p.id));
  });

  it('a section not in its collector\u2019s shape reads as absent; the others still count', async () => {
    const network = { network: networkSection(), vpnProxy: { vpn: { verdict: 'detected' } }, probes: { results: [{ id: 'stun-3478', verdict: 'timeout' }, 'garbage'] } };
    const result = await inspectBundle(await bundle('odd.zip', { network, analysis: { findings: [{ area: 'firewall' }] } }));
    expect(result.verified).toBe(true);
    expect(result.summary).toMatchObject({ connectionType: 'wired', failedProbes: [], findings: [] });
    expect(result.summary?.vpn).toBeUndefined();
    expect(result.analysis).toBeUndefined();
  });

  it('reports a file that is not a zip', async () => {
    const file = path.join(dir, 'not.zip');
    writeFileSync(file, 'hello, I am text');
    const result = await inspectBundle(file);
    expect(result).toMatchObject({ verified: false, problems: [{ kind: 'not-a-zip' }] });
  });
});
