/**
 * One collect plan for both faces (docs/design.md, under its layers): what the person or the flags
 * chose, the help desk's link and the organisation policy become what to collect, what to tell the
 * person, when a signed request is spent and where the bundle goes. `zpb collect` and the app's
 * prepareBundle both call planCollect, so they cannot decide differently. Precedence: policy over a
 * signed request over an unsigned link over the person's choices over the defaults; a link or a
 * person may tighten, never loosen what the policy sets. Pure: no Node, no I/O.
 */
import type { RedactionProfile } from './bundle-manifest.js';
import { policyValue, type EffectivePolicy } from './org-policy.js';
import { limitLogWindow, limitRedaction, limitTotalMb, screenshotsAllowed, signedRequestsRequired } from './policy-limits.js';
import { parseRequestLink, type RequestLink } from './request-link.js';
import { linkAsksForUpload, type VerifiedRequest } from './signed-request.js';
import { ignoredLinkFieldsSentence, limitUnsignedLink, type IgnoredLinkField } from './unsigned-link-limits.js';
import { destinationProblem, type UploadDestination } from './upload-destination.js';

const MB = 1024 * 1024;

/** What the person (the app's form) or the flags (`zpb collect`) chose; absent = not chosen. */
export interface CollectIntent {
  /** Run the network probes (false: the person turned them off). */
  probes: boolean;
  redaction?: RedactionProfile;
  logWindowHours?: number;
  maxTotalMb?: number;
  /** A probe plan file the person named (`--probe-plan`); the app's form names none. */
  probePlan?: string;
  /** A screenshot is attached (the app's form). */
  screenshot?: boolean;
  /** Keep the bundle here even when a signed request says where to send it (`--no-upload`). */
  keepHere?: boolean;
}

/** The help desk's link behind the run, as read: unsigned (pre-fills only) or verified signed. */
export type PlanLink =
  | { kind: 'none' }
  /** `ignored`: fields dropped while reading the raw link (an upload address the parsed link cannot hold). */
  | { kind: 'unsigned'; link: RequestLink; ignored?: readonly IgnoredLinkField[] }
  | { kind: 'signed'; verified: VerifiedRequest };

/** An unsigned link as read from its text (throws RequestLinkError): an upload address in it is noted as ignored. */
export function unsignedPlanLink(raw: string): PlanLink {
  return { kind: 'unsigned', link: parseRequestLink(raw), ...(linkAsksForUpload(raw) ? { ignored: ['upload'] } : {}) };
}

/** The input a refusal is about: each face names it its own way (a flag, a form field). */
export type PlanField = 'requestLink' | 'probePlan' | 'screenshot';

/** Why a plan was refused. */
export type PlanRefusalReason = 'unsigned-link-refused' | 'probe-plan-set-by-policy' | 'screenshot-not-allowed' | 'destination-not-allowed';

/** A refused run: nothing is collected. `words` is one clause a face puts after its field name. */
export interface PlanRefusal {
  ok: false;
  field: PlanField;
  reason: PlanRefusalReason;
  words: string;
  /** What the person can do, as a sentence (the app shows it after the words). */
  todo?: string;
}

/**
 * When the signed request is spent: never (no signed request, or kept here from an upload request),
 * claimed before collecting and spent once a bundle is saved ('until-saved'), or claimed while the
 * bundle is sent ('when-sent').
 */
export type PlanClaim = 'none' | 'until-saved' | 'when-sent';

/** Where the bundle goes once saved. */
export type PlanDestination =
  | { kind: 'keep' }
  /** Tell the person where to send it (a signed request's `return`). */
  | { kind: 'return-to'; returnTo: string; ticket: string }
  | { kind: 'upload'; upload: UploadDestination };

/** Something the plan changed or ignored: `words` is one clause; `field` names the input when it is about one. */
export interface PlanNote {
  field?: PlanField;
  words: string;
}

/** The settings the plan decides; everything else keeps its default. */
export interface PlannedSettings {
  probes: boolean;
  logWindowHours?: number;
  maxTotalBytes?: number;
  probePlanPath?: string;
}

export interface CollectPlan {
  ok: true;
  settings: PlannedSettings;
  redaction: RedactionProfile;
  /** The request the bundle answers (an unsigned link without what it may not ask), for the manifest. */
  request?: RequestLink;
  /** One per thing the plan changed or ignored, said before collecting. */
  notes: PlanNote[];
  claim: PlanClaim;
  destination: PlanDestination;
}

/** The plan for one run, or why it is refused. */
export function planCollect(intent: CollectIntent, link: PlanLink, policy: EffectivePolicy): CollectPlan | PlanRefusal {
  const refused = refusal(intent, link, policy);
  if (refused) return refused;
  const notes: PlanNote[] = [];
  const request = requestOf(link, notes);
  // The person's choices over the link's; the policy over both.
  const redaction = limitRedaction(intent.redaction ?? request?.redaction ?? 'standard', policy);
  const hours = limitLogWindow(intent.logWindowHours ?? request?.logWindowHours, policy);
  const totalMb = limitTotalMb(intent.maxTotalMb, policy);
  for (const limited of [redaction, hours, totalMb]) if (limited.limitedBy) notes.push({ words: `${limited.limitedBy}; using ${String(limited.value)}` });
  const probePlanPath = policyValue(policy, 'probePlan') ?? intent.probePlan;
  return {
    ok: true,
    settings: {
      probes: intent.probes && (request?.probes ?? true),
      ...(hours.value !== undefined ? { logWindowHours: hours.value } : {}),
      ...(totalMb.value !== undefined ? { maxTotalBytes: Math.round(totalMb.value * MB) } : {}),
      ...(probePlanPath ? { probePlanPath } : {}),
    },
    redaction: redaction.value,
    ...(request ? { request } : {}),
    notes,
    ...claimAndDestination(intent, link, request),
  };
}

/** The first thing that stops the run before anything is collected, if any. */
function refusal(intent: CollectIntent, link: PlanLink, policy: EffectivePolicy): PlanRefusal | undefined {
  if (link.kind === 'unsigned' && signedRequestsRequired(policy)) {
    const why = policy.failedClosed ? 'the organisation policy is invalid, so only signed requests are accepted' : 'your organisation accepts signed requests only';
    return { ok: false, field: 'requestLink', reason: 'unsigned-link-refused', words: `this request is not signed, and ${why}`, todo: 'Ask the help desk for a signed link, or fill in the form yourself.' };
  }
  const policyPlan = policyValue(policy, 'probePlan');
  if (policyPlan && intent.probePlan) return { ok: false, field: 'probePlan', reason: 'probe-plan-set-by-policy', words: `your organisation sets the probe plan (${policyPlan})` };
  if (intent.screenshot && !screenshotsAllowed(policy)) {
    return { ok: false, field: 'screenshot', reason: 'screenshot-not-allowed', words: 'your organisation does not allow screenshots in bundles', todo: 'Remove the screenshot, then create the bundle.' };
  }
  // Where the bundle goes is checked before anything is collected: a refused destination collects nothing.
  const upload = link.kind === 'signed' && !intent.keepHere ? link.verified.upload : undefined;
  const problem = upload && destinationProblem(upload, policy);
  if (problem) return { ok: false, field: 'requestLink', reason: 'destination-not-allowed', words: problem };
  return undefined;
}

/** The link's request as it applies; an unsigned one loses what it may not ask, said in a note. */
function requestOf(link: PlanLink, notes: PlanNote[]): RequestLink | undefined {
  if (link.kind === 'none') return undefined;
  if (link.kind === 'signed') return link.verified.request;
  const limited = limitUnsignedLink(link.link);
  const ignored = [...new Set([...(link.ignored ?? []), ...limited.ignored])];
  if (ignored.length > 0) notes.push({ field: 'requestLink', words: ignoredLinkFieldsSentence(ignored) });
  return limited.link;
}

function claimAndDestination(intent: CollectIntent, link: PlanLink, request: RequestLink | undefined): Pick<CollectPlan, 'claim' | 'destination'> {
  const returnTo = request?.returnTo ? { kind: 'return-to' as const, returnTo: request.returnTo, ticket: request.ticket } : undefined;
  if (link.kind !== 'signed') return { claim: 'none', destination: returnTo ?? { kind: 'keep' } };
  const upload = link.verified.upload;
  if (!upload) return { claim: 'until-saved', destination: returnTo ?? { kind: 'keep' } };
  // Kept here from a request that names an upload: nothing sent, so nothing spent.
  return intent.keepHere ? { claim: 'none', destination: returnTo ?? { kind: 'keep' } } : { claim: 'when-sent', destination: { kind: 'upload', upload } };
}

/** A clause as a sentence: capital first, full stop last. */
function sentence(words: string): string {
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`.replace(/\.?$/, '.');
}

/** A refusal as one sentence for a person (the app's form): the words, then what to do. */
export function refusalSentence(refusal: PlanRefusal): string {
  return refusal.todo ? `${sentence(refusal.words)} ${refusal.todo}` : sentence(refusal.words);
}

/** A note as one sentence for a person (the app's review). */
export function noteSentence(note: PlanNote): string {
  return sentence(note.words);
}
