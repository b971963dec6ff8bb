import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Collector } from '../../../src-main/collect/collector.js';
import { createNetworkCollector } from '../../../src-main/collect/network-collector.js';
import { systemCollector } from '../../../src-main/collect/system-collector.js';
import { zoomVersionCollector } from '../../../src-main/collect/zoom-version-collector.js';
import { createBundle } from '../../../src-main/services/create-bundle.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { networkFixture } from '../../helpers/network-fixture.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();

describe('createBundle with collectors that fail or hang', () => {
  it('records failed with the reason, and still writes a verified bundle with the others', async () => {
    // A real collector whose source never answers, under a short deadline.
    const hanging: Collector = { ...createNetworkCollector({ ...networkFixture('linux-wired-wireguard'), interfaces: () => new Promise(() => undefined) }), deadlineMs: 300 };
    // A real collector whose command runner breaks its contract and throws.
    const throwing: Collector = {
      ...zoomVersionCollector,
      run: (context) => zoomVersionCollector.run({ ...context, environment: { ...context.environment, runCommand: () => { throw new Error('spawn EAGAIN'); } } }),
    };
    const environment = fixtureEnvironment('linux', path.join(root, 'home'));
    const bundle = await createBundle({
      report: { occurredAt: new Date().toISOString(), timeZone: 'UTC' },
      outPath: path.join(root, 'partial.zip'),
      environment,
      // The healthy one under a deadline the test sets: its 5 s production deadline is not what this is about.
      collectors: [{ ...systemCollector, deadlineMs: 25_000 }, hanging, throwing],
    });
    const { manifest, entries } = await readVerifiedBundle(bundle.path);
    expect(manifest.collectors.map((c) => [c.id, c.status, c.message])).toEqual([
      ['system', 'ok', expect.any(String)],
      ['network', 'failed', 'did not finish within its 300 ms deadline'],
      ['zoom-version', 'failed', 'spawn EAGAIN'],
    ]);
    expect(manifest.collectors[1]!.durationMs).toBeGreaterThanOrEqual(290);
    const system = JSON.parse(entries.get('system.json')!.toString());
    expect(system.system.os.platform).toBe('linux');
    expect(system.zoomVersion).toBeNull();
    expect(JSON.parse(entries.get('network.json')!.toString())).toEqual({ network: null });
    expect(entries.get('README.txt')!.toString()).toMatch(/network/);
  });
});
