/**
 * The organisation policy as the wizard's form needs it: only the values that fix or bound a choice
 * the user makes (never a key, the reporter key or a probe plan's path), and the pure rules that say
 * which choices are offered, which are locked, and how a form value is brought within the policy.
 * Main builds it from the effective policy; the renderer shows "Set by your organisation" from it.
 */
import { z } from 'zod';
import { MINIMUM_REDACTIONS, policyValue, type EffectivePolicy } from './org-policy.js';

/** The redaction profiles a user may choose in the form, weakest first. */
export const FORM_REDACTIONS = MINIMUM_REDACTIONS;
export type FormRedaction = (typeof FORM_REDACTIONS)[number];

/** The log windows the form offers (hours); a link's or the policy's own value is added when it is not one of them. */
export const LOG_WINDOW_HOURS = [4, 12, 24, 48, 72, 168] as const;
/** The collector's default window: what the form starts with. */
export const DEFAULT_LOG_WINDOW_HOURS = 48;

export const formPolicySchema = z.object({
  /** The weakest redaction allowed. */
  minimumRedaction: z.enum(FORM_REDACTIONS).optional(),
  /** The longest log window allowed, in hours. */
  maxLogWindowHours: z.number().positive().optional(),
  /** The most Zoom log data in a bundle, in MB. */
  maxTotalMb: z.number().positive().optional(),
  /** False: no screenshot may be attached. */
  allowScreenshots: z.boolean().optional(),
  /** The network tests follow the organisation's own plan. */
  probePlan: z.boolean(),
  /** Request links must be signed (also when the policy failed closed). */
  requireSignedRequests: z.boolean(),
});
export type FormPolicy = z.infer<typeof formPolicySchema>;

/** No policy: nothing is locked. */
export const OPEN_FORM_POLICY: FormPolicy = { probePlan: false, requireSignedRequests: false };

/** The form's view of an effective policy. */
export function formPolicyOf(policy: EffectivePolicy): FormPolicy {
  const minimumRedaction = policyValue(policy, 'minimumRedaction');
  const maxLogWindowHours = policyValue(policy, 'maxLogWindowHours');
  const maxTotalMb = policyValue(policy, 'maxTotalMb');
  const allowScreenshots = policyValue(policy, 'allowScreenshots');
  return {
    ...(minimumRedaction ? { minimumRedaction } : {}),
    ...(maxLogWindowHours !== undefined ? { maxLogWindowHours } : {}),
    ...(maxTotalMb !== undefined ? { maxTotalMb } : {}),
    ...(allowScreenshots !== undefined ? { allowScreenshots } : {}),
    probePlan: policyValue(policy, 'probePlan') !== undefined,
    requireSignedRequests: policyValue(policy, 'requireSignedRequests') === true,
  };
}

/** Each redaction profile and whether the policy lets the user choose it (nothing below the minimum). */
export function redactionChoices(policy: FormPolicy): { profile: FormRedaction; allowed: boolean }[] {
  const floor = policy.minimumRedaction ? FORM_REDACTIONS.indexOf(policy.minimumRedaction) : 0;
  return FORM_REDACTIONS.map((profile, index) => ({ profile, allowed: index >= floor }));
}

/**
 * The log windows offered, shortest first: the usual ones up to the policy's maximum, plus the
 * maximum itself and the current value (a link's) when they are not among them. Nothing above the
 * maximum is offered.
 */
export function logWindowChoices(policy: FormPolicy, current?: number): number[] {
  const max = policy.maxLogWindowHours ?? Infinity;
  const hours = new Set<number>(LOG_WINDOW_HOURS.filter((h) => h <= max));
  if (Number.isFinite(max)) hours.add(max);
  if (current !== undefined && current > 0 && current <= max) hours.add(current);
  return [...hours].sort((a, b) => a - b);
}

/** The form's choices the policy bounds. */
export interface PolicyBoundChoices {
  redaction: FormRedaction;
  logWindowHours: number;
}

/** The choices brought within the policy: redaction raised to the minimum, the window lowered to the maximum. */
export function withinFormPolicy<T extends PolicyBoundChoices>(choices: T, policy: FormPolicy): T {
  const allowed = redactionChoices(policy).filter((choice) => choice.allowed);
  const redaction = allowed.some((choice) => choice.profile === choices.redaction) ? choices.redaction : allowed[0]!.profile;
  const logWindowHours = Math.min(choices.logWindowHours, policy.maxLogWindowHours ?? Infinity);
  return redaction === choices.redaction && logWindowHours === choices.logWindowHours ? choices : { ...choices, redaction, logWindowHours };
}

/** Which of the form's options the organisation sets or bounds, each with the sentence its mark shows. */
export interface PolicyMarks {
  redaction?: string;
  logWindow?: string;
  screenshot?: string;
  probes?: string;
  signedRequests?: string;
}

/** The "Set by your organisation" marks to show, one sentence each; an option the policy leaves alone has none. */
export function policyMarks(policy: FormPolicy): PolicyMarks {
  const marks: PolicyMarks = {};
  if (policy.minimumRedaction && policy.minimumRedaction !== FORM_REDACTIONS[0]) marks.redaction = `at least ${policy.minimumRedaction} redaction.`;
  const caps = [policy.maxLogWindowHours !== undefined ? `${policy.maxLogWindowHours} hours` : null, policy.maxTotalMb !== undefined ? `${policy.maxTotalMb} MB` : null].filter(Boolean);
  if (caps.length > 0) marks.logWindow = `at most ${caps.join(' and ')} of Zoom logs.`;
  if (policy.allowScreenshots === false) marks.screenshot = 'screenshots are not allowed in bundles.';
  if (policy.probePlan) marks.probes = "the network tests follow your organisation's test plan.";
  if (policy.requireSignedRequests) marks.signedRequests = 'only signed help-desk requests are accepted.';
  return marks;
}
