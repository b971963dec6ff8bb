// Issue 27's done-when, as users run it: `zpb collect` as a fresh process on a machine whose clock
// is on Tokyo time (TZ), for an error the person reports in New York time. The Zoom log, written
// on the machine's clock, has the reported error at that moment: evidence.json holds that line and
// the events around it, triage names the lines, and `zpb inspect` prints the timeline. A machine
// whose Zoom logs are all encrypted says so, and triage does not pretend.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { logEvidenceSchema } from '../../../src-shared/log-evidence.js';
import { analysisSchema } from '../../../src-shared/triage/finding.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { runCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();
// 03:05 in New York on 26 November 2026 is 17:05 in Tokyo.
const reported = ['--error-text', 'Call failed (code: 2202400)', '--occurred-at', '2026-11-26T03:05:00-05:00', '--time-zone', 'America/New_York', '--action', 'dialing'];

function home(name: string, files: Record<string, string | Buffer>): string {
  const folder = path.join(root, name);
  mkdirSync(path.join(folder, '.zoom', 'logs'), { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(folder, '.zoom', 'logs', file), content);
  return folder;
}

describe('zpb collect: what the logs say, in another zone than the report', () => {
  it('puts the reported line and the events around it in evidence.json, the findings and zpb inspect', async () => {
    const log = [
      '2026-11-26 16:30:00.000 INFO [Auth] sign-in ok',
      '2026-11-26 17:04:51.120 WARN [Net] net::ERR_NETWORK_CHANGED',
      '2026-11-26 17:05:01.400 INFO [SIP] received SIP/2.0 403 Forbidden',
      '2026-11-26 17:05:02.000 ERROR [CallMgr] Call failed (code: 2202400)',
      '2026-11-26 18:30:00.000 INFO [CallMgr] call state changed: IDLE -> RINGING',
      '',
    ].join('\n');
    const out = path.join(root, 'zoned.zip');
    const run = await runCli(['collect', '--no-probes', '--out', out, ...reported], { cwd: root, env: { HOME: home('zoned', { 'zoom_1.log': log }), TZ: 'Asia/Tokyo' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { entries } = await readVerifiedBundle(out);
    const evidence = logEvidenceSchema.parse(JSON.parse(entries.get('evidence.json')!.toString('utf8')));
    expect(evidence.logTimeZone).toBe('Asia/Tokyo');
    expect(evidence.window).toEqual({ from: '2026-11-26T16:55:00+09:00', to: '2026-11-26T17:15:00+09:00', minutes: 10 });
    expect(evidence.events.filter((e) => e.inWindow).map((e) => [e.kind, e.line, e.time])).toEqual([
      ['network-change', 2, '2026-11-26T17:04:51.120+09:00'],
      ['sip-error', 3, '2026-11-26T17:05:01.400+09:00'],
      ['reported-error', 4, '2026-11-26T17:05:02+09:00'],
    ]);
    expect(evidence.windowLines.map((l) => l.line)).toEqual([2, 3, 4]);
    expect(evidence.windowLines[2]!.text).toBe('2026-11-26 17:05:02.000 ERROR [CallMgr] Call failed (code: 2202400)');

    const analysis = analysisSchema.parse(JSON.parse(entries.get('analysis.json')!.toString('utf8')));
    const dialing = analysis.findings.find((f) => f.id === 'repair.dialing')!;
    expect(dialing.confidence).toBe('high');
    expect(dialing.evidence).toContain('Logs: SIP 403 Forbidden at 17:05:01, 1 s before the reported error was logged (logs/zoom/home/zoom_1.log:3)');
    expect(analysis.findings.find((f) => f.id === 'logs.network-change')!.evidence).toContain('Logs: a network change at 17:04:51, 11 s before the reported error was logged (logs/zoom/home/zoom_1.log:2)');

    const inspect = await runCli(['inspect', out], { cwd: root, env: { TZ: 'UTC' } });
    expect(inspect.code).toBe(0);
    expect(inspect.stdout).toContain('17:04:51  network or interface change  (logs/zoom/home/zoom_1.log:2)');
    expect(inspect.stdout).toContain('17:05:01  SIP 4xx/5xx/6xx response 403 Forbidden  (logs/zoom/home/zoom_1.log:3)');
    expect(inspect.stdout).toContain('17:05:02  the reported error (exact match)  (logs/zoom/home/zoom_1.log:4)');
    expect(inspect.stdout).toContain('The reported time is in America/New_York; the logs were written in Asia/Tokyo');
    expect(inspect.stdout).toContain('Triage: In 1 readable Zoom log: events near the reported time point at the account or provisioning and the network');
  });

  it('says all logs are encrypted, and triage rests on the report alone', async () => {
    const out = path.join(root, 'encrypted.zip');
    const run = await runCli(['collect', '--no-probes', '--out', out, ...reported], {
      cwd: root,
      env: { HOME: home('encrypted', { 'zoom_1.log.zenc': Buffer.from([0x5a, 0x45, 0x4e, 0x43, 0, 1, 2, 3, 0xff]) }), TZ: 'Asia/Tokyo' },
    });
    expect(run.code).toBe(0);
    const { entries } = await readVerifiedBundle(out);
    const evidence = logEvidenceSchema.parse(JSON.parse(entries.get('evidence.json')!.toString('utf8')));
    expect(evidence.encrypted.count).toBe(1);
    expect(evidence.events).toEqual([]);
    const analysis = analysisSchema.parse(JSON.parse(entries.get('analysis.json')!.toString('utf8')));
    expect(analysis.findings.every((f) => f.evidence.every((line) => !line.startsWith('Logs:')))).toBe(true);
    expect(analysis.findings.map((f) => f.id)).not.toEqual(expect.arrayContaining(['logs.account-refused']));
    expect(analysis.logSummary).toBe('The Zoom log is encrypted: nothing in it could be read, so no finding rests on the logs (Zoom support decrypts them).');
    const inspect = await runCli(['inspect', out], { cwd: root });
    expect(inspect.stdout).toContain('All 1 collected Zoom log(s) are encrypted (*.zenc): nothing could be read here; Zoom support decrypts them.');
    expect(inspect.stdout).toContain('Triage: The Zoom log is encrypted');
  });
});
