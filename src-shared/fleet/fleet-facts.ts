/**
 * The facts `zpb summarize` needs from a bundle's small JSON entries, picked field by field. It
 * reads hundreds of bundles a run, so instead of parsing each section whole (as `zpb inspect` and
 * the review screen do) it reads only these fields: one that is missing or of another type reads
 * as absent, like a section not in its collector's shape.
 */
import { bundleManifestSchema } from '../bundle-manifest.js';
import { isPassingVerdict, PROBE_VERDICTS, type ProbeVerdict } from '../probe-results.js';
import { readReportJson } from '../report-json.js';
import { pickLogEvents } from './evidence-counts.js';
import { UNKNOWN_ID, type FleetBundle } from './fleet-summary.js';

/** The manifest fields summarize uses, checked with the manifest's own schema for each. */
export const fleetManifestSchema = bundleManifestSchema
  .pick({ schemaVersion: true, createdAt: true, request: true, reporter: true })
  .extend({ files: bundleManifestSchema.shape.files.element.pick({ path: true, bytes: true, sha256: true }).array() });
export type FleetManifest = ReturnType<typeof fleetManifestSchema.parse>;

/** The value at a path of unknown JSON, when it is a string. */
function text(value: unknown, ...path: string[]): string | undefined {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' ? current : undefined;
}

/** The array at a path of unknown JSON, or []. */
function list(value: unknown, ...path: string[]): unknown[] {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return [];
    current = (current as Record<string, unknown>)[key];
  }
  return Array.isArray(current) ? current : [];
}

const VERDICTS = new Set<string>(PROBE_VERDICTS);

/** A time as ISO 8601 UTC, or undefined when it is not one. */
function isoTime(value: string | undefined): string | undefined {
  const ms = value === undefined ? Number.NaN : Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The small entries' parsed JSON, by entry. */
export interface FleetJson {
  report?: unknown;
  system?: unknown;
  network?: unknown;
  analysis?: unknown;
  evidence?: unknown;
}

/** One bundle's facts for grouping, from its manifest and small entries. */
export function fleetFacts(path: string, manifest: FleetManifest, json: FleetJson): FleetBundle {
  const { system, network, analysis } = json;
  const report = readReportJson(json.report);
  const logEvents = pickLogEvents(json.evidence);
  const connection = text(network, 'network', 'connectionType');
  const os = [text(system, 'system', 'os', 'distro'), text(system, 'system', 'os', 'release'), text(system, 'system', 'os', 'arch')].filter(Boolean).join(' ');
  const failedProbes = list(network, 'probes', 'results').flatMap((probe) => {
    const id = text(probe, 'id');
    const verdict = text(probe, 'verdict');
    // 'not-testable' (the media range needs a peer) is not a failure.
    if (!id || !verdict || !VERDICTS.has(verdict) || isPassingVerdict(verdict as ProbeVerdict) || verdict === 'not-testable') return [];
    return [`${id}: ${verdict}`];
  });
  const errorCode = report.errorCode?.code;
  return {
    path,
    reporter: manifest.reporter?.id ?? UNKNOWN_ID,
    device: manifest.reporter?.deviceId ?? UNKNOWN_ID,
    ...(manifest.reporter ? { keySource: manifest.reporter.keySource } : {}),
    ...(errorCode ? { errorCode } : {}),
    errorText: report.errorText ?? '',
    action: report.action,
    occurredAt: isoTime(report.occurredAt) ?? isoTime(manifest.createdAt)!,
    timeZone: report.timeZone,
    scope: report.scope,
    reportedNetwork: report.network,
    detectedNetwork: connection && connection !== 'unknown' ? connection : undefined,
    network: {
      kind: (connection && connection !== 'unknown' ? connection : report.network) ?? UNKNOWN_ID,
      vpn: text(network, 'vpnProxy', 'vpn', 'verdict') ?? UNKNOWN_ID,
      proxy: text(network, 'vpnProxy', 'proxy', 'verdict') ?? UNKNOWN_ID,
    },
    zoomVersion: text(system, 'zoomVersion', 'version'),
    os: os || undefined,
    failedProbes,
    findings: list(analysis, 'findings').flatMap((finding) => text(finding, 'area') ?? []),
    ...(logEvents ? { logEvents } : {}),
    ticket: report.ticket ?? manifest.request?.ticket,
  };
}
