/**
 * Live triage: every rule over one input, contradictions reconciled, primary findings first and
 * most confident first, plus the quick fixes. Pure, so the renderer can preview it and main
 * writes the same result to analysis.json, with what the Zoom logs say once the bundle's
 * evidence.json is known (log-evidence-rules.ts).
 */
import { ANALYSIS_SCHEMA_VERSION, CONFIDENCES, type Analysis, type Finding } from './finding.js';
import { applyLogLeads, logLeads, logSummary } from './log-evidence-rules.js';
import { MEASURED_RULES } from './measured-rules.js';
import { NETWORK_PATH_RULES } from './network-path-rules.js';
import { quickFixes } from './quick-fixes.js';
import { reconcileFindings } from './reconcile-findings.js';
import { REPAIR_MAP_RULES } from './repair-map-rules.js';
import { SEED_TABLE_RULES } from './seed-table-rules.js';
import type { TriageInput } from './triage-input.js';

const RULES = [...NETWORK_PATH_RULES, ...MEASURED_RULES, ...SEED_TABLE_RULES, ...REPAIR_MAP_RULES];

/** Runs all rules; measured facts before reported ones at equal confidence (they are evidence, not recall). */
export function runTriage(input: TriageInput): Analysis {
  const found = RULES.map((rule) => rule(input)).filter((f): f is Finding => f !== null);
  // The logs' leads before the separation test, so a lead never lifts a finding the test puts second.
  const leads = input.logs ? logLeads(input.logs) : [];
  const findings = reconcileFindings(applyLogLeads(found, leads));
  const rank = (f: Finding) => (f.secondaryBecause ? CONFIDENCES.length : 0) + CONFIDENCES.indexOf(f.confidence);
  const sorted = findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  return { schemaVersion: ANALYSIS_SCHEMA_VERSION, findings: sorted, quickFixes: quickFixes(input, sorted), ...(input.logs ? { logSummary: logSummary(input.logs, leads) } : {}) };
}
