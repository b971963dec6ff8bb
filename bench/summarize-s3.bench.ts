// `zpb summarize s3://...` on a bucket of ~1 MB bundles as a help desk runs it: a real S3-compatible
// server (s3rver) on 127.0.0.1 behind a relay that records every request, and fresh `bin/zpb.js`
// processes under GNU time. It prints what reading in place costs per bundle (requests, bytes, share
// of the bundle) and the wall time of four ways to the same summary: in place with no cache, again
// with the cache, `--verify-all` (every bundle downloaded whole and checked), and the baseline of
// downloading every bundle first (16 GETs at once) and summarising the folder.
// ZPB_BENCH_BUNDLES (default 1000) and ZPB_BENCH_ROUNDS (default 1) change the count and rounds.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBundleBucket, type BundleBucket } from '../test/helpers/bundle-bucket.js';
import { writeFleetBundle, type FleetBundleSpec } from '../test/helpers/fleet-bundles.js';
import { seededRandom } from '../test/helpers/seeded-random.js';
import { presignedUrl } from '../test/helpers/upload-servers.js';
import { fillerLine } from './log-corpus.js';
import { median, type ProcessTiming } from './measure.js';

const BUNDLES = Number(process.env.ZPB_BENCH_BUNDLES ?? 1000);
const ROUNDS = Number(process.env.ZPB_BENCH_ROUNDS ?? 1);
/** The opaque (encrypted) log that makes each bundle about 1 MB: deflate cannot shrink it. */
const OPAQUE_LOG_BYTES = 900_000;
const TARGETS = { requests: 3, share: 0.05 };
const VERSIONS = ['6.3.0', '6.2.5', '6.1.0', '6.0.2'];
const ERRORS: Array<Pick<FleetBundleSpec, 'errorText' | 'action'>> = [
  { errorText: 'Call failed (code: 2202400)', action: 'dialing' },
  { errorText: 'Message not sent (code: 1104403)', action: 'sms' },
  { errorText: 'Sign-in failed (code: 3001408) at 10.0.4.12', action: 'sign-in' },
];

/**
 * A child process timed by GNU time without blocking this process (the store answers from here,
 * so bench/measure.ts's spawnSync would hang it).
 */
function timed(args: string[], env: NodeJS.ProcessEnv): Promise<ProcessTiming & { stdout: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', process.execPath, 'bin/zpb.js', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code !== 0) return reject(new Error(`zpb ${args.join(' ')} exited ${code}: ${stderr}`));
      const [kb, user, sys] = stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
      resolve({ ms, cpuS: user! + sys!, rssMiB: kb! / 1024, stdout });
    });
  });
}

async function writeCorpus(dir: string): Promise<string[]> {
  const random = seededRandom(28);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const names: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      while (next < BUNDLES) {
        const i = next++;
        const user = `user${Math.floor(random() * 250)}`;
        const name = `bundle-${String(i).padStart(4, '0')}.zip`;
        const lines = Array.from({ length: 300 }, () => fillerLine(random)).join('\n');
        await writeFleetBundle(dir, name, {
          ...pick(ERRORS),
          user,
          machine: `${user}-${Math.floor(random() * 2)}`,
          occurredAt: new Date(Date.UTC(2026, 10, 23) + Math.floor(random() * 3 * 86_400_000)).toISOString(),
          connection: random() < 0.6 ? 'wifi' : 'wired',
          vpn: random() < 0.2 ? 'detected' : 'none',
          zoomVersion: pick(VERSIONS),
          log: `${lines}\n`,
          encryptedLogBytes: OPAQUE_LOG_BYTES,
        });
        names[i] = name;
      }
    }),
  );
  return names;
}

/** Downloads every object (16 at once) into `to`: the baseline's first half. */
async function downloadAll(bucket: BundleBucket, names: readonly string[], to: string): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < names.length) {
        const name = names[next++]!;
        // A presigned GET through the same relay: a plain download, as a browser or a sync tool makes.
        const answer = await fetch(presignedUrl('GET', bucket.port, bucket.bucket, `fleet/${name}`));
        if (!answer.ok) throw new Error(`GET ${name}: ${answer.status}`);
        writeFileSync(path.join(to, name), new Uint8Array(await answer.arrayBuffer()));
      }
    }),
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zpb-bench-s3-'));
  const corpus = path.join(dir, 'corpus');
  const home = path.join(dir, 'home');
  mkdirSync(corpus);
  mkdirSync(home);
  const bucket = await startBundleBucket(path.join(dir, 's3'));
  try {
    let start = performance.now();
    const names = await writeCorpus(corpus);
    const sizes = new Map(names.map((n) => [`fleet/${n}`, statSync(path.join(corpus, n)).size]));
    const totalBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
    console.log(`${BUNDLES} bundles (real writer; a ~${OPAQUE_LOG_BYTES / 1000} kB opaque log and a text log in each): mean ${(totalBytes / BUNDLES / 1e6).toFixed(2)} MB, ${(totalBytes / 1e6).toFixed(0)} MB in all, written in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    start = performance.now();
    let put = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (put < names.length) {
          const n = names[put++]!;
          await bucket.put(`fleet/${n}`, path.join(corpus, n));
        }
      }),
    );
    console.log(`put into s3rver in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    const env = { ...process.env, ...bucket.env(home) };
    const url = 's3://bundles/fleet/';
    const rounds: Record<string, Array<ProcessTiming & { stdout: string }>> = { inPlace: [], cached: [], verifyAll: [], local: [] };
    const downloads: number[] = [];
    let perBundle: { requests: number[]; bytes: number[] } = { requests: [], bytes: [] };
    for (let round = 0; round < ROUNDS; round++) {
      bucket.requests.length = 0;
      rounds.inPlace!.push(await timed(['summarize', '--json', '--no-cache', '--endpoint', bucket.endpoint, url], env));
      const gets = bucket.requests.filter((r) => r.method === 'GET' && r.key !== '');
      const byKey = new Map<string, { requests: number; bytes: number }>();
      for (const r of gets) {
        const seen = byKey.get(r.key) ?? { requests: 0, bytes: 0 };
        byKey.set(r.key, { requests: seen.requests + 1, bytes: seen.bytes + r.bytes });
      }
      perBundle = { requests: [...byKey.values()].map((v) => v.requests), bytes: [...byKey.entries()].map(([key, v]) => v.bytes / sizes.get(key)!) };
      const cacheDir = path.join(dir, `cache-${round}`);
      await timed(['summarize', '--json', '--cache-dir', cacheDir, '--endpoint', bucket.endpoint, url], env);
      rounds.cached!.push(await timed(['summarize', '--json', '--cache-dir', cacheDir, '--endpoint', bucket.endpoint, url], env));
      rounds.verifyAll!.push(await timed(['summarize', '--json', '--verify-all', '--no-cache', '--endpoint', bucket.endpoint, url], env));
      const downloaded = path.join(dir, `downloaded-${round}`);
      mkdirSync(downloaded);
      start = performance.now();
      await downloadAll(bucket, names, downloaded);
      downloads.push(performance.now() - start);
      rounds.local!.push(await timed(['summarize', '--json', downloaded], env));
      rmSync(downloaded, { recursive: true, force: true });
    }
    const requests = perBundle.requests;
    const shares = perBundle.bytes;
    console.log(`per bundle in place: requests mean ${(requests.reduce((a, b) => a + b, 0) / requests.length).toFixed(2)}, max ${Math.max(...requests)}; bytes read mean ${(100 * shares.reduce((a, b) => a + b, 0) / shares.length).toFixed(2)} % of the bundle, max ${(100 * Math.max(...shares)).toFixed(2)} % (plus ${Math.ceil(BUNDLES / 1000)} list request(s) for the prefix)`);
    const show = (name: string, t: ProcessTiming[], extraMs = 0) =>
      `${name.padEnd(44)} wall ${((median(t.map((x) => x.ms)) + extraMs) / 1000).toFixed(2).padStart(6)} s  CPU ${median(t.map((x) => x.cpuS)).toFixed(2).padStart(5)} s  peak RSS ${median(t.map((x) => x.rssMiB)).toFixed(0).padStart(4)} MiB`;
    console.log(`medians of ${ROUNDS} round(s), each a fresh zpb process:`);
    console.log(show('summarize s3:// in place (no cache)', rounds.inPlace!));
    console.log(show('summarize s3:// again (all from the cache)', rounds.cached!));
    console.log(show('summarize s3:// --verify-all (whole bundles)', rounds.verifyAll!));
    console.log(`${'download all (16 at once), then:'.padEnd(44)} wall ${(median(downloads) / 1000).toFixed(2).padStart(6)} s`);
    console.log(show('  summarize the downloaded folder', rounds.local!));
    console.log(`${'baseline total (download + summarize)'.padEnd(44)} wall ${((median(downloads) + median(rounds.local!.map((x) => x.ms))) / 1000).toFixed(2).padStart(6)} s`);
    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    console.log(`targets: <= ${TARGETS.requests} requests per bundle ${verdict(Math.max(...requests) <= TARGETS.requests)}, < ${TARGETS.share * 100} % of a bundle's bytes ${verdict(Math.max(...shares) < TARGETS.share)}`);
    console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores (s3rver runs in this process and shares them; other work inflates wall times)`);
  } finally {
    await bucket.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
