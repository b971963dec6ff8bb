/**
 * The one service behind `zpb inspect` and the admin review screen: verify a bundle and
 * summarise what happened, where, and what was found.
 */
import { BUNDLE_ENTRIES } from '../../src-shared/bundle-manifest.js';
import type { BundleSummary, InspectResult } from '../../src-shared/inspect-result.js';
import { readNetworkJson } from '../../src-shared/network-json.js';
import { isPassingVerdict, type ProbeResult } from '../../src-shared/probe-results.js';
import { readSystemJson } from '../../src-shared/system-json.js';
import { analysisSchema, type Analysis } from '../../src-shared/triage/finding.js';
import { readProbeResults } from '../../src-shared/triage/triage-input.js';
import { verifyBundle } from '../bundle/verify-bundle.js';
import { readLogEvidence } from '../../src-shared/log-evidence.js';
import { NotABundleError } from './not-a-bundle-error.js';

/** Reads a value at a dotted path of unknown JSON, as a string when it is one. */
function pick(value: unknown, path: string): string | undefined {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' || typeof current === 'number' ? String(current) : undefined;
}

/** Probes whose verdict is not a pass, as "id: verdict" ('not-testable', the media range that needs a peer, is not a failure). */
function failedProbes(probes: readonly ProbeResult[]): string[] {
  return probes.filter((p) => !isPassingVerdict(p.verdict) && p.verdict !== 'not-testable').map((p) => `${p.id}: ${p.verdict}`);
}

function summarise(json: Map<string, unknown>, manifest: InspectResult['manifest'], analysis: Analysis | undefined): BundleSummary {
  const report = json.get(BUNDLE_ENTRIES.report);
  const { system, zoomVersion } = readSystemJson(json.get(BUNDLE_ENTRIES.system));
  const { network, vpnProxy, probes } = readNetworkJson(json.get(BUNDLE_ENTRIES.network));
  const os = [system?.os.distro, system?.os.release, system?.os.arch].filter(Boolean).join(' ');
  return {
    ticket: pick(report, 'ticket') ?? manifest?.request?.ticket,
    errorText: pick(report, 'errorText'),
    errorCode: pick(report, 'errorCode.code'),
    occurredAt: pick(report, 'occurredAt'),
    timeZone: pick(report, 'timeZone'),
    action: pick(report, 'action'),
    scope: pick(report, 'scope'),
    network: pick(report, 'network'),
    zoomVersion: zoomVersion?.version ?? undefined,
    os: os || undefined,
    connectionType: network?.connectionType,
    vpn: vpnProxy?.vpn.verdict,
    proxy: vpnProxy?.proxy.verdict,
    failedProbes: failedProbes(probes?.results ?? []),
    findings: analysis?.findings.map((f) => f.area) ?? [],
    redactionTotal: manifest?.redaction.total,
    redactionByCategory: manifest?.redaction.byCategory ?? {},
  };
}

/** Verifies and summarises one bundle. Never throws for a bad bundle: problems are in the result. */
export async function inspectBundle(file: string): Promise<InspectResult> {
  const { problems, manifest, json } = await verifyBundle(file);
  const analysis = analysisSchema.safeParse(json.get(BUNDLE_ENTRIES.analysis)).data;
  return {
    file,
    verified: manifest !== undefined && problems.length === 0,
    problems,
    manifest,
    summary: manifest ? summarise(json, manifest, analysis) : undefined,
    analysis,
    probes: readProbeResults(json.get(BUNDLE_ENTRIES.network)),
    evidence: readLogEvidence(json.get(BUNDLE_ENTRIES.evidence)),
  };
}

/**
 * The checks of zpb inspect before a bundle is sent (the app's "Send a saved bundle", zpb upload): a
 * manifest, and every entry exactly as it says; resolves to the manifest, else NotABundleError.
 */
export async function requireWholeBundle(file: string): Promise<NonNullable<InspectResult['manifest']>> {
  const inspected = await inspectBundle(file);
  if (!inspected.verified || !inspected.manifest) throw new NotABundleError(inspected.problems);
  return inspected.manifest;
}
