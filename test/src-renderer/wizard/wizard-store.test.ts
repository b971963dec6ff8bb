import { describe, expect, it } from 'vitest';
import type { BundleDraftView } from '../../../src-shared/ipc-contract.js';
import { reportFromForm } from '../../../src-renderer/wizard/wizard-form.js';
import { initialWizardState, wizardReducer, type WizardAction, type WizardState } from '../../../src-renderer/wizard/wizard-store.js';

const now = new Date('2026-11-26T08:30:00Z');
const start = () => initialWizardState(now, 'Europe/Berlin');
const run = (state: WizardState, ...actions: WizardAction[]) => actions.reduce(wizardReducer, state);
const draft: BundleDraftView = {
  draftId: '00000000-0000-4000-8000-000000000000',
  notices: [],
  files: [],
  skipped: [],
  collectors: [],
  redaction: { profile: 'none', total: 0, byCategory: {} },
  analysis: { schemaVersion: 1, findings: [], quickFixes: [] },
  requiredPaths: ['report.json'],
};

describe('wizardReducer', () => {
  it('starts on "what happened" with now in the system zone', () => {
    expect(start()).toMatchObject({ step: 'what', form: { date: '2026-11-26', time: '09:30', timeZone: 'Europe/Berlin' } });
  });
  it('leaves "what happened" without error text: it is optional (the one-click path collects without it)', () => {
    expect(run(start(), { type: 'next' })).toMatchObject({ step: 'when', blocked: null });
  });
  it('will not leave "when" with an unreadable time', () => {
    const s = run(start(), { type: 'edit', patch: { errorText: 'e' } }, { type: 'next' }, { type: 'edit', patch: { time: '' } }, { type: 'next' });
    expect(s).toMatchObject({ step: 'when', blocked: 'Enter a valid date and time.' });
  });
  it('toggles recent changes on and off', () => {
    const s = run(start(), { type: 'toggle-change', change: 'app-update' }, { type: 'toggle-change', change: 'network-change' }, { type: 'toggle-change', change: 'app-update' });
    expect(s.form.recentChanges).toEqual(['network-change']);
  });
  it('tracks progress per collector and probe, updating rows in place', () => {
    const s = run(
      start(),
      { type: 'collect-started' },
      { type: 'progress', event: { phase: 'collector', id: 'system', state: 'started' } },
      { type: 'progress', event: { phase: 'probe', id: 'tcp-443', state: 'started' } },
      { type: 'progress', event: { phase: 'collector', id: 'system', state: 'finished', status: 'ok' } },
    );
    expect(s.step).toBe('collect');
    expect(s.collect.rows).toEqual([
      { phase: 'collector', id: 'system', state: 'finished', status: 'ok', message: undefined },
      { phase: 'probe', id: 'tcp-443', state: 'started', status: undefined, message: undefined },
    ]);
  });
  it('ignores progress after the collection ended, and keeps a failure as a sentence', () => {
    const s = run(start(), { type: 'collect-started' }, { type: 'cancel-requested' }, { type: 'collect-failed', problem: { message: 'The disk is full.', details: 'ENOSPC' } }, { type: 'progress', event: { phase: 'collector', id: 'late', state: 'finished' } });
    expect(s.collect).toEqual({ running: false, cancelling: false, rows: [], error: { message: 'The disk is full.', details: 'ENOSPC' }, cancelled: false });
  });
  it('a cancel is a notice, not an error', () => {
    const s = run(start(), { type: 'collect-started' }, { type: 'cancel-requested' }, { type: 'collect-cancelled' });
    expect(s.collect).toMatchObject({ running: false, cancelling: false, error: null, cancelled: true });
    expect(run(s, { type: 'collect-started' }).collect.cancelled).toBe(false);
  });
  it('reviews a draft: required files cannot be left out, others toggle; saving needs a draft', () => {
    let s = run(start(), { type: 'collect-started' }, { type: 'draft-ready', draft });
    expect(s.step).toBe('review');
    s = run(s, { type: 'toggle-exclude', path: 'report.json' }, { type: 'toggle-exclude', path: 'logs/zoom/' }, { type: 'toggle-exclude', path: 'system.json' }, { type: 'toggle-exclude', path: 'system.json' });
    expect(s.exclude).toEqual(['logs/zoom/']);
    expect(run(start(), { type: 'save-started' }).saving).toBe(false);
    s = run(s, { type: 'save-started' });
    expect(s.saving).toBe(true);
    s = run(s, { type: 'saved', result: { bundlePath: '/b.zip', bytes: 1, sha256: '0'.repeat(64), fileCount: 1, collectors: [], skippedCount: 0 } });
    expect(s).toMatchObject({ step: 'done', saving: false, result: { bundlePath: '/b.zip' } });
  });
  it('going back from review drops the draft and the exclusions; start over resets everything', () => {
    const review = run(start(), { type: 'collect-started' }, { type: 'draft-ready', draft }, { type: 'toggle-exclude', path: 'system.json' });
    expect(run(review, { type: 'back' })).toMatchObject({ step: 'where', draft: null, exclude: [] });
    expect(run(review, { type: 'start-over', now, timeZone: 'UTC' })).toEqual(initialWizardState(now, 'UTC'));
  });
});

describe('wizard store: help-desk request links', () => {
  const link = { ticket: 'INC-1042', helpdesk: 'IT Desk', action: 'sms' as const, scope: 'only-me' as const, probes: false };

  it('fills unanswered questions from the link, keeps what the user chose, and survives start over', () => {
    let state = initialWizardState(new Date('2026-11-26T08:00:00Z'), 'UTC');
    state = wizardReducer(state, { type: 'edit', patch: { scope: 'many-users-one-network' } });
    state = wizardReducer(state, { type: 'request-link', link, error: null });
    expect(state.request).toEqual(link);
    expect(state.form).toMatchObject({ action: 'sms', scope: 'many-users-one-network', network: '', probes: false, linkFilled: ['action'] });
    // The link's kept answers go into the report as the help desk's; the user's own do not.
    expect(reportFromForm(state.form, state.request)?.answeredByLink).toEqual({ helpdesk: 'IT Desk', fields: ['action'] });
    const changed = wizardReducer(state, { type: 'edit', patch: { action: 'dialing' } });
    expect(reportFromForm(changed.form, changed.request)?.answeredByLink).toBeUndefined();
    state = wizardReducer(state, { type: 'start-over', now: new Date('2026-11-26T09:00:00Z'), timeZone: 'UTC' });
    expect(state.request).toEqual(link);
    expect(state.form).toMatchObject({ action: 'sms', scope: 'only-me' });
  });

  it('keeps the reason when a link could not be read', () => {
    const state = wizardReducer(initialWizardState(new Date(), 'UTC'), { type: 'request-link', link: null, error: 'The help desk link could not be read.' });
    expect(state).toMatchObject({ request: null, requestError: { message: 'The help desk link could not be read.' } });
  });
});

describe('wizardReducer: sending a verified request\u2019s bundle', () => {
  const verification = { signed: true, kid: 'desk-1', requestId: '00000000-0000-4000-8000-000000000001', destination: { kind: 's3-put' as const, host: 'uploads.example.com', path: '/b/x.zip' } };
  const receipt = { kind: 's3-put' as const, host: 'uploads.example.com', path: '/b/x.zip', bytes: 10, sha256: 'a'.repeat(64), sentAt: '2026-11-26T08:31:00.000Z' };
  const linked = () => run(start(), { type: 'request-link', link: { ticket: 'INC-1' }, error: null, verification });

  it('keeps progress only while sending, then the receipt or the problem', () => {
    const sending = run(linked(), { type: 'send-started' }, { type: 'send-progress', progress: { sentBytes: 5, totalBytes: 10, percent: 50 } });
    expect(sending.sending).toMatchObject({ status: 'sending', progress: { percent: 50 } });
    expect(run(sending, { type: 'sent', receipt }).sending).toMatchObject({ status: 'sent', receipt });
    const failed = run(sending, { type: 'send-failed', problem: { message: 'could not send' } });
    expect(failed.sending).toMatchObject({ status: 'failed', problem: { message: 'could not send' } });
    expect(run(failed, { type: 'send-progress', progress: { sentBytes: 9, totalBytes: 10, percent: 90 } }).sending.progress?.percent).toBe(50);
  });

  it('a cancel is asked for only while sending, and ends as "cancelled" with no problem; Try again starts afresh', () => {
    const sending = run(linked(), { type: 'send-started' });
    expect(run(linked(), { type: 'send-cancel-requested' }).sending.cancelling).toBeUndefined();
    const asked = run(sending, { type: 'send-cancel-requested' });
    expect(asked.sending).toMatchObject({ status: 'sending', cancelling: true });
    const cancelled = run(asked, { type: 'send-cancelled' });
    expect(cancelled.sending).toMatchObject({ status: 'cancelled', cancelling: false, problem: null, receipt: null });
    expect(run(cancelled, { type: 'send-started' }).sending).toEqual({ status: 'sending', progress: null, receipt: null, problem: null });
  });

  it('on "start over" keeps the request\u2019s answers but drops a destination whose bundle was sent', () => {
    const sent = run(linked(), { type: 'send-started' }, { type: 'sent', receipt }, { type: 'start-over', now, timeZone: 'UTC' });
    expect([sent.request?.ticket, sent.verification, sent.requestSpent, sent.sending.status]).toEqual(['INC-1', null, true, 'idle']);
    // Spent stays spent over another "start over"; a new link starts afresh.
    expect(run(sent, { type: 'start-over', now, timeZone: 'UTC' }).requestSpent).toBe(true);
    expect(run(sent, { type: 'request-link', link: { ticket: 'INC-9' }, error: null, verification }).requestSpent).toBe(false);
    expect(run(linked(), { type: 'start-over', now, timeZone: 'UTC' })).toMatchObject({ verification, requestSpent: false });
  });

  it('keeps why a chosen saved bundle cannot be sent until a bundle is chosen, saved or another link arrives', () => {
    const result = { bundlePath: '/saved.zip', bytes: 1, sha256: '0'.repeat(64), fileCount: 1, collectors: [], skippedCount: 0 };
    const refused = run(linked(), { type: 'choose-failed', problem: { message: 'not a bundle' } });
    expect(refused.chooseProblem).toEqual({ message: 'not a bundle' });
    expect(run(refused, { type: 'saved', result })).toMatchObject({ step: 'done', result, chooseProblem: null });
    expect(run(refused, { type: 'request-link', link: { ticket: 'INC-3' }, error: null, verification }).chooseProblem).toBeNull();
  });

  it('on "start over" drops the signature of a request without an upload once its bundle is saved (main spent it)', () => {
    const { destination: _destination, ...noUpload } = verification;
    const result = { bundlePath: '/b.zip', bytes: 1, sha256: '0'.repeat(64), fileCount: 1, collectors: [], skippedCount: 0 };
    const linkedOnly = () => run(start(), { type: 'request-link', link: { ticket: 'INC-2' }, error: null, verification: noUpload });
    const saved = run(linkedOnly(), { type: 'saved', result }, { type: 'start-over', now, timeZone: 'UTC' });
    expect([saved.request?.ticket, saved.verification, saved.requestSpent]).toEqual(['INC-2', null, true]);
    expect(run(linkedOnly(), { type: 'start-over', now, timeZone: 'UTC' }).verification).toEqual(noUpload);
    // One with an upload whose send failed keeps it: Try again (or a new bundle) may still send.
    expect(run(linked(), { type: 'saved', result }, { type: 'send-started' }, { type: 'send-failed', problem: { message: 'x' } }, { type: 'start-over', now, timeZone: 'UTC' }).verification).toEqual(verification);
  });
});

describe('wizardReducer: the organisation policy bounds the form', () => {
  const policy = { probePlan: false, requireSignedRequests: false, minimumRedaction: 'standard', maxLogWindowHours: 24, allowScreenshots: false } as const;
  const screenshot = { name: 'x.png', bytes: 3, dataUrl: 'data:image/png;base64,AAAA' };

  it('brings what was chosen within the policy when it arrives, and keeps it there on every edit', () => {
    const s = run(start(), { type: 'edit', patch: { redaction: 'minimal', logWindowHours: 168, screenshot } }, { type: 'policy', policy });
    expect(s.form).toMatchObject({ redaction: 'standard', logWindowHours: 24, screenshot: null });
    const edited = run(s, { type: 'edit', patch: { redaction: 'minimal', logWindowHours: 72, screenshot } });
    expect(edited.form).toMatchObject({ redaction: 'standard', logWindowHours: 24, screenshot: null });
    expect(run(s, { type: 'edit', patch: { redaction: 'strict', logWindowHours: 12 } }).form).toMatchObject({ redaction: 'strict', logWindowHours: 12 });
  });

  it("pre-fills a link's redaction and window within the policy, also after start over", () => {
    const s = run(start(), { type: 'policy', policy }, { type: 'request-link', link: { ticket: 'INC-9', redaction: 'minimal', logWindowHours: 96 }, error: null });
    expect(s.form).toMatchObject({ redaction: 'standard', logWindowHours: 24 });
    const strict = run(start(), { type: 'policy', policy }, { type: 'request-link', link: { ticket: 'INC-9', redaction: 'strict', logWindowHours: 6 }, error: null });
    expect(strict.form).toMatchObject({ redaction: 'strict', logWindowHours: 6 });
    const over = run(s, { type: 'start-over', now, timeZone: 'Europe/Berlin' });
    expect(over.policy).toEqual(policy);
    expect(over.form).toMatchObject({ redaction: 'standard', logWindowHours: 24 });
  });
});
