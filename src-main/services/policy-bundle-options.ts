/**
 * The app's bundle options under the organisation policy (the CLI applies the same limits in
 * cli/collect-policy.ts): redaction raised to the policy's minimum, the log window and total lowered
 * to its maximums, its probe plan.
 */
import { policyValue, type EffectivePolicy } from '../../src-shared/org-policy.js';
import { limitLogWindow, limitRedaction, limitTotalMb } from '../../src-shared/policy-limits.js';
import type { CollectSettings } from '../collect/collect-settings.js';
import type { requestOptions } from './request-options.js';

const MB = 1024 * 1024;

/** Bundle options under the policy: redaction raised to its minimum, log window and total lowered to its maximums, its probe plan. */
export function policyBundleOptions(options: ReturnType<typeof requestOptions>, base: Partial<CollectSettings> | undefined, policy: EffectivePolicy): ReturnType<typeof requestOptions> {
  const hours = limitLogWindow(options.settings?.logWindowHours ?? base?.logWindowHours, policy).value;
  const totalMb = limitTotalMb(base?.maxTotalBytes === undefined ? undefined : base.maxTotalBytes / MB, policy).value;
  const probePlan = policyValue(policy, 'probePlan');
  return {
    ...options,
    settings: {
      ...options.settings,
      ...(hours !== undefined ? { logWindowHours: hours } : {}),
      ...(totalMb !== undefined ? { maxTotalBytes: Math.round(totalMb * MB) } : {}),
      ...(probePlan ? { probePlanPath: probePlan } : {}),
    },
    redaction: { ...options.redaction, profile: limitRedaction(options.redaction?.profile ?? 'standard', policy).value },
  };
}
