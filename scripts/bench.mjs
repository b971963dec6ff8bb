// `npm run bench`: runs every bench/*.bench.ts (or the ones named on the command line, e.g.
// `npm run bench -- collection`) in its own Node process, so each one's peak RSS is its own.
// Each bench prints its figures and its ratios against a baseline it measures in the same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const filter = process.argv.slice(2);
const benches = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filter.length === 0 || filter.some((name) => f.includes(name)))
  .sort();
if (benches.length === 0) {
  console.error(`bench: nothing matches ${filter.join(' ') || '(no bench files)'}`);
  process.exit(2);
}
// Built inside the project (git-ignored) so ESM bare imports resolve against ./node_modules.
const outDir = path.resolve('bench-results', '.build');
mkdirSync(outDir, { recursive: true });
let failed = 0;
try {
  for (const file of benches) {
    const outfile = path.join(outDir, file.replace(/\.ts$/, '.mjs'));
    await build({ entryPoints: [path.join('bench', file)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning', absWorkingDir: process.cwd() });
    console.log(`\n=== ${file}`);
    const run = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
    if (run.status !== 0) failed++;
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
