// capYoungGeneration holds V8's young generation at its cap in a fresh process that makes short-lived
// strings at a bundle's rate, also after a worker thread starts (which puts V8's flags back); the
// same process without the cap grows past it (so the check can fail).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir('zpb-young-');
const script = path.join(dir, 'churn.mjs');

// Prints the largest young generation (MB) seen while it churns through strings, capped when given a size.
const CHILD = `
import { Worker } from 'node:worker_threads';
import { capYoungGeneration, youngGenerationBytes } from './src-main/cli/young-generation-cap.ts';
const cap = process.argv[2];
if (cap) capYoungGeneration(Number(cap));
let peak = 0;
let kept = [];
for (let round = 0; round < 400; round++) {
  const parts = [];
  for (let i = 0; i < 4000; i++) parts.push('line ' + i + ' value=' + (i * round).toString(36));
  kept.push(parts.join('\\n').slice(0, 16));
  if (kept.length > 50) kept = [];
  peak = Math.max(peak, youngGenerationBytes());
  // A worker once the cap holds, as the systeminformation worker starts during a bundle.
  if (round === 100) await new Worker('0', { eval: true }).terminate();
  // The poll runs between pieces of work, as it does between the bundle's reads.
  await new Promise((resolve) => setTimeout(resolve, 1));
}
process.stdout.write(String(peak / 1048576));
`;

beforeAll(async () => {
  const result = await build({ stdin: { contents: CHILD, resolveDir: PROJECT_ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false });
  writeFileSync(script, result.outputFiles[0]!.text);
});

function peakYoungMb(capMb?: number): number {
  const run = spawnSync(process.execPath, [script, ...(capMb ? [String(capMb)] : [])], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return Number(run.stdout);
}

describe('capYoungGeneration', () => {
  it('keeps the young generation at the cap while an uncapped process grows past it', () => {
    expect(peakYoungMb()).toBeGreaterThan(8);
    expect(peakYoungMb(8)).toBeLessThanOrEqual(8);
  });
});
