// `zpb summarize s3://bucket/prefix/` as users run it: the real binary against a real S3-compatible
// server (s3rver) on 127.0.0.1 behind a relay that records every request. The same bundles are
// summarised from a local folder and from the bucket: the groups and verdicts must agree, the
// logs' bytes are never asked for, and the store's failures read as one line.
import http from 'node:http';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetSummarySchema, type FleetSummary } from '../../../src-shared/fleet/fleet-summary.js';
import { startBundleBucket, type BundleBucket } from '../../helpers/bundle-bucket.js';
import { writeFleetBundle } from '../../helpers/fleet-bundles.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { zoomLogsCollector } from '../../../src-main/collect/zoom-logs-collector.js';
import { createBundle } from '../../../src-main/services/create-bundle.js';
import { listening, LOOPBACK } from '../../helpers/loopback-servers.js';
import { rewriteZip } from '../../helpers/rewrite-zip.js';
import { runCli, startCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { failingRelay } from '../../helpers/upload-servers.js';

const dir = useTempDir();
const local = path.join(dir, 'local');
const home = path.join(dir, 'home');
let bucket: BundleBucket;
const ONE_MB = 1_000_000;

/** The parts of a summary that must not depend on where the bundles were read from. */
function verdicts(summary: FleetSummary) {
  return {
    groups: summary.groups.map((g) => ({ fingerprint: g.fingerprint, verdict: g.verdict, bundles: g.bundles, reporters: g.reporters, devices: g.devices, evidence: g.evidence, logs: g.logs, episodes: g.episodes.map((e) => [e.bundles, e.verdict]) })),
    invalid: summary.invalid.map((i) => [path.basename(i.path), i.reason]),
    duplicates: summary.duplicates.length,
  };
}

/** The [start, end) byte ranges of every log entry of a zip (local header to end of data). */
function logRanges(file: string): Promise<Array<[number, number]>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries: yauzl.Entry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => {
        const starts = entries.map((e) => e.relativeOffsetOfLocalHeader).sort((a, b) => a - b);
        resolve(entries.filter((e) => e.fileName.startsWith('logs/')).map((e) => [e.relativeOffsetOfLocalHeader, starts.find((s) => s > e.relativeOffsetOfLocalHeader) ?? statSync(file).size - 1]));
        zip.close();
      });
      zip.readEntry();
    });
  });
}

const env = () => bucket.env(home);
const summarize = (...args: string[]) => runCli(['summarize', ...args], { cwd: dir, env: env() });

beforeAll(async () => {
  mkdirSync(local);
  mkdirSync(home);
  bucket = await startBundleBucket(path.join(dir, 's3'));
  await Promise.all([
    writeFleetBundle(local, 'ann.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z', proxy: 'proxy', zoomVersion: '6.3.0' }),
    writeFleetBundle(local, 'bob.zip', { user: 'bob', occurredAt: '2026-11-26T08:30:00Z', proxy: 'proxy', zoomVersion: '6.2.5' }),
    writeFleetBundle(local, 'cy.zip', { user: 'cy', occurredAt: '2026-11-26T09:00:00Z', proxy: 'proxy', zoomVersion: '6.1.0' }),
    writeFleetBundle(local, 'dee.zip', { user: 'dee', occurredAt: '2026-11-26T12:00:00Z', errorText: 'Sign-in failed (code: 1001403)', action: 'sign-in' }),
    writeFleetBundle(local, 'eve.zip', { user: 'eve', occurredAt: '2026-11-27T08:00:00Z', errorText: 'Sign-in failed (code: 1001403)', action: 'sign-in' }),
    // A bundle of about 1 MB whose log deflate cannot shrink: what reading it in place costs is measured on it.
    writeFleetBundle(local, 'fay.zip', { user: 'fay', occurredAt: '2026-11-26T10:00:00Z', proxy: 'proxy', zoomVersion: '6.0.0', encryptedLogBytes: ONE_MB }),
  ]);
  // Tampered after it was made: its report says another time than the manifest's sha256 allows.
  await rewriteZip(path.join(local, 'ann.zip'), path.join(local, 'zed.zip'), (entries) => {
    entries.set('report.json', Buffer.from(entries.get('report.json')!.toString('utf8').replace('2026-11-26T08:00', '2026-11-26T07:00')));
  });
  writeFileSync(path.join(local, 'notes.zip'), 'hello');
  // A bundle as the app writes it (report first, then the logs, evidence.json, README and manifest last),
  // with a Zoom log of about 200 kB that shows a SIP 403 at the error time.
  const logHome = path.join(dir, 'log-home');
  mkdirSync(path.join(logHome, '.zoom', 'logs'), { recursive: true });
  const filler = Array.from({ length: 2500 }, (_, i) => `2026-11-26 07:${String(10 + (i % 50)).padStart(2, '0')}:00.000 INFO [CallMgr] tick ${i} state ${(i * 7919) % 10007} q=${(i * 104729) % 99991}`);
  writeFileSync(path.join(logHome, '.zoom', 'logs', 'zoom_1.log'), [...filler, '2026-11-26 08:05:01.400 INFO [SIP] received SIP/2.0 403 Forbidden', ''].join('\n'));
  await createBundle({
    report: { errorText: 'Registration failed (code: 2202408)', occurredAt: '2026-11-26T08:05:00Z', timeZone: 'UTC', action: 'desk-phone-registration' },
    outPath: path.join(local, 'real.zip'),
    environment: { ...fixtureEnvironment('linux', logHome, {}, new Date('2026-11-26T08:20:00Z')), timeZone: 'UTC' },
    collectors: [zoomLogsCollector],
  });
  for (const name of ['ann.zip', 'bob.zip', 'cy.zip', 'dee.zip', 'eve.zip', 'fay.zip', 'zed.zip', 'notes.zip', 'real.zip']) await bucket.put(`fleet/${name}`, path.join(local, name));
  await bucket.put('fleet/readme.txt', Buffer.from('not a bundle'));
  await bucket.put('elsewhere/ann.zip', path.join(local, 'ann.zip'));
}, 60_000);

afterAll(() => bucket?.close());

describe('zpb summarize s3://', () => {
  it('gives the groups and verdicts of the same bundles read locally, reading each in place in at most 3 requests and no log', async () => {
    const fromDisk = await summarize('--json', 'local');
    bucket.requests.length = 0;
    const fromBucket = await summarize('--json', '--no-cache', '--endpoint', bucket.endpoint, 's3://bundles/fleet/');
    expect(fromBucket.code).toBe(1);
    expect(fromDisk.code).toBe(1);
    const remote = fleetSummarySchema.parse(JSON.parse(fromBucket.stdout));
    expect(verdicts(remote)).toEqual(verdicts(fleetSummarySchema.parse(JSON.parse(fromDisk.stdout))));
    expect(remote.groups[0]).toMatchObject({ bundles: 4, verdict: 'shared-network', paths: ['ann', 'bob', 'cy', 'fay'].map((n) => `s3://bundles/fleet/${n}.zip`) });
    expect(remote.invalid).toEqual([
      { path: 's3://bundles/fleet/notes.zip', reason: expect.stringMatching(/^not a readable zip/) },
      { path: 's3://bundles/fleet/zed.zip', reason: 'changed after it was made: report.json does not match its sha256 in the manifest' },
    ]);
    expect(JSON.parse(fromBucket.stdout).store).toMatchObject({ location: 's3://bundles/fleet/', bundles: 9, cached: 0 });
    expect(remote.groups.find((g) => g.action === 'desk-phone-registration')!.logs).toBeDefined();
    expect(fromBucket.stderr).toMatch(/^(zpb: s3:\/\/bundles\/fleet\/: read \d of 9 bundles\n)+zpb: s3:\/\/bundles\/fleet\/: 9 bundles, 0 from the cache; \d+ requests, [\d.]+ MB read from the store\n$/);

    // Only the prefix's zips were read, each by ranges that never reach into a log (the first
    // request, the tail, may end in the last entry before the directory; it is never inflated).
    const gets = bucket.requests.filter((r) => r.method === 'GET' && r.key !== '');
    expect(new Set(gets.map((r) => r.key))).toEqual(new Set(['ann', 'bob', 'cy', 'dee', 'eve', 'fay', 'zed', 'notes', 'real'].map((n) => `fleet/${n}.zip`)));
    for (const name of ['ann', 'bob', 'cy', 'dee', 'eve', 'fay', 'zed', 'real']) {
      const file = path.join(local, `${name}.zip`);
      const size = statSync(file).size;
      const mine = gets.filter((r) => r.key === `fleet/${name}.zip`);
      expect(mine.every((r) => r.range !== undefined && r.status === 206), name).toBe(true);
      expect(mine.length, name).toBeLessThanOrEqual(3);
      const logs = await logRanges(file);
      for (const request of mine.filter((r) => r.range![1] !== size)) {
        for (const [start, end] of logs) expect(request.range![1] <= start || request.range![0] >= end, `${name} ${request.range} reads a log at ${start}-${end}`).toBe(true);
      }
    }
    const fay = gets.filter((r) => r.key === 'fleet/fay.zip');
    const faySize = statSync(path.join(local, 'fay.zip')).size;
    expect(faySize).toBeGreaterThan(ONE_MB);
    expect(fay.reduce((n, r) => n + r.bytes, 0)).toBeLessThan(0.05 * faySize);
  });

  it('--verify-all downloads every bundle whole and checks every entry: the same verdicts', async () => {
    bucket.requests.length = 0;
    const run = await summarize('--json', '--verify-all', '--no-cache', '--endpoint', bucket.endpoint, 's3://bundles/fleet/');
    expect(run.code).toBe(1);
    const fromDisk = fleetSummarySchema.parse(JSON.parse((await summarize('--json', 'local')).stdout));
    expect(verdicts(fleetSummarySchema.parse(JSON.parse(run.stdout)))).toEqual(verdicts(fromDisk));
    const gets = bucket.requests.filter((r) => r.method === 'GET' && r.key !== '');
    const fay = gets.filter((r) => r.key === 'fleet/fay.zip');
    expect(fay).toHaveLength(1);
    expect(fay[0]).toMatchObject({ status: 200, bytes: statSync(path.join(local, 'fay.zip')).size });
    expect(fay[0]!.range).toBeUndefined();
    expect(run.stderr).toContain('(every bundle downloaded whole: --verify-all)');
  });

  it('takes the endpoint from AWS_ENDPOINT_URL_S3, prints text, and retries a store that answers 503 for a while', async () => {
    const flaky = await failingRelay(bucket.port, 2, 503);
    try {
      const run = await runCli(['summarize', '--no-cache', 's3://bundles/fleet/'], { cwd: dir, env: { ...env(), AWS_ENDPOINT_URL_S3: `http://${LOOPBACK}:${flaky.port}` } });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^Read s3:\/\/bundles\/fleet\/: 9 bundles, 0 from the cache; \d+ requests/);
      expect(run.stdout).toContain('7 bundles in 3 groups');
      expect(run.stdout).toMatch(/ {2}Logs: 1 of 1 bundle shows SIP 403 at the error time/);
      expect(run.stdout).toContain('  s3://bundles/fleet/zed.zip: changed after it was made: report.json does not match its sha256 in the manifest');
      // The two refused tries were made again: the list succeeded on its third try.
      expect(flaky.requests.slice(0, 3).every((r) => r.startsWith('GET /bundles'))).toBe(true);
    } finally {
      await flaky.close();
    }
  });

  it('a store that refuses, a bad location or a flag without a bucket: one line each', async () => {
    const denied = await runCli(['summarize', '--no-cache', '--endpoint', bucket.endpoint, 's3://bundles/fleet/'], { cwd: dir, env: { ...env(), AWS_ACCESS_KEY_ID: 'NOBODY' } });
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(/^zpb: failed: listing s3:\/\/bundles\/fleet\/: [^\n]*\(HTTP 403\)\n$/);
    const missing = await summarize('--no-cache', '--endpoint', bucket.endpoint, 's3://no-such-bucket/');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^zpb: failed: listing s3:\/\/no-such-bucket\/: NoSuchBucket[^\n]*\n$/);
    for (const args of [['s3://x/'], ['s3://bundles/fleet/', 'local'], ['--endpoint', bucket.endpoint, 'local'], ['--endpoint', 'ftp://host', 's3://bundles/'], ['--concurrency', '0', 's3://bundles/'], ['--no-cache', '--cache-dir', 'x', 's3://bundles/'], ['--cache-dir', 'x', 'local']]) {
      const run = await summarize(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^zpb: [^\n]+\n$/);
    }
    const empty = await summarize('--no-cache', '--endpoint', bucket.endpoint, 's3://bundles/nothing-here/');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('zpb: summarize: no *.zip object under s3://bundles/nothing-here/\n');
  });

  it('Ctrl+C while the store does not answer ends the run at once with 130', async () => {
    let arrived!: () => void;
    const waiting = new Promise<void>((resolve) => (arrived = resolve));
    const silent = await listening(http.createServer(() => arrived()));
    try {
      const { child, done } = startCli(['summarize', '--no-cache', '--endpoint', `http://${LOOPBACK}:${silent.port}`, 's3://bundles/fleet/'], { cwd: dir, env: env() });
      await waiting;
      child.kill('SIGINT');
      const run = await done;
      expect(run.code).toBe(130);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('zpb: cancelling the reading of s3://bundles/fleet/; nothing is written but the cache of what was read');
    } finally {
      await silent.close();
    }
  });

  it('a second run reads only new or changed bundles: the rest come from the cache, by key and ETag', async () => {
    const cacheDir = path.join(dir, 'cache');
    const first = await summarize('--json', '--cache-dir', 'cache', '--endpoint', bucket.endpoint, 's3://bundles/fleet/');
    expect(JSON.parse(first.stdout).store).toMatchObject({ bundles: 9, cached: 0 });
    expect(readdirSync(path.join(cacheDir, 'fleet'))).toHaveLength(1);

    bucket.requests.length = 0;
    const second = await summarize('--json', '--cache-dir', 'cache', '--endpoint', bucket.endpoint, 's3://bundles/fleet/');
    expect(JSON.parse(second.stdout).store).toMatchObject({ bundles: 9, cached: 9, requests: 1, bytes: 0 });
    expect(verdicts(fleetSummarySchema.parse(JSON.parse(second.stdout)))).toEqual(verdicts(fleetSummarySchema.parse(JSON.parse(first.stdout))));
    expect(second.stderr).toContain('zpb: s3://bundles/fleet/: 9 bundles, 9 from the cache; 1 request, 0.00 MB read from the store\n');
    expect(bucket.requests.map((r) => r.key)).toEqual(['']);

    // A new bundle, and another bundle put under an old key (a new ETag): only those two are read.
    await writeFleetBundle(local, 'gus.zip', { user: 'gus', occurredAt: '2026-11-26T09:30:00Z', proxy: 'proxy', zoomVersion: '6.3.0' });
    await bucket.put('fleet/gus.zip', path.join(local, 'gus.zip'));
    await bucket.put('fleet/bob.zip', path.join(local, 'dee.zip'));
    bucket.requests.length = 0;
    const third = await summarize('--json', '--cache-dir', 'cache', '--endpoint', bucket.endpoint, 's3://bundles/fleet/');
    expect(JSON.parse(third.stdout).store).toMatchObject({ bundles: 10, cached: 8 });
    expect(new Set(bucket.requests.filter((r) => r.key !== '').map((r) => r.key))).toEqual(new Set(['fleet/gus.zip', 'fleet/bob.zip']));
    // bob.zip now holds dee's bundle: counted once, as a copy.
    expect(fleetSummarySchema.parse(JSON.parse(third.stdout)).duplicates).toEqual([{ path: 's3://bundles/fleet/dee.zip', sameAs: 's3://bundles/fleet/bob.zip' }]);
    await bucket.put('fleet/bob.zip', path.join(local, 'bob.zip'));
    await bucket.remove('fleet/gus.zip');
  });

  it('without --cache-dir the cache is in the user\'s cache folder (XDG_CACHE_HOME), or where ZPB_CACHE_DIR says', async () => {
    const xdg = path.join(home, 'xdg-cache');
    await runCli(['summarize', '--endpoint', bucket.endpoint, 's3://bundles/fleet/'], { cwd: dir, env: { ...env(), XDG_CACHE_HOME: xdg } });
    expect(readdirSync(path.join(xdg, 'Zoom Phone Support Bundle', 'fleet'))).toHaveLength(1);
    const named = path.join(home, 'named-cache');
    await runCli(['summarize', '--endpoint', bucket.endpoint, 's3://bundles/fleet/'], { cwd: dir, env: { ...env(), XDG_CACHE_HOME: xdg, ZPB_CACHE_DIR: named } });
    expect(statSync(path.join(named, 'fleet')).mode & 0o777).toBe(0o700);
  });
});
