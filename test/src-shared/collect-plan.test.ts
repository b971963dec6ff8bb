/**
 * The collect plan's precedence table, run through BOTH faces: `zpb collect`'s planning step (the
 * function runCollect calls: flags parsed, then planned) and the app's real IPC prepareBundle (a
 * recording collector sees the settings it collects with; the draft shows the redaction and the
 * notes; the replay store shows whether the request was claimed). Each row says what the plan
 * must be; both faces must give it. Rows a face cannot express (a probe-plan flag and --no-upload
 * have no form field; a screenshot has no flag) run on the other face only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCliCollect, noteLine } from '../../src-main/cli/collect-plan-flags.js';
import { UsageError } from '../../src-main/cli/usage-error.js';
import type { CollectSettings } from '../../src-main/collect/collect-settings.js';
import type { Collector } from '../../src-main/collect/collector.js';
import { loadPolicy } from '../../src-main/platform/load-policy.js';
import { createIpcHandlers } from '../../src-main/services/ipc-handlers.js';
import { replayStoreFor } from '../../src-main/requests/replay-store.js';
import { RequestLinkInbox } from '../../src-main/requests/request-link-inbox.js';
import { noteSentence, planCollect, refusalSentence, type CollectIntent, type PlanClaim, type PlanField, type PlannedSettings } from '../../src-shared/collect-plan.js';
import { IPC_METHOD_CHANNELS } from '../../src-shared/ipc-channels.js';
import { NO_POLICY, type OrgPolicy } from '../../src-shared/org-policy.js';
import { parseRequestLink } from '../../src-shared/request-link.js';
import type { VerifiedRequest } from '../../src-shared/signed-request.js';
import { fixtureEnvironment } from '../helpers/fixture-environment.js';
import { useTempDir } from '../helpers/temp-dir.js';

const root = useTempDir('zpb-collect-plan-');
const NOW = new Date('2026-11-26T08:00:00Z');
const MB = 1024 * 1024;
/** A signed link's form; the request behind it is the row's `signed` (verification has its own tests). */
const SIGNED_LINK = 'zoom-phone-bundle://collect?request=aaaa.bbbb.cccc';

type Face = 'cli' | 'app';

interface Row {
  name: string;
  policy?: Partial<Record<keyof OrgPolicy, unknown>>;
  intent: CollectIntent;
  /** An unsigned link's text, or a verified signed request. */
  link?: { unsigned: string } | { signed: Omit<VerifiedRequest, 'kid' | 'expiresAt'> };
  /** Only these faces can express the row. */
  faces?: Face[];
  plan:
    | { refused: { field: PlanField; words: string; todo?: string } }
    | { settings: PlannedSettings; redaction: string; notes?: string[]; claim?: PlanClaim; destination?: string };
}

const STRICT_SIGNED = { jti: 'signed-request-0001', request: { ticket: 'INC-9', redaction: 'strict' as const, logWindowHours: 6, probes: false } };
const UPLOADING = { jti: 'signed-request-0002', request: { ticket: 'INC-10' }, upload: { kind: 's3-put' as const, url: 'https://uploads.example.org/b/k.zip?X-Amz-Signature=00' } };

const ROWS: Row[] = [
  { name: 'nothing chosen, no link, no policy: the defaults', intent: { probes: true }, plan: { settings: { probes: true }, redaction: 'standard', claim: 'none', destination: 'keep' } },
  { name: 'the person\'s choices apply', intent: { probes: false, redaction: 'minimal', logWindowHours: 12 }, plan: { settings: { probes: false, logWindowHours: 12 }, redaction: 'minimal' } },
  {
    name: 'an unsigned link pre-fills: its stricter redaction, window and probes apply',
    intent: { probes: true },
    link: { unsigned: 'zoom-phone-bundle://collect?ticket=INC-1&redaction=strict&logWindowHours=24&probes=0' },
    plan: { settings: { probes: false, logWindowHours: 24 }, redaction: 'strict', claim: 'none', destination: 'keep' },
  },
  {
    name: 'the person\'s choice beats an unsigned link',
    intent: { probes: true, redaction: 'standard', logWindowHours: 4 },
    link: { unsigned: 'zoom-phone-bundle://collect?ticket=INC-1&redaction=strict&logWindowHours=24' },
    plan: { settings: { probes: true, logWindowHours: 4 }, redaction: 'standard' },
  },
  {
    name: 'an unsigned link may not lower the redaction nor say where the bundle goes: both ignored, said once',
    intent: { probes: true },
    link: { unsigned: 'zoom-phone-bundle://collect?ticket=INC-2&redaction=minimal&return=mailto:attacker@example.net' },
    plan: {
      settings: { probes: true },
      redaction: 'standard',
      notes: ['the link is not signed, so its lower redaction (the default, standard, applies) and where it says to send the bundle are ignored'],
      destination: 'keep',
    },
  },
  {
    name: 'a signed request\'s fields apply and it is spent by the saved bundle',
    intent: { probes: true },
    link: { signed: STRICT_SIGNED },
    plan: { settings: { probes: false, logWindowHours: 6 }, redaction: 'strict', claim: 'until-saved', destination: 'keep' },
  },
  {
    name: 'a signed request with an upload is spent when it is sent, and the bundle goes there',
    intent: { probes: true },
    link: { signed: UPLOADING },
    policy: { allowedUploadHosts: ['uploads.example.org'] },
    plan: { settings: { probes: true }, redaction: 'standard', claim: 'when-sent', destination: 'upload' },
  },
  {
    name: '--no-upload keeps the bundle here and spends nothing',
    faces: ['cli'],
    intent: { probes: true, keepHere: true },
    link: { signed: UPLOADING },
    plan: { settings: { probes: true }, redaction: 'standard', claim: 'none', destination: 'keep' },
  },
  {
    name: 'a destination the policy does not allow is refused before anything is collected',
    intent: { probes: true },
    link: { signed: UPLOADING },
    policy: { allowedUploadHosts: ['files.example.com'] },
    plan: { refused: { field: 'requestLink', words: 'Your organisation does not allow uploads to uploads.example.org.' } },
  },
  {
    name: 'policy over the person: redaction raised, window and total lowered, each said',
    intent: { probes: true, redaction: 'minimal', logWindowHours: 72, maxTotalMb: 10 },
    policy: { minimumRedaction: 'strict', maxLogWindowHours: 6, maxTotalMb: 1 },
    plan: {
      settings: { probes: true, logWindowHours: 6, maxTotalBytes: MB },
      redaction: 'strict',
      notes: [
        'your organisation requires at least "strict" redaction; using strict',
        'your organisation allows at most 6 hours of logs; using 6',
        'your organisation allows at most 1 MB of Zoom logs; using 1',
      ],
    },
  },
  {
    name: 'policy over a signed request: tighten, never loosen',
    intent: { probes: true },
    link: { signed: { ...STRICT_SIGNED, jti: 'signed-request-0003', request: { ticket: 'INC-11', redaction: 'minimal', logWindowHours: 72 } } },
    policy: { minimumRedaction: 'standard', maxLogWindowHours: 24 },
    plan: {
      settings: { probes: true, logWindowHours: 24 },
      redaction: 'standard',
      notes: ['your organisation requires at least "standard" redaction; using standard', 'your organisation allows at most 24 hours of logs; using 24'],
      claim: 'until-saved',
    },
  },
  {
    name: 'a stricter choice than the policy\'s minimum stays',
    intent: { probes: true, redaction: 'strict', logWindowHours: 4 },
    policy: { minimumRedaction: 'standard', maxLogWindowHours: 24 },
    plan: { settings: { probes: true, logWindowHours: 4 }, redaction: 'strict' },
  },
  {
    name: 'the policy\'s probe plan replaces the shipped one',
    intent: { probes: true },
    policy: { probePlan: '/etc/zpb/plan.json' },
    plan: { settings: { probes: true, probePlanPath: '/etc/zpb/plan.json' }, redaction: 'standard' },
  },
  {
    name: 'a probe plan the person names is refused under the policy\'s',
    faces: ['cli'],
    intent: { probes: true, probePlan: '/tmp/mine.json' },
    policy: { probePlan: '/etc/zpb/plan.json' },
    plan: { refused: { field: 'probePlan', words: 'your organisation sets the probe plan (/etc/zpb/plan.json)' } },
  },
  {
    name: 'an unsigned link is refused when only signed requests are accepted',
    intent: { probes: true },
    link: { unsigned: 'zoom-phone-bundle://collect?ticket=INC-3' },
    policy: { requireSignedRequests: true },
    plan: { refused: { field: 'requestLink', words: 'this request is not signed, and your organisation accepts signed requests only', todo: 'Ask the help desk for a signed link, or fill in the form yourself.' } },
  },
  {
    name: 'an invalid policy fails closed: only signed requests',
    intent: { probes: true },
    link: { unsigned: 'zoom-phone-bundle://collect?ticket=INC-4' },
    policy: { maxTotalMb: 'lots' },
    plan: {
      refused: { field: 'requestLink', words: 'this request is not signed, and the organisation policy is invalid, so only signed requests are accepted', todo: 'Ask the help desk for a signed link, or fill in the form yourself.' },
    },
  },
  {
    name: 'a signed request is accepted when only signed requests are',
    intent: { probes: true },
    link: { signed: { ...STRICT_SIGNED, jti: 'signed-request-0004' } },
    policy: { requireSignedRequests: true },
    plan: { settings: { probes: false, logWindowHours: 6 }, redaction: 'strict', claim: 'until-saved' },
  },
  {
    name: 'a screenshot the policy does not allow is refused',
    faces: ['app'],
    intent: { probes: true, screenshot: true },
    policy: { allowScreenshots: false },
    plan: { refused: { field: 'screenshot', words: 'your organisation does not allow screenshots in bundles', todo: 'Remove the screenshot, then create the bundle.' } },
  },
];

/** The flags a person types for the row. */
function argvOf(row: Row): string[] {
  const { intent, link } = row;
  return [
    ...(intent.probes ? [] : ['--no-probes']),
    ...(intent.redaction ? ['--redaction', intent.redaction] : []),
    ...(intent.logWindowHours !== undefined ? ['--log-window', String(intent.logWindowHours)] : []),
    ...(intent.maxTotalMb !== undefined ? ['--max-total-mb', String(intent.maxTotalMb)] : []),
    ...(intent.probePlan ? ['--probe-plan', intent.probePlan] : []),
    ...(intent.keepHere ? ['--no-upload'] : []),
    ...(link ? ['--request-link', 'unsigned' in link ? link.unsigned : SIGNED_LINK] : []),
  ];
}

function verifiedOf(row: Row): VerifiedRequest | undefined {
  return row.link && 'signed' in row.link ? { kid: 'desk-1', expiresAt: '2026-11-27T08:00:00.000Z', ...row.link.signed } : undefined;
}

function environmentOf(row: Row, index: number) {
  const folder = path.join(root, `row-${index}`);
  mkdirSync(folder, { recursive: true });
  const policyFile = path.join(folder, 'policy.json');
  writeFileSync(policyFile, JSON.stringify(row.policy ?? {}));
  return fixtureEnvironment('linux', path.join(folder, 'home'), { ZPB_POLICY_FILE: policyFile }, NOW);
}

const FLAG_OF: Record<PlanField, string> = { requestLink: '--request-link', probePlan: '--probe-plan', screenshot: 'screenshot' };

/** `zpb collect`'s face: the planning step runCollect takes, from the flags. */
async function cliFace(row: Row, index: number) {
  const policy = await loadPolicy(environmentOf(row, index));
  try {
    const { plan } = planCliCollect(argvOf(row), NOW, policy, verifiedOf(row));
    return { plan, lines: plan.notes.map(noteLine) };
  } catch (error) {
    if (error instanceof UsageError) return { refused: error.message };
    throw error;
  }
}

/** The app's face: the real prepareBundle handler, with a collector that records what it was given. */
async function appFace(row: Row, index: number) {
  const environment = environmentOf(row, index);
  const seen: CollectSettings[] = [];
  const recorder: Collector = { id: 'system', deadlineMs: 10_000, run: async ({ settings }) => (seen.push(settings), { message: 'recorded', data: {} }) };
  const verified = verifiedOf(row);
  const requestLinks = new RequestLinkInbox(async () => verified!);
  const delivery = verified ? await requestLinks.deliver(SIGNED_LINK) : undefined;
  const maxTotalBytes = row.intent.maxTotalMb !== undefined ? row.intent.maxTotalMb * MB : undefined;
  const handlers = createIpcHandlers({
    outputDir: path.join(root, `row-${index}`),
    environment,
    collectors: [recorder],
    requestLinks,
    draftDir: path.join(root, `row-${index}`, 'drafts'),
    ...(maxTotalBytes !== undefined ? { settings: { maxTotalBytes } } : {}),
  });
  const { intent, link } = row;
  const result = await handlers.get(IPC_METHOD_CHANNELS.prepareBundle)!(
    {
      report: { occurredAt: NOW.toISOString(), timeZone: 'UTC' },
      probes: intent.probes,
      ...(intent.redaction ? { redaction: intent.redaction } : {}),
      ...(intent.logWindowHours !== undefined ? { logWindowHours: intent.logWindowHours } : {}),
      ...(intent.screenshot ? { screenshot: 'data:image/png;base64,iVBORw0KGgo=' } : {}),
      // What the renderer sends: the link as read (main limits an unsigned one again), or the verified request's id.
      ...(link && 'unsigned' in link ? { request: parseRequestLink(link.unsigned) } : {}),
      ...(delivery?.verification?.requestId ? { requestId: delivery.verification.requestId } : {}),
    },
    () => undefined,
  );
  const claimed = verified ? await replayStoreFor(environment).used(verified.jti) : false;
  return { result, settings: seen[0], claimed };
}

describe('planCollect: one table, both faces', () => {
  it.each(ROWS.map((row, index) => [row.name, row, index] as const))('%s', async (_name, row, index) => {
    const faces = row.faces ?? ['cli', 'app'];
    // The pure plan itself (what both faces call).
    const pure = planCollect(row.intent, row.link ? ('unsigned' in row.link ? { kind: 'unsigned', link: parseRequestLink(row.link.unsigned) } : { kind: 'signed', verified: verifiedOf(row)! }) : { kind: 'none' }, await loadPolicy(environmentOf(row, index)));
    if ('refused' in row.plan) {
      expect(pure).toMatchObject({ ok: false, ...row.plan.refused });
      if (faces.includes('cli')) expect(await cliFace(row, index)).toEqual({ refused: `${FLAG_OF[row.plan.refused.field]}: ${row.plan.refused.words}` });
      if (faces.includes('app')) {
        const { result, settings, claimed } = await appFace(row, index);
        expect(result).toEqual({ ok: false, error: { code: 'policy', message: refusalSentence({ ok: false, reason: 'screenshot-not-allowed', ...row.plan.refused }) } });
        expect([settings, claimed]).toEqual([undefined, false]); // nothing collected, nothing claimed
      }
      return;
    }
    const expected = row.plan;
    const notes = expected.notes ?? [];
    expect(pure).toMatchObject({ ok: true, settings: expected.settings, redaction: expected.redaction });
    if (!pure.ok) return;
    expect(pure.notes.map((note) => note.words)).toEqual(notes);
    if (expected.claim) expect(pure.claim).toBe(expected.claim);
    if (expected.destination) expect(pure.destination.kind).toBe(expected.destination);

    if (faces.includes('cli')) {
      const cli = await cliFace(row, index);
      if (!('plan' in cli) || !cli.plan) throw new Error(`the CLI refused: ${cli.refused}`);
      expect(cli.plan).toEqual(pure);
      expect(cli.lines.map((line) => line.replace(/^(note|--request-link): /, ''))).toEqual(notes);
    }
    if (faces.includes('app')) {
      const { result, settings, claimed } = await appFace(row, index);
      if (!result.ok) throw new Error(`the app refused: ${result.error.message}`);
      const draft = result.value as { redaction: { profile: string }; notices: string[] };
      // The settings the collectors ran with: the plan's over the defaults.
      expect(settings).toMatchObject({ logWindowHours: 48, maxTotalBytes: 200 * MB, ...expected.settings });
      expect(settings?.probePlanPath).toBe(expected.settings.probePlanPath);
      expect(draft.redaction.profile).toBe(expected.redaction);
      expect(draft.notices.slice(0, notes.length)).toEqual(notes.map((words) => noteSentence({ words })));
      // Claimed before collecting only when the saved bundle spends it.
      expect(claimed).toBe(pure.claim === 'until-saved');
    }
  });

  it('an upload address in an unsigned link is ignored, said by both faces (the CLI on stderr, the app in its request banner)', async () => {
    const raw = 'zoom-phone-bundle://collect?ticket=INC-5&upload=https://uploads.example.com/x';
    const cli = planCliCollect(['--request-link', raw], NOW, NO_POLICY);
    expect(cli.plan.destination).toEqual({ kind: 'keep' });
    expect(cli.plan.claim).toBe('none');
    expect(cli.plan.notes.map(noteLine)).toEqual(['--request-link: the link is not signed, so the upload address in it (nothing is sent anywhere) is ignored']);
    const inbox = new RequestLinkInbox();
    expect(await inbox.deliver(raw)).toEqual({ link: { ticket: 'INC-5' }, error: null, verification: { signed: false, uploadIgnored: true } });
  });
});
