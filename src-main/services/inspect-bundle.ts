/**
 * The one service behind `zpb inspect` and the admin review screen: verify a bundle and
 * summarise what happened, where, and what was found.
 */
import { BUNDLE_ENTRIES } from '../../src-shared/bundle-manifest.js';
import type { BundleSummary, InspectResult } from '../../src-shared/inspect-result.js';
import { analysisSchema } from '../../src-shared/triage/finding.js';
import { readProbeFacts } from '../../src-shared/triage/triage-input.js';
import { verifyBundle } from '../bundle/verify-bundle.js';

/** Reads a value at a dotted path of unknown JSON, as a string when it is one. */
function pick(value: unknown, path: string): string | undefined {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' || typeof current === 'number' ? String(current) : undefined;
}

// Passing verdicts, plus 'not-testable' (the media range needs a peer): not a failure of the network.
const NOT_FAILED_VERDICTS = new Set(['ok', 'open', 'answered', 'not-testable']);

/** Probes whose verdict is not a pass, as "name: verdict" (tolerant of absent or odd network.json). */
function failedProbes(network: unknown): string[] {
  const results = (network as { probes?: { results?: unknown } } | undefined)?.probes?.results;
  if (!Array.isArray(results)) return [];
  return results.flatMap((probe) => {
    const verdict = pick(probe, 'verdict');
    if (verdict === undefined || NOT_FAILED_VERDICTS.has(verdict)) return [];
    const name = pick(probe, 'id') ?? pick(probe, 'name') ?? pick(probe, 'host') ?? 'probe';
    return [`${name}: ${verdict}`];
  });
}

/** The likely areas named by analysis.json findings[].area. */
function findingAreas(analysis: unknown): string[] {
  const findings = (analysis as { findings?: unknown } | undefined)?.findings;
  if (!Array.isArray(findings)) return [];
  return findings.map((finding) => pick(finding, 'area')).filter((area): area is string => area !== undefined);
}

function summarise(json: Map<string, unknown>, manifest: InspectResult['manifest']): BundleSummary {
  const report = json.get(BUNDLE_ENTRIES.report);
  const system = json.get(BUNDLE_ENTRIES.system);
  const network = json.get(BUNDLE_ENTRIES.network);
  const os = [pick(system, 'system.os.distro'), pick(system, 'system.os.release'), pick(system, 'system.os.arch')].filter(Boolean).join(' ');
  return {
    ticket: pick(report, 'ticket') ?? manifest?.request?.ticket,
    errorText: pick(report, 'errorText'),
    errorCode: pick(report, 'errorCode.code'),
    occurredAt: pick(report, 'occurredAt'),
    timeZone: pick(report, 'timeZone'),
    action: pick(report, 'action'),
    scope: pick(report, 'scope'),
    network: pick(report, 'network'),
    zoomVersion: pick(system, 'zoomVersion.version'),
    os: os || undefined,
    connectionType: pick(network, 'network.connectionType'),
    vpn: pick(network, 'vpnProxy.vpn.verdict'),
    proxy: pick(network, 'vpnProxy.proxy.verdict'),
    failedProbes: failedProbes(network),
    findings: findingAreas(json.get(BUNDLE_ENTRIES.analysis)),
    redactionTotal: manifest?.redaction.total,
    redactionByCategory: manifest?.redaction.byCategory ?? {},
  };
}

/** Verifies and summarises one bundle. Never throws for a bad bundle: problems are in the result. */
export async function inspectBundle(file: string): Promise<InspectResult> {
  const { problems, manifest, json } = await verifyBundle(file);
  return {
    file,
    verified: manifest !== undefined && problems.length === 0,
    problems,
    manifest,
    summary: manifest ? summarise(json, manifest) : undefined,
    analysis: analysisSchema.safeParse(json.get(BUNDLE_ENTRIES.analysis)).data,
    probes: readProbeFacts(json.get(BUNDLE_ENTRIES.network)),
  };
}
