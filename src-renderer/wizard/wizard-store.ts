/**
 * The wizard's one typed store: a reducer over the form, the step, the live collection, the draft
 * under review and the saved result. Pure, so every transition is unit-tested in Node.
 */
import { foldProgress, type StepState } from '../../src-shared/collect-failure.js';
import type { CollectProgress } from '../../src-shared/collector-result.js';
import type { BundleDraftView, CollectResponse, RequestVerification } from '../../src-shared/ipc-contract.js';
import type { UploadProgress, UploadReceipt } from '../../src-shared/upload-receipt.js';
import type { RequestLink } from '../../src-shared/request-link.js';
import { OPEN_FORM_POLICY, withinFormPolicy, type FormPolicy } from '../../src-shared/form-policy.js';
import { LINK_ANSWERABLE } from '../../src-shared/incident-report.js';
import type { Problem } from '../common/error-text.js';
import { defaultForm, reportFromForm, type WizardForm } from './wizard-form.js';

export const STEPS = ['what', 'when', 'where', 'collect', 'review', 'done'] as const;
export type StepId = (typeof STEPS)[number];

/** Titles shown in the step list and as each step's heading. */
export const STEP_TITLES: Record<StepId, string> = {
  what: 'What happened',
  when: 'When',
  where: 'What failed and where',
  collect: 'Collect',
  review: 'Review before saving',
  done: 'Done',
};

/** One row of the live progress list: a collector, a probe or writing the bundle, as its last event left it. */
export type ProgressRow = StepState;

export interface WizardState {
  step: StepId;
  form: WizardForm;
  /** A sentence saying why the user cannot go on yet (shown next to the primary button). */
  blocked: string | null;
  /** error: why collecting failed; cancelled: the user stopped it (a calm notice, not an error). */
  collect: { running: boolean; cancelling: boolean; rows: ProgressRow[]; error: Problem | null; cancelled: boolean };
  draft: BundleDraftView | null;
  exclude: string[];
  saving: boolean;
  saveError: Problem | null;
  result: CollectResponse | null;
  /** The folder the user chose after a failed save (bundles go there from then on). */
  outputFolder: string | null;
  /** The help desk's request (from a request link), kept across "start over". */
  request: RequestLink | null;
  /** Why a request link could not be read, as a sentence. */
  requestError: Problem | null;
  /** Whether the request was signed and verified, and where a verified one sends the bundle. */
  verification: RequestVerification | null;
  /** The request was signed and made its bundle: after "start over" its answers stay, its signature is spent. */
  requestSpent: boolean;
  /** Sending the saved bundle where a verified request says. */
  sending: SendingState;
  /** Why the bundle chosen with "Send a saved bundle…" cannot be sent. */
  chooseProblem: Problem | null;
  /** The organisation policy's limits on the form (nothing locked until main says otherwise; main enforces them anyway). */
  policy: FormPolicy;
}

/** idle: nothing sent (yet); sending: in progress; sent: the receipt is there; failed or cancelled: the bundle stays. */
export interface SendingState {
  status: 'idle' | 'sending' | 'sent' | 'failed' | 'cancelled';
  /** The user pressed Cancel and the send has not stopped yet. */
  cancelling?: boolean;
  progress: UploadProgress | null;
  receipt: UploadReceipt | null;
  problem: Problem | null;
}

const NOT_SENT: SendingState = { status: 'idle', progress: null, receipt: null, problem: null };

export type WizardAction =
  | { type: 'edit'; patch: Partial<WizardForm> }
  | { type: 'toggle-change'; change: WizardForm['recentChanges'][number] }
  | { type: 'next' }
  | { type: 'block'; message: string }
  | { type: 'back' }
  | { type: 'collect-started' }
  | { type: 'progress'; event: CollectProgress }
  | { type: 'cancel-requested' }
  | { type: 'collect-failed'; problem: Problem }
  | { type: 'collect-cancelled' }
  | { type: 'draft-ready'; draft: BundleDraftView }
  | { type: 'toggle-exclude'; path: string }
  | { type: 'save-started' }
  | { type: 'save-failed'; problem: Problem }
  | { type: 'saved'; result: CollectResponse }
  | { type: 'folder-chosen'; path: string }
  | { type: 'start-over'; now: Date; timeZone: string }
  | { type: 'request-link'; link: RequestLink | null; error: string | null; details?: string; verification?: RequestVerification }
  | { type: 'send-started' }
  | { type: 'send-progress'; progress: UploadProgress }
  | { type: 'sent'; receipt: UploadReceipt }
  | { type: 'send-failed'; problem: Problem }
  | { type: 'send-cancel-requested' }
  | { type: 'send-cancelled' }
  | { type: 'choose-failed'; problem: Problem }
  | { type: 'policy'; policy: FormPolicy };

/** The state a new wizard starts in. */
export function initialWizardState(now: Date, timeZone: string): WizardState {
  return {
    step: 'what',
    form: defaultForm(now, timeZone),
    blocked: null,
    collect: { running: false, cancelling: false, rows: [], error: null, cancelled: false },
    draft: null,
    exclude: [],
    saving: false,
    saveError: null,
    result: null,
    outputFolder: null,
    request: null,
    requestError: null,
    verification: null,
    requestSpent: false,
    sending: NOT_SENT,
    chooseProblem: null,
    policy: OPEN_FORM_POLICY,
  };
}

/** The form within the policy: redaction raised to its minimum, the log window lowered to its maximum, a forbidden screenshot dropped. */
function withinPolicy(form: WizardForm, policy: FormPolicy): WizardForm {
  const bounded = withinFormPolicy(form, policy);
  return policy.allowScreenshots === false && bounded.screenshot ? { ...bounded, screenshot: null } : bounded;
}

/** Fills the answers a request link carries, never overwriting what the user already chose. */
function withRequest(state: WizardState, link: RequestLink, verification: RequestVerification | null): WizardState {
  const filled = LINK_ANSWERABLE.filter((field) => !state.form[field] && link[field]);
  const form: WizardState['form'] = {
    ...state.form,
    action: state.form.action || (link.action ?? ''),
    scope: state.form.scope || (link.scope ?? ''),
    network: state.form.network || (link.network ?? ''),
    probes: link.probes === false ? false : state.form.probes,
    // The help desk's settings are pre-filled like its answers; the policy still bounds them.
    ...(link.redaction ? { redaction: link.redaction } : {}),
    ...(link.logWindowHours ? { logWindowHours: link.logWindowHours } : {}),
    linkFilled: [...new Set([...state.form.linkFilled, ...filled])],
  };
  return { ...state, form: withinPolicy(form, state.policy), request: link, requestError: null, verification, requestSpent: false, chooseProblem: null };
}

/** Why the current step cannot be left forward, or null. */
function blockReason(state: WizardState): string | null {
  if (state.step === 'when' && reportFromForm(state.form) === null) return 'Enter a valid date and time.';
  return null;
}

/** The reducer. */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'edit':
      return { ...state, form: withinPolicy({ ...state.form, ...action.patch }, state.policy), blocked: null };
    case 'policy':
      return { ...state, policy: action.policy, form: withinPolicy(state.form, action.policy) };
    case 'toggle-change': {
      const has = state.form.recentChanges.includes(action.change);
      const recentChanges = has ? state.form.recentChanges.filter((c) => c !== action.change) : [...state.form.recentChanges, action.change];
      return { ...state, form: { ...state.form, recentChanges } };
    }
    case 'next': {
      if (state.step === 'collect' || state.step === 'review' || state.step === 'done') return state; // these advance by their own events
      const blocked = blockReason(state);
      if (blocked) return { ...state, blocked };
      return { ...state, step: STEPS[STEPS.indexOf(state.step) + 1]!, blocked: null };
    }
    case 'block':
      return { ...state, blocked: action.message };
    case 'back': {
      if (state.step === 'what' || state.step === 'done' || state.collect.running || state.saving) return state;
      // Going back from review drops the draft: what is collected must match what the form says.
      const step = state.step === 'review' ? 'where' : STEPS[STEPS.indexOf(state.step) - 1]!;
      return { ...state, step, blocked: null, draft: null, exclude: [], collect: { ...state.collect, error: null, cancelled: false } };
    }
    case 'collect-started':
      return { ...state, step: 'collect', collect: { running: true, cancelling: false, rows: [], error: null, cancelled: false }, draft: null, exclude: [], saveError: null };
    case 'progress':
      return state.collect.running ? { ...state, collect: { ...state.collect, rows: foldProgress(state.collect.rows, action.event) } } : state;
    case 'cancel-requested':
      return state.collect.running ? { ...state, collect: { ...state.collect, cancelling: true } } : state;
    case 'collect-failed':
      return { ...state, collect: { ...state.collect, running: false, cancelling: false, error: action.problem, cancelled: false } };
    case 'collect-cancelled':
      return { ...state, collect: { ...state.collect, running: false, cancelling: false, error: null, cancelled: true } };
    case 'draft-ready':
      return { ...state, step: 'review', draft: action.draft, collect: { ...state.collect, running: false, cancelling: false } };
    case 'toggle-exclude': {
      if (!state.draft || state.draft.requiredPaths.includes(action.path)) return state;
      const exclude = state.exclude.includes(action.path) ? state.exclude.filter((p) => p !== action.path) : [...state.exclude, action.path];
      return { ...state, exclude };
    }
    case 'save-started':
      // Pressing "Agree and create bundle" is the consent: the statement sits right beside it.
      return state.draft ? { ...state, saving: true, saveError: null } : state;
    case 'save-failed':
      return { ...state, saving: false, saveError: action.problem };
    case 'folder-chosen':
      return { ...state, saveError: null, outputFolder: action.path };
    case 'saved':
      return { ...state, step: 'done', saving: false, result: action.result, draft: state.draft, chooseProblem: null };
    case 'choose-failed':
      return { ...state, chooseProblem: action.problem };
    case 'start-over':
      return startOver(state, action);
    case 'request-link':
      return requestLinkArrived(state, action);
    case 'send-started':
    case 'send-progress':
    case 'sent':
    case 'send-failed':
    case 'send-cancel-requested':
    case 'send-cancelled':
      return { ...state, sending: sendingReducer(state.sending, action) };
  }
}

type ActionOf<T extends WizardAction['type']> = Extract<WizardAction, { type: T }>;

/** A fresh form; the policy stays, and so does a request's answers (its signature only while unspent). */
function startOver(state: WizardState, action: ActionOf<'start-over'>): WizardState {
  const started = initialWizardState(action.now, action.timeZone);
  const fresh = { ...started, policy: state.policy, form: withinPolicy(started.form, state.policy) };
  // A request that sent its bundle, or one without an upload whose bundle is saved, is spent: its answers stay, its signature does not.
  const spent = Boolean(state.verification?.signed) && (state.sending.status === 'sent' || (state.result !== null && !state.verification?.destination));
  const verification = spent ? null : state.verification;
  return state.request ? { ...withRequest(fresh, state.request, verification), requestSpent: spent || state.requestSpent } : fresh;
}

/** A help-desk link arrived: it fills the form only before collecting starts; its error is shown either way. */
function requestLinkArrived(state: WizardState, action: ActionOf<'request-link'>): WizardState {
  const requestError = action.link || !action.error ? null : { message: action.error, ...(action.details ? { details: action.details } : {}) };
  if (state.step !== 'what' && state.step !== 'when' && state.step !== 'where') return { ...state, requestError };
  return action.link ? withRequest(state, action.link, action.verification ?? null) : { ...state, requestError };
}

/** The sending part of the state. */
function sendingReducer(sending: WizardState['sending'], action: ActionOf<'send-started' | 'send-progress' | 'sent' | 'send-failed' | 'send-cancel-requested' | 'send-cancelled'>): WizardState['sending'] {
  switch (action.type) {
    case 'send-started':
      return { status: 'sending', progress: null, receipt: null, problem: null };
    case 'send-progress':
      return sending.status === 'sending' ? { ...sending, progress: action.progress } : sending;
    case 'sent':
      return { status: 'sent', progress: sending.progress, receipt: action.receipt, problem: null };
    case 'send-failed':
      return { ...sending, status: 'failed', cancelling: false, problem: action.problem };
    case 'send-cancel-requested':
      return sending.status === 'sending' ? { ...sending, cancelling: true } : sending;
    case 'send-cancelled':
      return { ...sending, status: 'cancelled', cancelling: false, problem: null };
  }
}
