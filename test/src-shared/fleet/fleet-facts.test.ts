// The fields summarize picks from a bundle's JSON: sections in the collectors' shapes give every
// fact; a field missing or of another type reads as absent without losing the others.
import { describe, expect, it } from 'vitest';
import { fleetFacts, fleetManifestSchema } from '../../../src-shared/fleet/fleet-facts.js';
import { defaultProbesWith, networkSection, probesSection, systemSection, vpnProxySection, zoomVersionSection } from '../../helpers/collected-evidence.js';

const manifest = fleetManifestSchema.parse({ schemaVersion: 1, createdAt: '2026-11-26T08:00:00+01:00', request: { ticket: 'T-9' }, files: [] });

describe('fleetFacts', () => {
  it('reads the collectors\u2019 shapes', () => {
    const facts = fleetFacts('a.zip', manifest, {
      report: { errorText: 'Call failed (code: 2202400)', errorCode: { code: '400' }, occurredAt: '2026-11-26T09:30:00-05:00', timeZone: 'America/New_York', action: 'dialing', scope: 'only-me', network: 'office-wifi' },
      system: { system: systemSection(), zoomVersion: zoomVersionSection('6.3.0') },
      network: { network: networkSection(), vpnProxy: vpnProxySection('detected', 'none'), probes: probesSection(defaultProbesWith({ 'tls-sip-5091': 'refused' })) },
      analysis: { findings: [{ area: 'firewall' }, { area: 'session' }] },
    });
    expect(facts).toEqual({
      path: 'a.zip',
      reporter: 'unknown',
      device: 'unknown',
      errorCode: '400',
      errorText: 'Call failed (code: 2202400)',
      action: 'dialing',
      occurredAt: '2026-11-26T14:30:00.000Z',
      timeZone: 'America/New_York',
      scope: 'only-me',
      network: { kind: 'wired', vpn: 'detected', proxy: 'none' },
      reportedNetwork: 'office-wifi',
      detectedNetwork: 'wired',
      zoomVersion: '6.3.0',
      os: 'Debian 12 x64',
      failedProbes: ['tls-sip-5091: refused'],
      findings: ['firewall', 'session'],
      ticket: 'T-9',
    });
  });

  it('a field of another type reads as absent; the network kind falls back to what the user chose, the time to the bundle\u2019s', () => {
    const facts = fleetFacts('b.zip', manifest, {
      report: { errorText: 42, occurredAt: 'yesterday', network: 'home', action: ['dialing'] },
      system: { system: { os: 'Windows' }, zoomVersion: { version: null } },
      network: { network: { connectionType: 'unknown' }, vpnProxy: { vpn: 'detected' }, probes: { results: ['garbage', { id: 'stun-3478', verdict: 'exploded' }, { id: 'media', verdict: 'not-testable' }] } },
      analysis: { findings: 'none' },
    });
    expect(facts).toMatchObject({ errorText: '', occurredAt: '2026-11-26T07:00:00.000Z', network: { kind: 'home', vpn: 'unknown', proxy: 'unknown' }, failedProbes: [], findings: [] });
    expect(facts.action).toBeUndefined();
    expect(facts.detectedNetwork).toBeUndefined();
    expect(facts.reportedNetwork).toBe('home');
    expect(facts.zoomVersion).toBeUndefined();
    expect(facts.os).toBeUndefined();
  });

  it('the manifest fields are checked with the manifest\u2019s own schema', () => {
    expect(fleetManifestSchema.safeParse({ schemaVersion: 1, createdAt: '2026-11-26T08:00:00Z', files: [{ path: '../x', bytes: 1, sha256: 'a'.repeat(64) }] }).success).toBe(false);
    expect(fleetManifestSchema.safeParse({ schemaVersion: 1, createdAt: '2026-11-26T08:00:00Z', files: [{ path: 'x', bytes: 1, sha256: 'nope' }] }).success).toBe(false);
    expect(fleetManifestSchema.safeParse({ schemaVersion: 1, createdAt: '2026-11-26T08:00:00Z', files: [], reporter: { id: 'NOT-HEX', keySource: 'machine' } }).success).toBe(false);
  });
});
