// Redact+zip against Info-ZIP: generates a seeded synthetic Zoom-like log folder (>= 250 MB) with
// planted private values of every category, then in ONE run times `zip -r -6` of the folder and
// zpb's redact+zip (the real bundle writer, standard profile) of the same folder, several rounds.
// Prints median wall times, their ratio, peak RSS of each child (GNU time), output sizes, and the
// recall: planted values no longer present in the produced zip / planted values.
// `ZPB_REDACT_COMPARE=DIR` also runs DIR's own redact+zip child (another checkout with node_modules,
// e.g. the code before a change) in the same rounds, so before and after share one machine state.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeBundle, type BundleEntry } from '../src-main/bundle/bundle-writer.js';
import { MANIFEST_SCHEMA_VERSION } from '../src-shared/bundle-manifest.js';
import { generateLogCorpus, HOSTNAME, USERNAME } from './log-corpus.js';
import { median, timedProcess, zipLeftovers, type ProcessTiming } from './measure.js';

const TOTAL_MB = Number(process.env.ZPB_BENCH_MB ?? 260);
const ROUNDS = Number(process.env.ZPB_BENCH_ROUNDS ?? 3);
const COMPARE = process.env.ZPB_REDACT_COMPARE ? path.resolve(process.env.ZPB_REDACT_COMPARE) : undefined;

/** DIR's redact-zip bench built inside DIR (so its imports resolve against DIR's node_modules). */
async function buildCompareChild(dir: string): Promise<string> {
  const outfile = path.join(dir, 'bench-results', '.build', 'redact-zip-compare.mjs');
  await build({ entryPoints: [path.join(dir, 'bench', 'redact-zip.bench.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning', absWorkingDir: dir });
  return outfile;
}

function printRun(label: string, runs: ProcessTiming[], out: string): void {
  const ms = median(runs.map((r) => r.ms));
  console.log(`${label.padEnd(18)}median ${(ms / 1000).toFixed(2)} s  CPU ${median(runs.map((r) => r.cpuS)).toFixed(2)} s  peak RSS ${Math.max(...runs.map((r) => r.rssMiB)).toFixed(0)} MiB  output ${(statSync(out).size / 1e6).toFixed(1)} MB`);
}

/** Child mode: redact+zip the folder with the real bundle writer. */
async function child(folder: string, out: string): Promise<void> {
  const names = readdirSync(folder).sort();
  const entries: BundleEntry[] = names.map((name) => {
    const sourcePath = path.join(folder, name);
    const size = statSync(sourcePath).size;
    return { kind: 'file', file: { bundlePath: `logs/zoom/${name}`, sourcePath, start: 0, end: size, kind: 'text', truncated: false, source: 'bench' } };
  });
  await writeBundle({
    targetPath: out,
    overwrite: true,
    entries,
    manifest: { schemaVersion: MANIFEST_SCHEMA_VERSION, createdAt: new Date().toISOString(), app: { name: 'bench', version: '0' }, collectors: [], skipped: [] },
    level: process.env.ZPB_BENCH_LEVEL === undefined ? undefined : Number(process.env.ZPB_BENCH_LEVEL),
    redaction: { profile: (process.env.ZPB_BENCH_PROFILE as 'standard' | undefined) ?? 'standard', username: USERNAME, hostname: HOSTNAME },
  });
}

async function main(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const work = mkdtempSync(path.join(os.tmpdir(), 'zpb-bench-'));
  try {
    const corpus = path.join(work, 'logs');
    mkdirSync(corpus);
    const genStart = performance.now();
    const planted = generateLogCorpus(corpus, TOTAL_MB);
    const corpusBytes = readdirSync(corpus).reduce((sum, name) => sum + statSync(path.join(corpus, name)).size, 0);
    console.log(`corpus            ${(corpusBytes / 1e6).toFixed(1)} MB in ${readdirSync(corpus).length} files, ${planted.size} distinct planted values (generated in ${((performance.now() - genStart) / 1000).toFixed(1)} s)`);
    const zipRuns: ProcessTiming[] = [];
    const zpbRuns: ProcessTiming[] = [];
    const zipOut = path.join(work, 'zip6.zip');
    const zpbOut = path.join(work, 'zpb.zip');
    const compareChild = COMPARE && (await buildCompareChild(COMPARE));
    const compareRuns: ProcessTiming[] = [];
    const compareOut = path.join(work, 'compare.zip');
    for (let round = 0; round < ROUNDS; round++) {
      rmSync(zipOut, { force: true });
      zipRuns.push(timedProcess('/usr/bin/zip', ['-q', '-r', '-6', zipOut, 'logs'], { cwd: work }));
      zpbRuns.push(timedProcess(process.execPath, [self, 'child', corpus, zpbOut], { cwd: work }));
      if (compareChild) compareRuns.push(timedProcess(process.execPath, [compareChild, 'child', corpus, compareOut], { cwd: work }));
    }
    const zipMs = median(zipRuns.map((r) => r.ms));
    const zpbMs = median(zpbRuns.map((r) => r.ms));
    const left = await zipLeftovers(zpbOut, planted);
    const zipCpu = median(zipRuns.map((r) => r.cpuS));
    const zpbCpu = median(zpbRuns.map((r) => r.cpuS));
    console.log(`load average      ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores (other work on the machine inflates the wall times)`);
    console.log(`zip -r -6         median ${(zipMs / 1000).toFixed(2)} s  CPU ${zipCpu.toFixed(2)} s  peak RSS ${Math.max(...zipRuns.map((r) => r.rssMiB)).toFixed(0)} MiB  output ${(statSync(zipOut).size / 1e6).toFixed(1)} MB  (${ROUNDS} rounds)`);
    printRun('zpb redact+zip', zpbRuns, zpbOut);
    console.log(`ratio zpb / zip   ${(zpbMs / zipMs).toFixed(2)}x wall (target <= 1.0, aim 0.6), ${(zpbCpu / zipCpu).toFixed(2)}x CPU`);
    if (compareChild) {
      printRun('compare (DIR)', compareRuns, compareOut);
      const compareLeft = await zipLeftovers(compareOut, planted);
      console.log(`ratio DIR / zip   ${(median(compareRuns.map((r) => r.ms)) / zipMs).toFixed(2)}x wall, ${(median(compareRuns.map((r) => r.cpuS)) / zipCpu).toFixed(2)}x CPU; recall ${planted.size - compareLeft.size}/${planted.size}  (${COMPARE})`);
    }
    console.log(`recall            ${planted.size - left.size}/${planted.size} = ${((100 * (planted.size - left.size)) / planted.size).toFixed(1)} %${left.size ? `  LEFT: ${[...left].slice(0, 5).join(' | ')}` : ''}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'child') await child(process.argv[3]!, process.argv[4]!);
else await main();
