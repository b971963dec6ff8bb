import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../../../src-main/bundle/bundle-writer.js';
import { MANIFEST_SCHEMA_VERSION } from '../../../src-shared/bundle-manifest.js';
import { rewriteZip } from '../../helpers/rewrite-zip.js';
import { runCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const good = path.join(dir, 'good.zip');

beforeAll(async () => {
  const log = path.join(dir, 'zoom.log');
  writeFileSync(log, 'INFO call from peggy@example.com to +14155550123\n'.repeat(200));
  await writeBundle({
    targetPath: good,
    manifest: { schemaVersion: MANIFEST_SCHEMA_VERSION, createdAt: '2026-11-26T08:00:00.000Z', app: { name: 'zpb', version: '0' }, request: { ticket: 'INC-42' }, collectors: [], skipped: [] },
    entries: [
      { kind: 'json', path: 'report.json', source: 'report', value: { errorText: 'Call failed (code: 2202400)', errorCode: { code: '400' }, occurredAt: '2026-11-26T07:55:00+01:00', timeZone: 'Europe/Berlin', action: 'dialing' } },
      { kind: 'file', file: { bundlePath: 'logs/zoom/zoom.log', sourcePath: log, start: 0, end: 49 * 200, kind: 'text', truncated: false, source: 'zoom-logs' } },
      { kind: 'text', path: 'README.txt', source: 'bundle', text: 'summary\n' },
    ],
  });
});

async function tampered(name: string, edit: (entries: Map<string, Buffer>) => void): Promise<string> {
  const file = path.join(dir, name);
  await rewriteZip(good, file, edit);
  return file;
}

describe('zpb inspect (real process)', () => {
  it('verifies a good bundle: one row with the summary, exit 0', async () => {
    const run = await runCli(['inspect', 'good.zip'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split('\n');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^OK\s+good\.zip\s+ticket INC-42\s+code 400\s+at 2026-11-26T07:55:00\+01:00 \(Europe\/Berlin\)\s+action dialing/);
    expect(rows[0]).toContain('redacted 400 (email 200, phone 200)');
  });

  it('fails a bundle with one byte changed in one entry, naming the entry', async () => {
    const file = await tampered('byte.zip', (entries) => {
      const log = Buffer.from(entries.get('logs/zoom/zoom.log')!);
      log[10] = log[10]! ^ 0x01;
      entries.set('logs/zoom/zoom.log', log);
    });
    const run = await runCli(['inspect', file], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^FAILED\s+byte\.zip.*logs\/zoom\/zoom\.log does not match its sha256 in the manifest/);
  });

  it('fails a bundle with an entry removed or added', async () => {
    const removed = await tampered('removed.zip', (entries) => entries.delete('README.txt'));
    const added = await tampered('added.zip', (entries) => entries.set('logs/extra.log', Buffer.from('smuggled')));
    const run = await runCli(['inspect', removed, added], { cwd: dir });
    expect(run.code).toBe(1);
    const [first, second] = run.stdout.trim().split('\n');
    expect(first).toMatch(/^FAILED\s+removed\.zip.*README\.txt is listed in the manifest but not in the zip/);
    expect(second).toMatch(/^FAILED\s+added\.zip.*logs\/extra\.log is in the zip but not in the manifest/);
  });

  it('prints no control characters from a bundle, so a failed row cannot be made to look verified', async () => {
    const file = await tampered('painted.zip', (entries) => {
      // "\r" returns to the start of the line and the rest paints over "FAILED" (the é makes the name UTF-8, where controls survive).
      entries.set('logs/x\rOK      painted.zip  é\u001b[K', Buffer.from('smuggled'));
      // OSC 52 asks the terminal to put text on the clipboard.
      const report = JSON.parse(entries.get('report.json')!.toString());
      entries.set('report.json', Buffer.from(JSON.stringify({ ...report, errorCode: undefined, errorText: 'x\u001b]52;c;aGk=\u0007' })));
    });
    const run = await runCli(['inspect', file], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.replace(/\n$/, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(run.stdout).toMatch(/^FAILED\s+painted\.zip\s+ticket INC-42\s+error "x\\u001b\]52;c;aGk=\\u0007"/);
    expect(run.stdout).toContain('logs/x\\rOK      painted.zip  é\\u001b[K is in the zip but not in the manifest');
  });

  it('fails a bundle whose manifest does not match the schema', async () => {
    const file = await tampered('schema.zip', (entries) => {
      const manifest = JSON.parse(entries.get('manifest.json')!.toString());
      manifest.files[0].sha256 = 'not-a-hash';
      entries.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    });
    const run = await runCli(['inspect', '--json', file], { cwd: dir });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result).toMatchObject({ verified: false, problems: [{ kind: 'bad-manifest', message: expect.stringContaining('files.0.sha256') }] });
  });

  it('exits 2 for a truncated zip and for a file that is not a zip, still giving a row for each', async () => {
    const truncated = path.join(dir, 'truncated.zip');
    const bytes = readFileSync(good);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const text = path.join(dir, 'notes.txt');
    writeFileSync(text, 'just text');
    const run = await runCli(['inspect', 'good.zip', truncated, text], { cwd: dir });
    expect(run.code).toBe(2);
    const rows = run.stdout.trim().split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^OK/);
    expect(rows[1]).toMatch(/^FAILED\s+truncated\.zip\s+not a readable zip/);
    expect(rows[2]).toMatch(/^FAILED\s+notes\.txt\s+not a readable zip/);
    expect(run.stderr).toBe('');
  });

  it('exits 2 with one line for bad usage', async () => {
    const none = await runCli(['inspect'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('zpb: inspect: name at least one bundle (zpb inspect BUNDLE...)\n');
    const bad = await runCli(['inspect', '--bogus', 'good.zip'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('zpb collect + zpb inspect: what the logs say (#27)', () => {
  it('collects evidence in the real CLI and shows it under the row, and whole with --json', async () => {
    const home = path.join(dir, 'home-evidence');
    mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
    writeFileSync(
      path.join(home, '.zoom', 'logs', 'zoom_1.log'),
      ['2026-11-26 09:04:58.120 WARN [Net] net::ERR_NETWORK_CHANGED', '2026-11-26 09:05:01.400 INFO [SIP] received SIP/2.0 403 Forbidden', '2026-11-26 09:05:02.000 ERROR [CallMgr] Call failed (code: 2202400)', ''].join('\n'),
    );
    writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_2.log.zenc'), Buffer.from([0x5a, 0, 1, 2, 0xff]));
    // The machine runs on Berlin time; the person says 03:05 in New York (09:05 in Berlin).
    const env = { HOME: home, TZ: 'Europe/Berlin' };
    const collect = await runCli(['collect', '--error-text', 'Call failed (code: 2202400)', '--occurred-at', '2026-11-26T03:05:00-05:00', '--time-zone', 'America/New_York', '--no-probes', '--out', 'evidence.zip'], { cwd: dir, env });
    expect(collect.code).toBe(0);
    const run = await runCli(['inspect', 'evidence.zip'], { cwd: dir });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^OK\s+evidence\.zip/);
    expect(lines.slice(1).join('\n')).toContain('1 readable Zoom log(s) read; 1 encrypted (Zoom support decrypts them); window 08:55:00-09:15:00 (Europe/Berlin): 3 line(s)');
    expect(lines).toContain('          09:05:01  SIP 4xx/5xx/6xx response 403 Forbidden  (logs/zoom/home/zoom_1.log:2)');
    expect(lines).toContain('          09:05:02  the reported error (exact match)  (logs/zoom/home/zoom_1.log:3)');
    const json = await runCli(['inspect', '--json', 'evidence.zip'], { cwd: dir });
    const [result] = JSON.parse(json.stdout) as { evidence: { events: { kind: string; inWindow: boolean }[]; encrypted: { count: number } } }[];
    expect(result!.evidence.encrypted.count).toBe(1);
    expect(result!.evidence.events.filter((e) => e.inWindow).map((e) => e.kind)).toEqual(['network-change', 'sip-error', 'reported-error']);
  });
});
