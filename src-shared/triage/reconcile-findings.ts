/**
 * Findings that point in opposite directions ("blocked on this network" and "only this user is
 * affected") are reconciled by the seed's fast separation test: one user plus one device means
 * user/device troubleshooting; many users on one network means network review; many users on many
 * networks means service status, account settings or a recent admin/API change. The finding the
 * test does not point at stays, marked secondary with why, and is never shown as "likely".
 */
import type { Confidence, Finding, FindingId } from './finding.js';

/** Findings that blame the network this computer is on (shared by everyone on it). */
const NETWORK_WIDE: ReadonlySet<FindingId> = new Set(['measured.blocked-ports', 'measured.dns-failure', 'measured.tls-interception']);

/** Which finding the separation test makes primary, and why a network-wide finding comes second. */
const SEPARATION: readonly { primary: FindingId; because: string }[] = [
  {
    primary: 'seed.one-user',
    because:
      'Only this user is affected: the separation test points at the user or device first (one user plus one device). If this network blocked Zoom Phone, colleagues on it would fail too.',
  },
  {
    primary: 'repair.many-networks',
    because:
      'Users on many networks are affected: one network cannot explain that, so the separation test points at Zoom\u2019s service, account settings or a recent admin or API change first.',
  },
];

const capAt = (confidence: Confidence): Confidence => (confidence === 'high' ? 'medium' : confidence);

/** Marks the findings the separation test puts second; the rest are returned as they are. */
export function reconcileFindings(findings: readonly Finding[]): Finding[] {
  const rule = SEPARATION.find((s) => findings.some((f) => f.id === s.primary));
  if (!rule) return [...findings];
  return findings.map((f) => (NETWORK_WIDE.has(f.id) ? { ...f, confidence: capAt(f.confidence), secondaryBecause: rule.because } : f));
}
