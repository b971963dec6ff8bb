/**
 * The app's face of the collect plan (src-shared/collect-plan.ts): the form's choices and the link
 * behind prepareBundle become the plan's intent; a refusal becomes a sentence the form shows
 * (PolicyRefusalError, code 'policy'), the notes sentences in the review. The CLI's face is
 * cli/collect-plan-flags.ts; both call planCollect.
 */
import { planCollect, refusalSentence, type CollectIntent, type CollectPlan, type PlanLink } from '../../../src-shared/collect-plan.js';
import type { collectRequestSchema } from '../../../src-shared/ipc-contract.js';
import type { EffectivePolicy } from '../../../src-shared/org-policy.js';
import type { VerifiedRequest } from '../../../src-shared/signed-request.js';
import type { z } from 'zod';
import type { CollectSettings } from '../../collect/collect-settings.js';
import { PolicyRefusalError } from '../policy-refusal-error.js';

const MB = 1024 * 1024;

type CollectRequest = z.output<typeof collectRequestSchema>;

/**
 * What the form chose. `base` is the app's own settings under the form (tests: a total cap, a probe
 * plan on 127.0.0.1): its cap is held to the policy like a chosen one; its plan is the app's
 * default, which a policy plan replaces (the caller lays the plan's settings over it).
 */
export function intentOfRequest(request: CollectRequest, base: Partial<CollectSettings> | undefined): CollectIntent {
  return {
    probes: request.probes,
    ...(request.redaction ? { redaction: request.redaction } : {}),
    ...(request.logWindowHours !== undefined ? { logWindowHours: request.logWindowHours } : {}),
    ...(base?.maxTotalBytes !== undefined ? { maxTotalMb: base.maxTotalBytes / MB } : {}),
    ...(request.screenshot ? { screenshot: true } : {}),
  };
}

/** The plan for a prepareBundle request: a signed request's own fields (as main verified them) over what the renderer sent. */
export function planFromRequest(request: CollectRequest, verified: VerifiedRequest | undefined, base: Partial<CollectSettings> | undefined, policy: EffectivePolicy): CollectPlan {
  const link: PlanLink = verified ? { kind: 'signed', verified } : request.request ? { kind: 'unsigned', link: request.request } : { kind: 'none' };
  const plan = planCollect(intentOfRequest(request, base), link, policy);
  if (!plan.ok) throw new PolicyRefusalError(refusalSentence(plan));
  return plan;
}
