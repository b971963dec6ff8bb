// Bundles for `zpb summarize` tests and benches, written by the real writer: a reporter (account
// and machine, hashed with the real keyed-id function), an error, a time, a network and a Zoom
// version, with the JSON files in the collectors' shapes and a Zoom log inside.
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeBundle } from '../../src-main/bundle/bundle-writer.js';
import { keyedId } from '../../src-main/fleet/ids/reporter-ids.js';
import { readErrorCode } from '../../src-shared/error-code.js';
import { incidentReportSchema, type IncidentReportInput } from '../../src-shared/incident-report.js';
import type { ProbeResult } from '../../src-shared/probe-results.js';
import { runTriage } from '../../src-shared/triage/run-triage.js';
import { buildTriageInput } from '../../src-shared/triage/triage-input.js';
import { defaultProbesWith, networkSection, probesSection, systemSection, vpnProxySection, zoomVersionSection } from './collected-evidence.js';
import { testManifest } from './manifest-fixture.js';

export const FLEET_KEY = 'organisation-test-key';

export interface FleetBundleSpec {
  /** Account name; omitted: a bundle from before reporter ids (no manifest.reporter). */
  user?: string;
  machine?: string;
  errorText?: string;
  action?: IncidentReportInput['action'];
  scope?: IncidentReportInput['scope'];
  occurredAt: string;
  connection?: 'wired' | 'wifi';
  vpn?: 'detected' | 'possible' | 'none';
  proxy?: 'proxy' | 'auto-config' | 'none' | 'unknown';
  zoomVersion?: string;
  failedProbes?: Record<string, ProbeResult['verdict']>;
  /** Text of logs/zoom/zoom_stdout_stderr.log (default: a few lines). */
  log?: string;
  /** 'machine': ids keyed per computer (no organisation key). */
  keySource?: 'organisation' | 'machine';
  /** Adds an encrypted Zoom log (logs/zoom/zoom.zenc) of this many random bytes: a bundle that deflate cannot make smaller. */
  encryptedLogBytes?: number;
}

/** The reporter ids the spec's account and machine get under the test key. */
export function fleetIds(spec: Pick<FleetBundleSpec, 'user' | 'machine'>): { id: string; deviceId: string } {
  const key = Buffer.from(FLEET_KEY);
  return { id: keyedId(key, 'account', spec.user!), deviceId: keyedId(key, 'device', spec.machine ?? `${spec.user}-pc`) };
}

/** Writes one bundle to dir/name and returns its path. */
export async function writeFleetBundle(dir: string, name: string, spec: FleetBundleSpec): Promise<string> {
  const report = incidentReportSchema.parse({
    errorText: spec.errorText ?? 'Call failed (code: 2202400)',
    occurredAt: spec.occurredAt,
    timeZone: 'UTC',
    action: spec.action ?? 'dialing',
    scope: spec.scope,
  });
  const system = { system: systemSection(), zoomVersion: zoomVersionSection(spec.zoomVersion ?? '6.3.0') };
  const network = {
    network: { ...networkSection(), connectionType: spec.connection ?? 'wired' },
    vpnProxy: vpnProxySection(spec.vpn ?? 'none', spec.proxy ?? 'none'),
    probes: probesSection(defaultProbesWith(spec.failedProbes ?? {})),
  };
  const analysis = runTriage(buildTriageInput(report, system, network));
  const manifest = testManifest();
  const target = path.join(dir, name);
  const encrypted = spec.encryptedLogBytes ? `${target}.source.zenc` : undefined;
  if (encrypted) writeFileSync(encrypted, randomBytes(spec.encryptedLogBytes!));
  await writeBundle({
    targetPath: target,
    manifest: { ...manifest, ...(spec.user ? { reporter: { ...fleetIds(spec), keySource: spec.keySource ?? 'organisation' } } : {}) },
    entries: [
      { kind: 'text', path: 'logs/zoom/zoom_stdout_stderr.log', source: 'zoom-logs', text: spec.log ?? 'Linux Client Version is 6.3.0.1234\nsip register ok\n' },
      { kind: 'json', path: 'report.json', source: 'report', value: { ...report, errorCode: readErrorCode(report.errorText) } },
      { kind: 'json', path: 'analysis.json', source: 'triage', value: analysis },
      { kind: 'json', path: 'system.json', source: 'collectors', value: system },
      { kind: 'json', path: 'network.json', source: 'collectors', value: network },
      { kind: 'text', path: 'README.txt', source: 'bundle', text: 'test bundle\n' },
      ...(encrypted ? [{ kind: 'file' as const, file: { bundlePath: 'logs/zoom/zoom.zenc', sourcePath: encrypted, start: 0, end: spec.encryptedLogBytes!, kind: 'binary' as const, truncated: false, source: 'zoom-logs' } }] : []),
    ],
  });
  if (encrypted) rmSync(encrypted);
  return target;
}
