// The collect and write phases apart: analysis.json holds the triage, and what the user leaves out
// is absent from the zip and recorded as skipped.
import { count } from '../../../src-shared/plural-words.js';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectForBundle, writeCollectedBundle } from '../../../src-main/services/create-bundle.js';
import { readBundleEvidence } from '../../../src-main/services/read-bundle-evidence.js';
import { logEvidenceSchema } from '../../../src-shared/log-evidence.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const home = path.join(dir, 'home');
mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'Linux Client Version is 5.4.57862.0110\n');
const environment = fixtureEnvironment('linux', home, {}, new Date('2026-11-26T08:00:00Z'));
const report = { errorText: 'Call failed (code: 2202400)', occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC', action: 'dialing' as const, scope: 'only-me' as const };

describe('collectForBundle + writeCollectedBundle', () => {
  it('writes analysis.json with the triage it returned, plus what the logs say', async () => {
    const collected = await collectForBundle({ report, environment, settings: { probes: false } });
    expect(collected.analysis.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['seed.one-user', 'repair.dialing']));
    const bundle = await writeCollectedBundle(collected, { outPath: path.join(dir, 'all.zip') });
    const { entries } = await readVerifiedBundle(bundle.path);
    const written = JSON.parse(entries.get('analysis.json')!.toString());
    expect(written).toEqual(bundle.analysis);
    // A log with no timestamps adds nothing to the findings, and the analysis says why.
    expect(written).toEqual({ ...collected.analysis, logSummary: 'In 1 readable Zoom log: no timestamps this app can read, so no line could be placed near the reported time and no finding rests on the logs.' });
    expect(entries.has('logs/zoom/home/zoom_stdout_stderr.log')).toBe(true);
  });

  it('leaves out excluded files and folders, records them as skipped, and keeps the required entries', async () => {
    const collected = await collectForBundle({ report, environment, settings: { probes: false } });
    const bundle = await writeCollectedBundle(collected, { outPath: path.join(dir, 'less.zip'), exclude: ['logs/zoom/', 'system.json', 'report.json'] });
    const { entries, manifest } = await readVerifiedBundle(bundle.path);
    expect([...entries.keys()].some((name) => name.startsWith('logs/zoom/'))).toBe(false);
    expect(entries.has('system.json')).toBe(false);
    expect(entries.has('report.json')).toBe(true);
    expect(manifest.skipped).toEqual(
      expect.arrayContaining([
        { source: 'system.json', reason: 'left out by the user before saving' },
        { source: 'logs/zoom/home/zoom_stdout_stderr.log', reason: 'left out by the user before saving' },
      ]),
    );
  });
});

describe('README.txt counts', () => {
  it('matches the manifest when a collected log vanished before writing', async () => {
    const logs = path.join(dir, 'rotating', '.zoom', 'logs');
    mkdirSync(logs, { recursive: true });
    writeFileSync(path.join(logs, 'zoom_stdout_stderr.log'), 'Linux Client Version is 5.4.57862.0110\n');
    const rotating = fixtureEnvironment('linux', path.join(dir, 'rotating'), {}, new Date('2026-11-26T08:00:00Z'));
    const collected = await collectForBundle({ report, environment: rotating, settings: { probes: false } });
    // Zoom rotated its log between collecting and saving (the review step can take minutes).
    rmSync(path.join(logs, 'zoom_stdout_stderr.log'));
    const bundle = await writeCollectedBundle(collected, { outPath: path.join(dir, 'vanished.zip') });
    const { entries, manifest } = await readVerifiedBundle(bundle.path);
    expect(manifest.skipped.map((s) => s.reason)).toContain('vanished or became unreadable before it could be read');
    expect(entries.get('README.txt')!.toString()).toContain(
      `${count(manifest.files.length, 'file')} listed in manifest.json with sha256; ${count(manifest.skipped.length, 'item')} left out`,
    );
  });
});

describe('log evidence (#27)', () => {
  // The person reports 03:05 in New York; the machine writes its logs on Berlin time (09:05 there).
  const zoned = { ...report, occurredAt: '2026-11-26T03:05:00-05:00', timeZone: 'America/New_York' };
  const log = [
    '2026-11-26 08:30:00.000 INFO [Auth] sign-in ok account=peggy.garcia@example.com',
    '2026-11-26 09:04:58.120 WARN [Net] net::ERR_NETWORK_CHANGED',
    '2026-11-26 09:05:01.400 INFO [SIP] received SIP/2.0 403 Forbidden from peggy.garcia@example.com',
    '2026-11-26 09:05:02.000 ERROR [CallMgr] Call failed (code: 2202400)',
    '',
  ].join('\n');

  function home(name: string, files: Record<string, string | Buffer>): string {
    const folder = path.join(dir, name);
    mkdirSync(path.join(folder, '.zoom', 'logs'), { recursive: true });
    for (const [file, content] of Object.entries(files)) writeFileSync(path.join(folder, '.zoom', 'logs', file), content);
    return folder;
  }

  it('writes evidence.json and evidence.txt from the redacted logs, in the manifest with sha256, and README says what the logs say', async () => {
    const environment = { ...fixtureEnvironment('linux', home('zoned', { 'zoom_1.log': log }), {}, new Date('2026-11-26T08:30:00Z')), timeZone: 'Europe/Berlin' };
    const collected = await collectForBundle({ report: zoned, environment, settings: { probes: false } });
    const bundle = await writeCollectedBundle(collected, { outPath: path.join(dir, 'evidence.zip') });
    const { entries, manifest } = await readVerifiedBundle(bundle.path);
    expect(manifest.files.filter((f) => f.source === 'evidence').map((f) => f.path)).toEqual(['evidence.json', 'evidence.txt']);
    const evidence = logEvidenceSchema.parse(JSON.parse(entries.get('evidence.json')!.toString('utf8')));
    expect(evidence.logTimeZone).toBe('Europe/Berlin');
    expect(evidence.events.filter((e) => e.inWindow).map((e) => [e.kind, e.line, e.time])).toEqual([
      ['network-change', 2, '2026-11-26T09:04:58.120+01:00'],
      ['sip-error', 3, '2026-11-26T09:05:01.400+01:00'],
      ['reported-error', 4, '2026-11-26T09:05:02+01:00'],
    ]);
    // The lines are the log's lines as they are in the bundle: redacted once, not again.
    const bundledLog = entries.get('logs/zoom/home/zoom_1.log')!.toString('utf8').split('\n');
    expect(bundledLog[2]).not.toContain('peggy.garcia');
    for (const line of evidence.windowLines) expect(line.text).toBe(bundledLog[line.line - 1]);
    expect(entries.get('evidence.txt')!.toString('utf8')).toContain('SIP 4xx/5xx/6xx response 403 Forbidden');
    const readme = entries.get('README.txt')!.toString('utf8');
    expect(readme).toContain('What the logs say (evidence.txt has the lines):');
    expect(readme).toContain('the reported error (exact match)  (logs/zoom/home/zoom_1.log:4)');
    expect(readme).toContain(`${count(manifest.files.length, 'file')} listed in manifest.json with sha256; ${count(manifest.skipped.length, 'item')} left out`);
    const read = await readBundleEvidence(bundle.path);
    expect(read).toEqual({ ok: true, evidence });
    expect(bundle.evidence).toEqual(evidence);
    // Triage read the logs: the SIP 403 a second before the logged error lifts the dialing finding, naming both lines.
    const analysis = JSON.parse(entries.get('analysis.json')!.toString('utf8'));
    expect(analysis).toEqual(bundle.analysis);
    expect(collected.analysis.findings.find((f) => f.id === 'repair.dialing')!.confidence).toBe('medium');
    const dialing = analysis.findings.find((f: { id: string }) => f.id === 'repair.dialing');
    expect(dialing.confidence).toBe('high');
    expect(dialing.evidence).toEqual(expect.arrayContaining(['Logs: the reported error (code 400) at 09:05:02 (logs/zoom/home/zoom_1.log:4)', 'Logs: SIP 403 Forbidden at 09:05:01, 1 s before the reported error was logged (logs/zoom/home/zoom_1.log:3)']));
  });

  it('says so when every Zoom log is encrypted, and finds no event', async () => {
    const environment = fixtureEnvironment('linux', home('encrypted', { 'zoom_1.log.zenc': Buffer.from([0x5a, 0x45, 0x4e, 0x43, 0, 1, 2, 3, 0xff]) }), {}, new Date('2026-11-26T08:30:00Z'));
    const collected = await collectForBundle({ report: zoned, environment, settings: { probes: false } });
    const bundle = await writeCollectedBundle(collected, { outPath: path.join(dir, 'encrypted.zip') });
    const { entries } = await readVerifiedBundle(bundle.path);
    const evidence = logEvidenceSchema.parse(JSON.parse(entries.get('evidence.json')!.toString('utf8')));
    expect(evidence.encrypted).toEqual({ count: 1, files: ['logs/zoom/home/zoom_1.log.zenc'] });
    expect(evidence.files).toEqual([]);
    expect(evidence.events).toEqual([]);
    expect(evidence.notes[0]).toBe('All 1 collected Zoom log(s) are encrypted (*.zenc): nothing could be read here; Zoom support decrypts them.');
    expect(entries.get('README.txt')!.toString('utf8')).toContain('Zoom support decrypts them');
    // Triage does not pretend: the findings are the report's, and the analysis says the logs could not be read.
    const analysis = JSON.parse(entries.get('analysis.json')!.toString('utf8'));
    expect(analysis.findings).toEqual(collected.analysis.findings);
    expect(analysis.logSummary).toBe('The Zoom log is encrypted: nothing in it could be read, so no finding rests on the logs (Zoom support decrypts them).');
  });
});
