/**
 * The one service behind `zpb inspect` and the admin review screen: verify a bundle and
 * summarise what happened, where, and what was found.
 */
import { BUNDLE_ENTRIES } from '../../src-shared/bundle-manifest.js';
import type { BundleSummary, InspectResult } from '../../src-shared/inspect-result.js';
import { readNetworkJson } from '../../src-shared/network-json.js';
import { readReportJson } from '../../src-shared/report-json.js';
import { isPassingVerdict, type ProbeResult } from '../../src-shared/probe-results.js';
import { readSystemJson } from '../../src-shared/system-json.js';
import { analysisSchema, type Analysis } from '../../src-shared/triage/finding.js';
import { readProbeResults } from '../../src-shared/triage/triage-input.js';
import { verifyBundle } from '../bundle/verify-bundle.js';
import { readLogEvidence } from '../../src-shared/log-evidence.js';
import { NotABundleError } from './not-a-bundle-error.js';

/** Probes whose verdict is not a pass, as "id: verdict" ('not-testable', the media range that needs a peer, is not a failure). */
function failedProbes(probes: readonly ProbeResult[]): string[] {
  return probes.filter((p) => !isPassingVerdict(p.verdict) && p.verdict !== 'not-testable').map((p) => `${p.id}: ${p.verdict}`);
}

function summarise(json: Map<string, unknown>, manifest: InspectResult['manifest'], analysis: Analysis | undefined): BundleSummary {
  const report = readReportJson(json.get(BUNDLE_ENTRIES.report));
  const { system, zoomVersion } = readSystemJson(json.get(BUNDLE_ENTRIES.system));
  const { network, vpnProxy, probes } = readNetworkJson(json.get(BUNDLE_ENTRIES.network));
  const os = [system?.os.distro, system?.os.release, system?.os.arch].filter(Boolean).join(' ');
  return {
    ticket: report.ticket ?? manifest?.request?.ticket,
    errorText: report.errorText,
    errorCode: report.errorCode?.code,
    occurredAt: report.occurredAt,
    timeZone: report.timeZone,
    action: report.action,
    scope: report.scope,
    network: report.network,
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
