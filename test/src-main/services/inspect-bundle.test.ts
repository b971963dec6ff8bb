import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../../src-main/bundle/bundle-writer.js';
import { inspectBundle } from '../../../src-main/services/inspect-bundle.js';
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
      { kind: 'json', path: 'system.json', source: 'collectors', value: { system: { os: { distro: 'Debian', release: '12', arch: 'x64' } }, zoomVersion: { version: '6.3.0 (52884)' } } },
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
    expect(result.summary).toMatchObject({ errorCode: '400', timeZone: 'Europe/Berlin', zoomVersion: '6.3.0 (52884)', os: 'Debian 12 x64', redactionTotal: 2, redactionByCategory: { email: 2 } });
    expect(result.summary?.failedProbes).toEqual([]);
    expect(result.summary?.findings).toEqual([]);
  });

  it('lists failed probes and triage areas, tolerating odd entries', async () => {
    const network = {
      probes: {
        results: [
          { id: 'tcp-443', kind: 'tcp', host: 'zoom.us', port: 443, verdict: 'open' },
          { id: 'sip-tls-5091', kind: 'tls', host: 'sip.zoom.us', port: 5091, verdict: 'refused' },
          { id: 'stun-3478', verdict: 'timeout' },
          { name: 'dns', verdict: 'ok' },
          { id: 'udp-media', kind: 'udp-range', verdict: 'not-testable' },
          'garbage',
          { name: 'no verdict' },
        ],
      },
    };
    const analysis = { findings: [{ area: 'firewall', evidence: [] }, { area: 'licence' }, { nothing: 1 }] };
    const result = await inspectBundle(await bundle('probes.zip', { network, analysis }));
    expect(result.verified).toBe(true);
    expect(result.summary?.failedProbes).toEqual(['sip-tls-5091: refused', 'stun-3478: timeout']);
    expect(result.summary?.findings).toEqual(['firewall', 'licence']);
  });

  it('reports a file that is not a zip', async () => {
    const file = path.join(dir, 'not.zip');
    writeFileSync(file, 'hello, I am text');
    const result = await inspectBundle(file);
    expect(result).toMatchObject({ verified: false, problems: [{ kind: 'not-a-zip' }] });
  });
});
