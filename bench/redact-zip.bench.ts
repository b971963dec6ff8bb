// Redact+zip against Info-ZIP: generates a seeded synthetic Zoom-like log folder (>= 250 MB) with
// planted private values of every category, then in ONE run times `zip -r -6` of the folder and
// zpb's redact+zip (the real bundle writer, standard profile) of the same folder, several rounds.
// Prints median wall times, their ratio, peak RSS of each child (GNU time), output sizes, and the
// recall: planted values no longer present in the produced zip / planted values.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBundle, type BundleEntry } from '../src-main/bundle/bundle-writer.js';
import { forEachZipEntry } from '../src-main/bundle/zip-reader.js';
import { MANIFEST_SCHEMA_VERSION } from '../src-shared/bundle-manifest.js';
import { generateLogCorpus, HOSTNAME, USERNAME } from './log-corpus.js';

const TOTAL_MB = Number(process.env.ZPB_BENCH_MB ?? 260);
const ROUNDS = Number(process.env.ZPB_BENCH_ROUNDS ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Timing {
  ms: number;
  /** user + system CPU seconds: on a shared machine the steadier figure. */
  cpuS: number;
  rssMiB: number;
}

/** Runs a command under GNU time; returns wall ms, CPU seconds and peak RSS in MiB. */
function timed(command: string, args: string[], cwd: string): Timing {
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`);
  const [kb, user, sys] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { ms, cpuS: user! + sys!, rssMiB: kb! / 1024 };
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

/** Planted values still present in the zip (streamed; values never span lines). */
async function leftovers(zip: string, planted: Set<string>): Promise<Set<string>> {
  const pattern = new RegExp([...planted].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const found = new Set<string>();
  await forEachZipEntry(zip, async (_name, content) => {
    let held = '';
    for await (const chunk of content as AsyncIterable<Buffer>) {
      const text = held + chunk.toString('latin1');
      const cut = text.lastIndexOf('\n') + 1;
      held = text.slice(cut);
      for (const m of text.slice(0, cut).matchAll(pattern)) found.add(m[0]);
    }
    for (const m of held.matchAll(pattern)) found.add(m[0]);
  });
  return found;
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
    const zipRuns: Timing[] = [];
    const zpbRuns: Timing[] = [];
    const zipOut = path.join(work, 'zip6.zip');
    const zpbOut = path.join(work, 'zpb.zip');
    for (let round = 0; round < ROUNDS; round++) {
      rmSync(zipOut, { force: true });
      zipRuns.push(timed('/usr/bin/zip', ['-q', '-r', '-6', zipOut, 'logs'], work));
      zpbRuns.push(timed(process.execPath, [self, 'child', corpus, zpbOut], work));
    }
    const zipMs = median(zipRuns.map((r) => r.ms));
    const zpbMs = median(zpbRuns.map((r) => r.ms));
    const left = await leftovers(zpbOut, planted);
    const zipCpu = median(zipRuns.map((r) => r.cpuS));
    const zpbCpu = median(zpbRuns.map((r) => r.cpuS));
    console.log(`load average      ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores (other work on the machine inflates the wall times)`);
    console.log(`zip -r -6         median ${(zipMs / 1000).toFixed(2)} s  CPU ${zipCpu.toFixed(2)} s  peak RSS ${Math.max(...zipRuns.map((r) => r.rssMiB)).toFixed(0)} MiB  output ${(statSync(zipOut).size / 1e6).toFixed(1)} MB  (${ROUNDS} rounds)`);
    console.log(`zpb redact+zip    median ${(zpbMs / 1000).toFixed(2)} s  CPU ${zpbCpu.toFixed(2)} s  peak RSS ${Math.max(...zpbRuns.map((r) => r.rssMiB)).toFixed(0)} MiB  output ${(statSync(zpbOut).size / 1e6).toFixed(1)} MB`);
    console.log(`ratio zpb / zip   ${(zpbMs / zipMs).toFixed(2)}x wall (target <= 1.0, aim 0.6), ${(zpbCpu / zipCpu).toFixed(2)}x CPU`);
    console.log(`recall            ${planted.size - left.size}/${planted.size} = ${((100 * (planted.size - left.size)) / planted.size).toFixed(1)} %${left.size ? `  LEFT: ${[...left].slice(0, 5).join(' | ')}` : ''}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'child') await child(process.argv[3]!, process.argv[4]!);
else await main();
