/**
 * The organisation policy applied to `zpb collect`'s parsed flags: the redaction raised to the
 * minimum, the log window and total lowered to the maximums (each change said on stderr), the
 * policy's probe plan in place of the shipped one, and an unsigned link refused when only signed
 * requests are accepted.
 */
import type { EffectivePolicy } from '../../src-shared/org-policy.js';
import { policyValue } from '../../src-shared/org-policy.js';
import { limitLogWindow, limitRedaction, limitTotalMb, signedRequestsRequired } from '../../src-shared/policy-limits.js';
import type { CollectArgs } from './collect-command.js';
import { UsageError } from './usage-error.js';

const MB = 1024 * 1024;

/** The args with the policy applied, and one warning line per choice it changed. */
export function applyCollectPolicy(args: CollectArgs, policy: EffectivePolicy, signed: boolean): { args: CollectArgs; warnings: string[] } {
  if (args.request && !signed && signedRequestsRequired(policy)) {
    throw new UsageError(
      `--request-link: this request is not signed, and ${policy.failedClosed ? 'the organisation policy is invalid, so only signed requests are accepted' : 'your organisation accepts signed requests only'}`,
    );
  }
  const policyPlan = policyValue(policy, 'probePlan');
  if (policyPlan && args.probePlanPath) throw new UsageError(`--probe-plan: your organisation sets the probe plan (${policyPlan})`);
  const warnings: string[] = [];
  const redaction = limitRedaction(args.redaction, policy);
  const hours = limitLogWindow(args.logSettings.logWindowHours, policy);
  const totalMb = limitTotalMb(args.logSettings.maxTotalBytes === undefined ? undefined : args.logSettings.maxTotalBytes / MB, policy);
  for (const limited of [redaction, hours, totalMb]) if (limited.limitedBy) warnings.push(`note: ${limited.limitedBy}; using ${String(limited.value)}`);
  return {
    args: {
      ...args,
      redaction: redaction.value,
      probePlanPath: policyPlan ?? args.probePlanPath,
      logSettings: {
        ...args.logSettings,
        ...(hours.value !== undefined ? { logWindowHours: hours.value } : {}),
        ...(totalMb.value !== undefined ? { maxTotalBytes: Math.round(totalMb.value * MB) } : {}),
      },
    },
    warnings,
  };
}
