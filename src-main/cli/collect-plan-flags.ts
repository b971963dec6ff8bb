/**
 * `zpb collect`'s face of the collect plan (src-shared/collect-plan.ts): the flags and the link
 * become the plan's intent; a refusal becomes one line naming the flag (exit 2) and each note one
 * line on stderr. The app's face is services/bundle-handlers.ts; both call planCollect.
 */
import type { CollectIntent, CollectPlan, PlanField, PlanNote } from '../../src-shared/collect-plan.js';
import { planCollect } from '../../src-shared/collect-plan.js';
import type { EffectivePolicy } from '../../src-shared/org-policy.js';
import type { VerifiedRequest } from '../../src-shared/signed-request.js';
import { parseCollectArgs, type CollectArgs } from './collect-args.js';
import { UsageError } from './usage-error.js';

const MB = 1024 * 1024;

/** The flag each plan field is set with. */
const FLAG_OF: Record<PlanField, string> = { requestLink: '--request-link', probePlan: '--probe-plan', screenshot: 'screenshot' };

/** What the flags chose, as the plan's intent. */
export function intentOfArgs(args: CollectArgs): CollectIntent {
  const { logWindowHours, maxTotalBytes } = args.logSettings;
  return {
    probes: args.probes,
    ...(args.redaction ? { redaction: args.redaction } : {}),
    ...(logWindowHours !== undefined ? { logWindowHours } : {}),
    ...(maxTotalBytes !== undefined ? { maxTotalMb: maxTotalBytes / MB } : {}),
    ...(args.probePlanPath ? { probePlan: args.probePlanPath } : {}),
    ...(args.noUpload ? { keepHere: true } : {}),
  };
}

/** A note as the line stderr shows (after "zpb: "). */
export function noteLine(note: PlanNote): string {
  return note.field ? `${FLAG_OF[note.field]}: ${note.words}` : `note: ${note.words}`;
}

/**
 * The CLI's whole planning step: the flags (with the signed link's request once verified) under
 * the policy. Throws UsageError naming the flag when the plan refuses.
 */
export function planCliCollect(argv: string[], now: Date, policy: EffectivePolicy, verified?: VerifiedRequest): { args: CollectArgs; plan: CollectPlan } {
  const args = parseCollectArgs(argv, now, verified);
  const plan = planCollect(intentOfArgs(args), args.link, policy);
  if (!plan.ok) throw new UsageError(`${FLAG_OF[plan.field]}: ${plan.words}`);
  return { args, plan };
}
