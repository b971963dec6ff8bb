// The separation test when a group shares both a network and a Zoom version: the factor that the
// bundles of other people do not share decides, weighed by their share, so one outlier among many
// alike never flips the verdict. The boundary sits at SEPARATING_SHARE.
import { describe, expect, it } from 'vitest';
import type { FleetBundle } from '../../../src-shared/fleet/fleet-summary.js';
import { judgeBundles, SEPARATING_SHARE } from '../../../src-shared/fleet/fleet-verdict.js';

let made = 0;
function bundle(reporter: string, kind: string, zoomVersion: string): FleetBundle {
  made++;
  return {
    path: `b${made}.zip`,
    reporter,
    device: `${reporter}-pc`,
    keySource: 'organisation',
    errorText: 'call failed',
    occurredAt: '2026-11-26T09:00:00Z',
    network: { kind, vpn: 'none', proxy: 'none' },
    zoomVersion,
    failedProbes: [],
    findings: [],
  };
}

/** Three people on wifi and Zoom 6.3.0 with the error. */
const group = () => ['ann', 'bo', 'cy'].map((r) => bundle(r, 'wifi', '6.3.0'));
/** `n` other people, each given a network and a version by their index. */
const others = (n: number, at: (i: number) => [kind: string, version: string]) => Array.from({ length: n }, (_, i) => bundle(`other-${i}`, ...at(i)));

describe('judgeBundles: a group on one network and one version', () => {
  it('one bundle outside the group on another network does not flip "shared version" to "shared network"', () => {
    // Ten people on the same wifi but another version are fine, and one on a wired network too.
    const outside = others(11, (i) => [i === 0 ? 'wired' : 'wifi', '6.2.5']);
    const judged = judgeBundles(group(), outside);
    expect(judged.verdict).toBe('shared-version');
    expect(judged.evidence).toContain('11 of 11 bundles from other people on another Zoom version, 1 of 11 bundles from other people on another network (a factor separates from 50 %)');
    expect(judged.evidence).toContain('also: all 3 bundles on one network kind (wifi)');
  });

  it('the same with several outliers: the larger share decides, whichever came first', () => {
    // Most others are on another network but the same version: the network separates.
    expect(judgeBundles(group(), others(10, (i) => [i < 9 ? 'wired' : 'wifi', i === 9 ? '6.2.5' : '6.3.0'])).verdict).toBe('shared-network');
  });

  it('boundary: a version share at the threshold separates, one bundle fewer does not (then the network comes first)', () => {
    const n = 4;
    const at = Math.ceil(SEPARATING_SHARE * n);
    expect(at / n).toBeGreaterThanOrEqual(SEPARATING_SHARE);
    expect((at - 1) / n).toBeLessThan(SEPARATING_SHARE);
    // Every other person on the same wifi; `k` of them on another version.
    const withOtherVersion = (k: number) => judgeBundles(group(), others(n, (i) => ['wifi', i < k ? '6.2.5' : '6.3.0'])).verdict;
    expect(withOtherVersion(at)).toBe('shared-version');
    expect(withOtherVersion(at - 1)).toBe('shared-network');
  });

  it('boundary: a network share at the threshold separates too; with equal shares the network comes first, below it the version decides', () => {
    const n = 4;
    const at = Math.ceil(SEPARATING_SHARE * n);
    // `at` of the others on another version; `k` of them (the same people) on another network.
    const withOtherNetwork = (k: number) => judgeBundles(group(), others(n, (i) => [i < k ? 'wired' : 'wifi', i < at ? '6.2.5' : '6.3.0'])).verdict;
    expect(withOtherNetwork(at)).toBe('shared-network');
    expect(withOtherNetwork(at - 1)).toBe('shared-version');
  });

  it('with nobody else to compare, the network comes first (the seed: many users plus one network)', () => {
    const judged = judgeBundles(group(), []);
    expect(judged.verdict).toBe('shared-network');
    expect(judged.evidence).toContain('no bundle from other people to compare the version and the network against');
  });
});
