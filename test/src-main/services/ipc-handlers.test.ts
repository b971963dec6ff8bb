import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIpcHandlers } from '../../../src-main/services/ipc-handlers.js';
import { IPC_METHOD_CHANNELS } from '../../../src-shared/ipc-channels.js';
import type { CollectProgress } from '../../../src-shared/collector-result.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const environment = fixtureEnvironment('linux', path.join(dir, 'home'), {}, new Date('2026-11-26T08:00:00Z'));

describe('createIpcHandlers', () => {
  const handlers = createIpcHandlers({ outputDir: dir, environment });
  const call = (channel: string, request: unknown, events: unknown[] = []) => handlers.get(channel)!(request, (name, payload) => events.push([name, payload]));

  it('registers exactly the contract channels', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_METHOD_CHANNELS).sort());
  });

  it('rejects invalid requests with a plain message, never throwing', async () => {
    const result = await call(IPC_METHOD_CHANNELS.prepareBundle, { report: { occurredAt: 'soon', timeZone: 'UTC' } });
    expect(result).toEqual({ ok: false, error: { code: 'bad-request', message: 'The app could not use what was sent. Please try again.', details: expect.stringMatching(/^Invalid request: report.occurredAt/) } });
    expect(await call(IPC_METHOD_CHANNELS.getAppInfo, { extra: 1 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  /** Prepares a draft and saves it with consent: the one way a bundle reaches the output folder. */
  async function prepareAndSave(h: typeof handlers, request: unknown, events: unknown[] = []) {
    const draft = await h.get(IPC_METHOD_CHANNELS.prepareBundle)!(request, (name, payload) => events.push([name, payload]));
    if (!draft.ok) throw new Error(draft.error.message);
    return h.get(IPC_METHOD_CHANNELS.saveBundle)!({ draftId: (draft.value as { draftId: string }).draftId, consent: true }, () => undefined);
  }

  it('prepares and saves a real bundle, emits progress, and never overwrites an earlier bundle', async () => {
    const events: [string, CollectProgress][] = [];
    const request = { report: { errorText: 'code 2202400', occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC' }, probes: false };
    const first = await prepareAndSave(handlers, request, events);
    const second = await prepareAndSave(handlers, request);
    if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));
    const a = first.value as { bundlePath: string };
    const b = second.value as { bundlePath: string };
    expect(path.dirname(a.bundlePath)).toBe(dir);
    expect(b.bundlePath).not.toBe(a.bundlePath);
    await readVerifiedBundle(a.bundlePath);
    await readVerifiedBundle(b.bundlePath);
    expect(events.some(([name, e]) => name === 'collectProgress' && e.id === 'system' && e.state === 'finished')).toBe(true);
  });

  it('turns a failed save into a sentence with what to do', async () => {
    const broken = createIpcHandlers({ outputDir: path.join(dir, 'no-such-folder'), environment, draftDir: path.join(dir, 'broken-drafts') });
    const result = await prepareAndSave(broken, { report: { occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC' }, probes: false });
    expect(result).toEqual({
      ok: false,
      error: { code: 'no-folder', message: 'The bundle could not be saved: the folder it goes to does not exist. Choose another folder.', details: expect.stringContaining('no-such-folder') },
    });
  });
});

describe('review flow channels', () => {
  const report = { errorText: 'Call failed (code: 2202400)', occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC', action: 'dialing', details: { dialedNumber: '++1 415 555 0123' } };
  const out = path.join(dir, 'review');
  const shown: string[] = [];
  let chosen: string | null = null;
  const handlers = createIpcHandlers({
    outputDir: dir,
    environment,
    draftDir: path.join(dir, 'drafts'),
    showItemInFolder: (file) => shown.push(file),
    chooseBundleFile: async () => chosen,
  });
  const call = async (channel: string, request: unknown) => handlers.get(channel)!(request, () => undefined);
  const value = async <T>(channel: string, request: unknown): Promise<T> => {
    const result = await call(channel, request);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };

  it('prepares a draft with files, triage and nothing in the output folder, then saves it only with consent', async () => {
    const before = readdirSync(dir).filter((f) => f.endsWith('.zip'));
    const draft = await value<{ draftId: string; files: { path: string }[]; analysis: { findings: { id: string; evidence: string[] }[] } }>(IPC_METHOD_CHANNELS.prepareBundle, { report, probes: false });
    expect(draft.files.map((f) => f.path)).toEqual(expect.arrayContaining(['report.json', 'analysis.json', 'README.txt']));
    expect(draft.analysis.findings.find((f) => f.id === 'repair.dialing')!.evidence.join(' ')).toMatch(/plus sign/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.zip'))).toEqual(before);

    const preview = await value<{ text: string }>(IPC_METHOD_CHANNELS.previewDraftFile, { draftId: draft.draftId, path: 'report.json' });
    expect(JSON.parse(preview.text)).toMatchObject({ errorText: 'Call failed (code: 2202400)' });

    expect(await call(IPC_METHOD_CHANNELS.saveBundle, { draftId: draft.draftId, exclude: [] })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const saved = await value<{ bundlePath: string }>(IPC_METHOD_CHANNELS.saveBundle, { draftId: draft.draftId, exclude: ['system.json'], consent: true });
    const { entries, manifest } = await readVerifiedBundle(saved.bundlePath);
    expect(entries.has('system.json')).toBe(false);
    expect(JSON.parse(entries.get('analysis.json')!.toString())).toEqual(draft.analysis);
    expect(manifest.skipped).toContainEqual({ source: 'system.json', reason: 'left out by the user before saving' });
    expect(await call(IPC_METHOD_CHANNELS.saveBundle, { draftId: draft.draftId, consent: true })).toMatchObject({ ok: false, error: { code: 'draft-gone', message: expect.stringMatching(/Collect again/) } });

    await value(IPC_METHOD_CHANNELS.showInFolder, { path: saved.bundlePath });
    expect(shown).toEqual([saved.bundlePath]);
    expect(await call(IPC_METHOD_CHANNELS.showInFolder, { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const inspected = await value<{ verified: boolean; analysis: unknown }>(IPC_METHOD_CHANNELS.inspectBundle, { path: saved.bundlePath });
    expect(inspected).toMatchObject({ verified: true, analysis: draft.analysis });
  });

  it('verifies a dropped bundle from its bytes under the dropped name and keeps no copy', async () => {
    const draft = await value<{ draftId: string }>(IPC_METHOD_CHANNELS.prepareBundle, { report, probes: false });
    const saved = await value<{ bundlePath: string }>(IPC_METHOD_CHANNELS.saveBundle, { draftId: draft.draftId, consent: true });
    const base64 = readFileSync(saved.bundlePath).toString('base64');
    expect(await value(IPC_METHOD_CHANNELS.inspectDroppedBundle, { name: 'from-mail.zip', base64 })).toMatchObject({ file: 'from-mail.zip', verified: true, problems: [] });
    expect(await value(IPC_METHOD_CHANNELS.inspectDroppedBundle, { name: 'junk.zip', base64: 'aGVsbG8=' })).toMatchObject({ file: 'junk.zip', verified: false, problems: [{ kind: 'not-a-zip' }] });
    expect(readdirSync(path.join(dir, 'drafts'))).toEqual([]);
  });

  it('opens only bundles main chose or wrote', async () => {
    expect(await call(IPC_METHOD_CHANNELS.inspectBundle, { path: path.join(out, 'x.zip') })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    chosen = path.join(dir, 'not-a-bundle.zip');
    writeFileSync(chosen, 'hello');
    expect(await value(IPC_METHOD_CHANNELS.chooseBundle, {})).toEqual({ path: chosen });
    expect(await value(IPC_METHOD_CHANNELS.inspectBundle, { path: chosen })).toMatchObject({ verified: false, problems: [{ kind: 'not-a-zip' }] });
  });

  it('cancels a running collection with a plain sentence', async () => {
    const slow = createIpcHandlers({
      outputDir: dir,
      environment,
      draftDir: path.join(dir, 'drafts'),
      collectors: [{ id: 'slow', deadlineMs: 60_000, run: ({ signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))) }],
    });
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const pending = slow.get(IPC_METHOD_CHANNELS.prepareBundle)!({ report, probes: false }, (_name, event) => {
      if ((event as CollectProgress).state === 'started') started();
    });
    await running;
    expect(await slow.get(IPC_METHOD_CHANNELS.cancelCollect)!({}, () => undefined)).toEqual({ ok: true, value: { cancelled: true } });
    expect(await pending).toEqual({ ok: false, error: { code: 'cancelled', message: 'Collecting was cancelled. Nothing was saved.' } });
    expect(await slow.get(IPC_METHOD_CHANNELS.cancelCollect)!({}, () => undefined)).toEqual({ ok: true, value: { cancelled: false } });
  });
});

describe('leaving out a file whose name the redactor changed', () => {
  it('keeps the file out of the saved bundle, though the review shows its redacted name', async () => {
    const home = path.join(dir, 'home-named-logs');
    mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
    writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_phone_peggy@example.com.log'), 'private call history\n');
    writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'Linux Client Version is 5.4.57862.0110\n');
    const named = fixtureEnvironment('linux', home, {}, new Date('2026-11-26T08:00:00Z'));
    const outputDir = path.join(dir, 'named-out');
    mkdirSync(outputDir);
    const handlers = createIpcHandlers({ outputDir, environment: named, draftDir: path.join(dir, 'named-drafts') });
    const value = async <T>(channel: string, request: unknown): Promise<T> => {
      const result = await handlers.get(channel)!(request, () => undefined);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as T;
    };
    const report = { occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC' };
    const draft = await value<{ draftId: string; files: { path: string }[] }>(IPC_METHOD_CHANNELS.prepareBundle, { report, probes: false });
    // The review lists the name as it will be sent: the email in it is already a placeholder.
    const shownName = draft.files.map((f) => f.path).find((p) => p.startsWith('logs/zoom/') && !p.endsWith('zoom_stdout_stderr.log'))!;
    expect(shownName).toBe('logs/zoom/home/_email-1_');
    const saved = await value<{ bundlePath: string }>(IPC_METHOD_CHANNELS.saveBundle, { draftId: draft.draftId, exclude: [shownName], consent: true });
    const { entries, manifest } = await readVerifiedBundle(saved.bundlePath);
    expect([...entries.keys()].filter((name) => name.startsWith('logs/zoom/'))).toEqual(['logs/zoom/home/zoom_stdout_stderr.log']);
    expect([...entries.values()].some((content) => content.toString().includes('private call history'))).toBe(false);
    expect(manifest.skipped).toContainEqual({ source: 'logs/zoom/home/<email-1>', reason: 'left out by the user before saving' });
  });
});

describe('two saves at once', () => {
  it('gives each bundle its own file: neither replaces the other', async () => {
    const outputDir = path.join(dir, 'two-saves');
    mkdirSync(outputDir);
    // The clock is fixed, so both saves start from the same default name.
    const handlers = createIpcHandlers({ outputDir, environment, draftDir: path.join(dir, 'two-saves-drafts') });
    const value = async <T>(channel: string, request: unknown): Promise<T> => {
      const result = await handlers.get(channel)!(request, () => undefined);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as T;
    };
    const report = { occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC' };
    const first = await value<{ draftId: string }>(IPC_METHOD_CHANNELS.prepareBundle, { report: { ...report, errorText: 'first' }, probes: false });
    const second = await value<{ draftId: string }>(IPC_METHOD_CHANNELS.prepareBundle, { report: { ...report, errorText: 'second' }, probes: false });
    const saved = await Promise.all(
      [first, second].map((draft) => value<{ bundlePath: string }>(IPC_METHOD_CHANNELS.saveBundle, { draftId: draft.draftId, consent: true })),
    );
    expect(new Set(saved.map((s) => s.bundlePath)).size).toBe(2);
    const texts = await Promise.all(saved.map(async (s) => JSON.parse((await readVerifiedBundle(s.bundlePath)).entries.get('report.json')!.toString()).errorText));
    expect(texts).toEqual(['first', 'second']);
    expect(readdirSync(outputDir).sort()).toEqual(saved.map((s) => path.basename(s.bundlePath)).sort());
  });
});

// Policy over link over the user's choices (and the screenshot refusal): the table in
// test/src-shared/collect-plan.test.ts runs this handler on every case.

describe('IPC handlers: the form learns the policy and its own choices apply', () => {
  it('gives the form the limits and nothing secret, and collects with the redaction and window the user chose', async () => {
    const policyFile = path.join(dir, 'form-policy.json');
    writeFileSync(policyFile, JSON.stringify({ minimumRedaction: 'standard', maxLogWindowHours: 30, reporterKey: 'organisation-secret-reporter-key', probePlan: '/etc/zpb/plan.json' }));
    const governed = fixtureEnvironment('linux', path.join(dir, 'home'), { ZPB_POLICY_FILE: policyFile }, new Date('2026-11-26T08:00:00Z'));
    const handlers = createIpcHandlers({ outputDir: dir, environment: governed, draftDir: path.join(dir, 'form-drafts') });
    const call = (channel: string, request: unknown) => handlers.get(channel)!(request, () => undefined) as Promise<{ ok: boolean; value?: unknown }>;
    const limits = await call(IPC_METHOD_CHANNELS.getFormPolicy, {});
    expect(limits).toEqual({ ok: true, value: { minimumRedaction: 'standard', maxLogWindowHours: 30, probePlan: true, requireSignedRequests: false } });
    expect(JSON.stringify(limits)).not.toMatch(/secret|plan\.json/);

    writeFileSync(policyFile, '{}');
    const report = { errorText: 'code 2202400', occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC' };
    // The user's own choices replace the link's (which pre-filled them).
    const draft = (await call(IPC_METHOD_CHANNELS.prepareBundle, { report, probes: false, redaction: 'strict', logWindowHours: 12, request: { ticket: 'INC-2', redaction: 'minimal', logWindowHours: 72 } })) as {
      ok: boolean;
      value: { draftId: string; redaction: { profile: string } };
    };
    expect(draft.ok).toBe(true);
    expect(draft.value.redaction.profile).toBe('strict');
    const preview = (await call(IPC_METHOD_CHANNELS.previewDraftFile, { draftId: draft.value.draftId, path: 'system.json' })) as { value: { text: string } };
    expect(JSON.parse(preview.value.text).zoomLogs.window.hours).toBe(12);
  });
});
