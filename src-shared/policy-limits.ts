/**
 * Policy beats a link, a link beats defaults, and a user may tighten but never loosen: these
 * functions take what the user or link chose and return what the policy allows, with a reason when
 * the choice was changed.
 */
import type { RedactionProfile } from './bundle-manifest.js';
import { policyValue, type EffectivePolicy } from './org-policy.js';

/** Redaction profiles from weakest to strongest. */
const REDACTION_STRENGTH: readonly RedactionProfile[] = ['none', 'minimal', 'standard', 'strict'];

/** A choice after the policy: the value used and, when the policy changed it, why. */
export interface Limited<T> {
  value: T;
  /** One sentence when the policy raised or lowered the choice. */
  limitedBy?: string;
}

/** The chosen redaction raised to the policy's minimum when weaker. */
export function limitRedaction(chosen: RedactionProfile, policy: EffectivePolicy): Limited<RedactionProfile> {
  const minimum = policyValue(policy, 'minimumRedaction');
  if (!minimum || REDACTION_STRENGTH.indexOf(chosen) >= REDACTION_STRENGTH.indexOf(minimum)) return { value: chosen };
  return { value: minimum, limitedBy: `your organisation requires at least "${minimum}" redaction` };
}

/** The chosen log window (hours) lowered to the policy's maximum; the maximum itself when nothing was chosen. */
export function limitLogWindow(chosen: number | undefined, policy: EffectivePolicy): Limited<number | undefined> {
  const maximum = policyValue(policy, 'maxLogWindowHours');
  if (maximum === undefined || (chosen !== undefined && chosen <= maximum)) return { value: chosen };
  return { value: maximum, ...(chosen !== undefined ? { limitedBy: `your organisation allows at most ${maximum} hours of logs` } : {}) };
}

/** The chosen Zoom log total (MB) lowered to the policy's maximum; the maximum itself when nothing was chosen. */
export function limitTotalMb(chosen: number | undefined, policy: EffectivePolicy): Limited<number | undefined> {
  const maximum = policyValue(policy, 'maxTotalMb');
  if (maximum === undefined || (chosen !== undefined && chosen <= maximum)) return { value: chosen };
  return { value: maximum, ...(chosen !== undefined ? { limitedBy: `your organisation allows at most ${maximum} MB of Zoom logs` } : {}) };
}

/** Whether a screenshot may be attached (allowed unless the policy says no). */
export function screenshotsAllowed(policy: EffectivePolicy): boolean {
  return policyValue(policy, 'allowScreenshots') !== false;
}

/** Whether request links must be signed (also when the policy failed closed). */
export function signedRequestsRequired(policy: EffectivePolicy): boolean {
  return policyValue(policy, 'requireSignedRequests') === true;
}
