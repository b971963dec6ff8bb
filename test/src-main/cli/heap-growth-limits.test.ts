// limitHeapGrowth holds V8's young generation at its cap and keeps the old generation's growth
// between full collections small, in fresh processes that allocate as a bundle does, also after a
// worker thread starts (which puts V8's flags back); the same processes without the limits grow past
// them (so each check can fail).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir('zpb-heap-');
const script = path.join(dir, 'churn.mjs');

// Prints the largest young generation and heap (MB) seen while it churns, limited when given "on".
const CHILD = `
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { limitHeapGrowth, youngGenerationBytes } from './src-main/cli/heap-growth-limits.ts';
import { announceBulkWork } from './src-main/bulk-work.ts';
const [mode, what] = process.argv.slice(2);
if (mode === 'on') limitHeapGrowth({ youngGenerationMb: 8, oldGenerationGrowthPercent: 50 });
let young = 0;
let heap = 0;
if (what === 'startup') {
  // Start-up as the CLI's: one synchronous stretch in which most of what is allocated survives
  // (modules, rule tables), no poll in between; then the bundle's work, which yields between reads.
  const tables = [];
  for (let i = 0; i < 400_000; i++) tables.push({ i, word: 'rule ' + i });
  young = youngGenerationBytes();
  announceBulkWork();
  for (let round = 0; round < 300; round++) {
    const parts = [];
    for (let i = 0; i < 4000; i++) parts.push('line ' + i + ' value=' + (i * round).toString(36));
    parts.join('\\n');
    young = Math.max(young, youngGenerationBytes());
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  if (tables.length !== 400_000) throw new Error('lost the tables');
} else if (what === 'young') {
  announceBulkWork();
  // Short-lived strings, as the scan makes them.
  let kept = [];
  for (let round = 0; round < 400; round++) {
    const parts = [];
    for (let i = 0; i < 4000; i++) parts.push('line ' + i + ' value=' + (i * round).toString(36));
    kept.push(parts.join('\\n').slice(0, 16));
    if (kept.length > 50) kept = [];
    young = Math.max(young, youngGenerationBytes());
    // A worker once the cap holds, as the systeminformation worker starts during a bundle.
    if (round === 100) await new Worker('0', { eval: true }).terminate();
    // The poll runs between pieces of work, as it does between the bundle's reads.
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
} else {
  // A live set, and objects that outlive a few scavenges and then die in the old generation.
  const live = [];
  for (let i = 0; i < 300_000; i++) live.push({ i, s: 'x' + i });
  let keep = [];
  for (let round = 0; round < 250; round++) {
    keep.push(Array.from({ length: 20_000 }, (_, j) => ({ j, t: 'y' + j + round })));
    if (keep.length > 3) keep.shift();
    heap = Math.max(heap, v8.getHeapStatistics().total_heap_size);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  if (live.length !== 300_000) throw new Error('lost the live set');
}
process.stdout.write(JSON.stringify({ young: young / 1048576, heap: heap / 1048576 }));
`;

beforeAll(async () => {
  const result = await build({ stdin: { contents: CHILD, resolveDir: PROJECT_ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false });
  writeFileSync(script, result.outputFiles[0]!.text);
});

function peaks(mode: 'on' | 'off', what: 'startup' | 'young' | 'old'): { young: number; heap: number } {
  const run = spawnSync(process.execPath, [script, mode, what], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { young: number; heap: number };
}

describe('limitHeapGrowth', () => {
  it('keeps the young generation at its cap, also after a worker starts, while an unlimited process grows past it', () => {
    expect(peaks('off', 'young').young).toBeGreaterThan(8);
    expect(peaks('on', 'young').young).toBeLessThanOrEqual(8);
  });

  it('holds the young generation through a synchronous start-up until bulk work is announced, then caps it', () => {
    expect(peaks('off', 'startup').young).toBeGreaterThan(8);
    expect(peaks('on', 'startup').young).toBeLessThanOrEqual(8);
  });

  it('collects the old generation sooner: a lower heap peak than the same process without the limit', () => {
    const off = peaks('off', 'old').heap;
    const on = peaks('on', 'old').heap;
    expect(on).toBeLessThan(off * 0.85);
  });
});
