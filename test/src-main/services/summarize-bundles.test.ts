// `summarize` over bundles written by the real writer: every verdict, the window splitting,
// invalid files listed apart, and bundles from before reporter ids.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectBundle } from '../../../src-main/services/inspect-bundle.js';
import { summarizeBundles } from '../../../src-main/services/summarize-bundles.js';
import type { FleetGroup } from '../../../src-shared/fleet/fleet-summary.js';
import { fleetIds, writeFleetBundle, type FleetBundleSpec } from '../../helpers/fleet-bundles.js';
import { rewriteZip } from '../../helpers/rewrite-zip.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
let sets = 0;

/** Writes the specs as bundles in a fresh folder; returns their paths in spec order. */
async function bundles(specs: FleetBundleSpec[]): Promise<string[]> {
  const folder = path.join(dir, `set-${sets++}`);
  mkdirSync(folder);
  return Promise.all(specs.map((spec, i) => writeFleetBundle(folder, `b${String(i).padStart(2, '0')}.zip`, spec)));
}

const DIAL = 'Call failed (code: 2202400)';
const SMS = 'Message not sent (code: 1104403)';
const at = (hhmm: string, day = 26) => `2026-11-${day}T${hhmm}:00Z`;

/** The group whose masked text starts like `text`. */
function group(groups: FleetGroup[], text: string): FleetGroup {
  const found = groups.find((g) => g.maskedText.startsWith(text.toLowerCase().slice(0, 12)));
  expect(found, text).toBeDefined();
  return found!;
}

describe('summarizeBundles: verdicts', () => {
  it('one-user: one reporter on two computers', async () => {
    const files = await bundles([
      { user: 'ann', machine: 'ann-laptop', occurredAt: at('08:00') },
      { user: 'ann', machine: 'ann-desktop', occurredAt: at('08:20'), connection: 'wifi', zoomVersion: '6.2.5' },
      { user: 'ann', machine: 'ann-laptop', occurredAt: at('08:40'), scope: 'only-me' },
    ]);
    const summary = await summarizeBundles(files);
    expect(summary.invalid).toEqual([]);
    expect(summary.groups).toHaveLength(1);
    const [g] = summary.groups;
    expect(g).toMatchObject({ verdict: 'one-user', bundles: 3, reporters: 1, devices: 2, errorCode: '400', action: 'dialing', scopes: { 'only-me': 1 } });
    expect(g!.evidence.join(' ')).toContain(fleetIds({ user: 'ann' }).id);
    expect(g!.evidence.join(' ')).toContain('on 2 devices');
  });

  it('one-device: one computer fails while the same person\u2019s other computer sent a bundle without this error', async () => {
    const files = await bundles([
      { user: 'bo', machine: 'bo-old', occurredAt: at('09:00') },
      { user: 'bo', machine: 'bo-old', occurredAt: at('09:30') },
      { user: 'bo', machine: 'bo-new', occurredAt: at('09:45'), errorText: SMS, action: 'sms' },
    ]);
    const summary = await summarizeBundles(files);
    const dial = group(summary.groups, DIAL);
    expect(dial).toMatchObject({ verdict: 'one-device', bundles: 2, reporters: 1, devices: 1 });
    expect(dial.evidence.join(' ')).toContain(fleetIds({ user: 'bo', machine: 'bo-new' }).deviceId);
    // Without the other computer's bundle the same two are only "one user".
    expect((await summarizeBundles(files.slice(0, 2))).groups[0]!.verdict).toBe('one-user');
  });

  it('shared-network: several people, several versions, all behind the same proxy', async () => {
    const files = await bundles([
      { user: 'cy', occurredAt: at('10:00'), proxy: 'proxy', zoomVersion: '6.3.0', connection: 'wifi' },
      { user: 'di', occurredAt: at('10:05'), proxy: 'proxy', zoomVersion: '6.2.5', connection: 'wired' },
      { user: 'ed', occurredAt: at('10:10'), proxy: 'proxy', zoomVersion: '6.1.0', connection: 'wifi', failedProbes: { 'tls-sip-5091': 'refused' } },
    ]);
    const [g] = (await summarizeBundles(files)).groups;
    expect(g).toMatchObject({ verdict: 'shared-network', reporters: 3, devices: 3, failingProbes: { 'tls-sip-5091': 1 } });
    expect(g!.evidence).toContain('all 3 bundles behind a proxy (verdict proxy)');
    expect(g!.zoomVersions).toEqual({ '6.1.0': 1, '6.2.5': 1, '6.3.0': 1 });
  });

  it('shared-version: several people on one Zoom version across networks, people on other versions fine', async () => {
    const files = await bundles([
      { user: 'fay', occurredAt: at('11:00'), zoomVersion: '6.0.2', connection: 'wifi' },
      { user: 'gus', occurredAt: at('11:10'), zoomVersion: '6.0.2', connection: 'wired', vpn: 'detected' },
      { user: 'hal', occurredAt: at('11:20'), zoomVersion: '6.0.2', connection: 'wired' },
      { user: 'ivy', occurredAt: at('11:30'), zoomVersion: '6.3.0', errorText: SMS, action: 'sms' },
    ]);
    const dial = group((await summarizeBundles(files)).groups, DIAL);
    expect(dial).toMatchObject({ verdict: 'shared-version', reporters: 3 });
    expect(dial.evidence).toEqual(expect.arrayContaining(['all 3 bundles on Zoom 6.0.2', '1 other reporter on other versions (6.3.0) did not report this error']));
  });

  it('one network and one version: the contrast decides (others on the same network but another version are fine)', async () => {
    const files = await bundles([
      { user: 'jo', occurredAt: at('12:00'), zoomVersion: '6.0.2', connection: 'wifi' },
      { user: 'kai', occurredAt: at('12:05'), zoomVersion: '6.0.2', connection: 'wifi' },
      { user: 'lu', occurredAt: at('12:10'), zoomVersion: '6.3.0', connection: 'wifi', errorText: SMS, action: 'sms' },
    ]);
    expect(group((await summarizeBundles(files)).groups, DIAL).verdict).toBe('shared-version');
    // With nobody elsewhere to compare, one network kind comes first (the seed: many users plus one network).
    expect((await summarizeBundles(files.slice(0, 2))).groups[0]!.verdict).toBe('shared-network');
  });

  it('shared-wide: several people across networks and versions', async () => {
    const files = await bundles([
      { user: 'max', occurredAt: at('13:00'), zoomVersion: '6.3.0', connection: 'wifi' },
      { user: 'ned', occurredAt: at('13:01'), zoomVersion: '6.2.5', connection: 'wired', vpn: 'detected' },
      { user: 'ola', occurredAt: at('13:02'), zoomVersion: '6.1.0', connection: 'wired', proxy: 'auto-config' },
    ]);
    const [g] = (await summarizeBundles(files)).groups;
    expect(g!.verdict).toBe('shared-wide');
    expect(g!.evidence.join(' ')).toMatch(/across 2 network kinds \(wifi, wired\) and 3 Zoom versions/);
    expect(g!.networks).toHaveLength(3);
  });

  it('insufficient: a single bundle', async () => {
    const [g] = (await summarizeBundles(await bundles([{ user: 'pia', occurredAt: at('14:00') }]))).groups;
    expect(g).toMatchObject({ verdict: 'insufficient', bundles: 1, reporters: 1, devices: 1 });
  });

  it('a note when ids are keyed per computer (people on two computers count twice)', async () => {
    const files = await bundles([
      { user: 'quin', occurredAt: at('15:00'), keySource: 'machine', zoomVersion: '6.3.0' },
      { user: 'rae', occurredAt: at('15:10'), keySource: 'machine', zoomVersion: '6.2.5', connection: 'wifi' },
    ]);
    expect((await summarizeBundles(files)).groups[0]!.evidence.join(' ')).toContain('keyed per computer');
  });
});

describe('summarizeBundles: grouping and episodes', () => {
  it('groups by the code\u2019s last three digits, the masked text and the action', async () => {
    const files = await bundles([
      { user: 'a1', occurredAt: at('08:00'), errorText: 'Call failed (code: 2202400)' },
      { user: 'a2', occurredAt: at('08:01'), errorText: 'Call failed (code: 1302400)' },
      { user: 'a3', occurredAt: at('08:02'), errorText: 'Call failed (code: 2202400)', action: 'receiving-call' },
      { user: 'a4', occurredAt: at('08:03'), errorText: 'Call failed (code: 2202403)' },
    ]);
    const summary = await summarizeBundles(files);
    expect(summary.groups.map((g) => [g.errorCode, g.action, g.bundles])).toEqual([
      ['400', 'dialing', 2],
      ['400', 'receiving-call', 1],
      ['403', 'dialing', 1],
    ]);
    expect(summary.bundles.map((b) => b.group)).toEqual([summary.groups[0]!.fingerprint, summary.groups[0]!.fingerprint, summary.groups[1]!.fingerprint, summary.groups[2]!.fingerprint]);
  });

  it('splits a group into episodes where incidents are more than the window apart (a gap of exactly the window stays together)', async () => {
    const files = await bundles([
      { user: 'e1', occurredAt: at('08:00') },
      { user: 'e2', occurredAt: at('10:00'), connection: 'wifi' },
      { user: 'e3', occurredAt: at('12:01'), connection: 'wifi' },
      { user: 'e4', occurredAt: at('09:00', 27) },
      { user: 'e5', occurredAt: at('09:30', 27), zoomVersion: '6.1.0', connection: 'wifi' },
    ]);
    const twoHours = (await summarizeBundles(files, { windowMinutes: 120 })).groups[0]!;
    expect(twoHours.episodes.map((e) => [e.firstAt, e.lastAt, e.bundles])).toEqual([
      ['2026-11-26T08:00:00.000Z', '2026-11-26T10:00:00.000Z', 2],
      ['2026-11-26T12:01:00.000Z', '2026-11-26T12:01:00.000Z', 1],
      ['2026-11-27T09:00:00.000Z', '2026-11-27T09:30:00.000Z', 2],
    ]);
    expect(twoHours.episodes.map((e) => e.verdict)).toEqual(['shared-version', 'insufficient', 'shared-wide']);
    expect((await summarizeBundles(files, { windowMinutes: 121 })).groups[0]!.episodes.map((e) => e.bundles)).toEqual([3, 2]);
    expect((await summarizeBundles(files, { windowMinutes: 1440 })).groups[0]!.episodes).toHaveLength(1);
  });
});

describe('summarizeBundles: files not counted', () => {
  it('lists non-bundles and bundles that fail their checksums apart, with why, and never in a group', async () => {
    const [good, other, tampered] = await bundles([
      { user: 'g1', occurredAt: at('08:00') },
      { user: 'g2', occurredAt: at('08:10') },
      { user: 'g3', occurredAt: at('08:20') },
    ]);
    const folder = path.dirname(good!);
    await rewriteZip(tampered!, `${tampered}.tmp`, (entries) => {
      const report = JSON.parse(entries.get('report.json')!.toString());
      entries.set('report.json', Buffer.from(JSON.stringify({ ...report, scope: 'only-me' })));
    });
    const { renameSync } = await import('node:fs');
    renameSync(`${tampered}.tmp`, tampered!);
    const text = path.join(folder, 'notes.zip');
    writeFileSync(text, 'not a zip at all');
    const noManifest = path.join(folder, 'plain.zip');
    await rewriteZip(good!, noManifest, (entries) => entries.delete('manifest.json'));
    const extra = path.join(folder, 'extra.zip');
    await rewriteZip(other!, extra, (entries) => entries.set('logs/zoom/planted.log', Buffer.from('x')));
    const summary = await summarizeBundles([good!, other!, tampered!, text, noManifest, extra]);
    expect(summary.groups).toHaveLength(1);
    expect(summary.groups[0]).toMatchObject({ bundles: 2, paths: [good, other] });
    expect(summary.invalid).toEqual([
      { path: tampered, reason: expect.stringContaining('report.json') },
      { path: extra, reason: 'logs/zoom/planted.log is in the zip but not in the manifest' },
      { path: text, reason: expect.stringMatching(/^not a readable zip/) },
      { path: noManifest, reason: 'not a bundle: the zip has no manifest.json' },
    ]);
  });

  it('a log changed to other bytes of the same length is not counted, and the reason names it, as zpb inspect does', async () => {
    const [original] = await bundles([{ user: 'h1', occurredAt: at('08:00'), log: 'sip register ok\n' }]);
    const swapped = path.join(path.dirname(original!), 'swapped.zip');
    await rewriteZip(original!, swapped, (entries) => entries.set('logs/zoom/zoom_stdout_stderr.log', Buffer.from('sip register no\n')));
    const summary = await summarizeBundles([original!, swapped]);
    expect(summary.invalid).toEqual([{ path: swapped, reason: 'changed after it was made: logs/zoom/zoom_stdout_stderr.log does not match its sha256 in the manifest' }]);
    expect(summary.bundles.map((b) => b.path)).toEqual([original]);
    // The one-bundle view (zpb inspect, the app's Review) says the same of it.
    const inspected = await inspectBundle(swapped);
    expect(inspected.verified).toBe(false);
    expect(inspected.problems.map((p) => p.path)).toEqual(['logs/zoom/zoom_stdout_stderr.log']);
  });
});

describe('summarizeBundles: bundles from before reporter ids', () => {
  it('reads them with reporter and device "unknown", and does not guess a verdict from them', async () => {
    const files = await bundles([
      { occurredAt: at('08:00') },
      { occurredAt: at('08:10'), zoomVersion: '6.2.5' },
      { user: 'new', occurredAt: at('08:20') },
    ]);
    const old = await summarizeBundles(files.slice(0, 2));
    expect(old.invalid).toEqual([]);
    expect(old.bundles.map((b) => [b.reporter, b.device])).toEqual([
      ['unknown', 'unknown'],
      ['unknown', 'unknown'],
    ]);
    expect(old.groups[0]).toMatchObject({ verdict: 'insufficient', reporters: 0, devices: 0, unknownReporters: 2 });
    const mixed = (await summarizeBundles(files)).groups[0]!;
    expect(mixed).toMatchObject({ verdict: 'insufficient', reporters: 1, unknownReporters: 2 });
    expect(mixed.evidence[0]).toContain('cannot tell whether they are the same person');
  });
});
