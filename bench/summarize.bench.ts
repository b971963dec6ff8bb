// `zpb summarize` on 1,000 bundles as admins run it: a fresh `bin/zpb.js` process under GNU time
// (wall, CPU, peak RSS) against a floor measured in the same rounds: a fresh Node process that
// opens each zip with yauzl and reads the same five small entries, nothing parsed, with the same
// number of zips open at once. The bundles are written by the real writer (redacted, deflated),
// with varied errors, reporters, devices, networks and versions, and a Zoom-like log inside each.
// ZPB_BENCH_BUNDLES, ZPB_BENCH_LOG_KB and ZPB_BENCH_ROUNDS change the count, log size and rounds;
// ZPB_BENCH_CORPUS=DIR keeps the bundles in DIR and reuses them on the next run (profiling).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFleetBundle, type FleetBundleSpec } from '../test/helpers/fleet-bundles.js';
import { seededRandom } from '../test/helpers/seeded-random.js';
import { fillerLine } from './log-corpus.js';
import { median, timedProcess, type ProcessTiming } from './measure.js';

const BUNDLES = Number(process.env.ZPB_BENCH_BUNDLES ?? 1000);
const LOG_KB = Number(process.env.ZPB_BENCH_LOG_KB ?? 256);
const ROUNDS = Number(process.env.ZPB_BENCH_ROUNDS ?? 3);
/** What summarize-bundles reads at once (its default), so the floor does the same. */
const OPEN_AT_ONCE = 4;
const TARGETS = { wallS: 10, rssMiB: 200, ratio: 1.5 };

const ERRORS: Array<Pick<FleetBundleSpec, 'errorText' | 'action'>> = [
  { errorText: 'Call failed (code: 2202400)', action: 'dialing' },
  { errorText: 'Call failed (code: 1302400) to <phone-1>', action: 'dialing' },
  { errorText: 'Message not sent (code: 1104403)', action: 'sms' },
  { errorText: 'Sign-in failed (code: 3001408) at 10.0.4.12', action: 'sign-in' },
  { errorText: 'Registration failed 503 Service Unavailable', action: 'desk-phone-registration' },
  { errorText: 'Unable to assign number (code: 300) <email-2>', action: 'assign-number' },
];
const VERSIONS = ['6.3.0', '6.2.5', '6.1.0', '6.0.2'];

function log(random: () => number, bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const line = fillerLine(random);
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

async function writeCorpus(dir: string): Promise<number> {
  const random = seededRandom(14);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const specs = Array.from({ length: BUNDLES }, (_, i): FleetBundleSpec => {
    const user = `user${Math.floor(random() * 250)}`;
    return {
      ...pick(ERRORS),
      user,
      machine: `${user}-${Math.floor(random() * 2)}`,
      occurredAt: new Date(Date.UTC(2026, 10, 23) + Math.floor(random() * 3 * 86_400_000)).toISOString(),
      connection: random() < 0.6 ? 'wifi' : 'wired',
      vpn: random() < 0.2 ? 'detected' : 'none',
      proxy: random() < 0.15 ? 'proxy' : 'none',
      zoomVersion: pick(VERSIONS),
      failedProbes: random() < 0.3 ? { 'tls-sip-5091': 'refused' } : {},
      scope: pick(['only-me', 'several-users-one-site', 'many-users-one-network', 'many-users-many-networks'] as const),
      log: log(random, LOG_KB * 1024 * (0.5 + random())),
      ...(i % 50 === 0 ? { user: undefined } : {}),
    };
  });
  for (let site = 0; site < 7; site++) mkdirSync(path.join(dir, `site-${site}`));
  let next = 0;
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      while (next < specs.length) {
        const i = next++;
        await writeFleetBundle(path.join(dir, `site-${i % 7}`), `bundle-${String(i).padStart(4, '0')}.zip`, specs[i]!);
      }
    }),
  );
  return corpusBytes(dir);
}

function corpusBytes(dir: string): number {
  return readdirSync(dir, { recursive: true }).reduce((sum: number, name) => (String(name).endsWith('.zip') ? sum + statSync(path.join(dir, String(name))).size : sum), 0);
}

/** The floor: yauzl alone, the same entries read to the end, nothing parsed. */
const FLOOR_SCRIPT = `
import { readdirSync } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
const WANTED = new Set(['manifest.json', 'report.json', 'analysis.json', 'system.json', 'network.json']);
const dir = process.argv[2];
const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.zip')).map((f) => path.join(dir, f));
function readOne(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry) => {
        if (!WANTED.has(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          stream.on('data', () => {});
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}
let next = 0;
await Promise.all(Array.from({ length: ${OPEN_AT_ONCE} }, async () => { while (next < files.length) await readOne(files[next++]); }));
`;

async function main(): Promise<void> {
  const kept = process.env.ZPB_BENCH_CORPUS;
  const dir = kept ? path.resolve(kept) : mkdtempSync(path.join(os.tmpdir(), 'zpb-bench-summarize-'));
  const reuse = kept !== undefined && existsSync(path.join(dir, 'site-0'));
  const floorDir = path.resolve('bench-results', '.build');
  mkdirSync(floorDir, { recursive: true });
  const floorScript = path.join(floorDir, 'summarize-floor.mjs');
  writeFileSync(floorScript, FLOOR_SCRIPT);
  try {
    const start = performance.now();
    if (kept) mkdirSync(dir, { recursive: true });
    const bytes = reuse ? corpusBytes(dir) : await writeCorpus(dir);
    console.log(`${reuse ? 'reused: ' : ''}${BUNDLES} bundles (real writer, logs ~${LOG_KB} KiB each before compression): ${(bytes / 1e6).toFixed(1)} MB of zips, written in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    const floors: ProcessTiming[] = [];
    const runs: ProcessTiming[] = [];
    const env = { ...process.env };
    for (let round = 0; round < ROUNDS; round++) {
      floors.push(timedProcess(process.execPath, [floorScript, dir], { cwd: process.cwd(), env }));
      // Exit 1 means some files were not counted; the corpus has none, so any non-zero exit fails the bench.
      runs.push(timedProcess(process.execPath, ['bin/zpb.js', 'summarize', '--json', dir], { cwd: process.cwd(), env }));
    }
    const show = (name: string, t: ProcessTiming[]) =>
      `${name.padEnd(28)} wall ${(median(t.map((x) => x.ms)) / 1000).toFixed(2).padStart(5)} s  CPU ${median(t.map((x) => x.cpuS)).toFixed(2).padStart(5)} s  peak RSS ${median(t.map((x) => x.rssMiB)).toFixed(0).padStart(4)} MiB`;
    console.log(`medians of ${ROUNDS} rounds, each a fresh process:`);
    console.log(show('floor (yauzl, same entries)', floors));
    console.log(show('zpb summarize --json', runs));
    const wall = median(runs.map((x) => x.ms)) / 1000;
    const rss = Math.max(...runs.map((x) => x.rssMiB));
    const ratio = median(runs.map((x) => x.ms)) / median(floors.map((x) => x.ms));
    const cpuRatio = median(runs.map((x) => x.cpuS)) / median(floors.map((x) => x.cpuS));
    console.log(`ratio wall ${ratio.toFixed(2)}x, CPU ${cpuRatio.toFixed(2)}x of the floor; highest peak RSS ${rss.toFixed(0)} MiB`);
    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    console.log(
      `targets: wall <= ${TARGETS.wallS} s ${verdict(wall <= TARGETS.wallS)}, peak RSS <= ${TARGETS.rssMiB} MB ${verdict(rss * 1.048576 <= TARGETS.rssMiB)}, ratio <= ${TARGETS.ratio}x ${verdict(ratio <= TARGETS.ratio)}`,
    );
    console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores (other work on the machine inflates wall times; CPU is steadier)`);
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
    rmSync(floorScript, { force: true });
  }
}

await main();
