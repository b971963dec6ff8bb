// What the review step costs: one-shot createBundle (the CLI path, baseline) against the wizard's
// draft + save, when nothing is left out (the draft is moved into place) and when a file is left
// out (the bundle is written again). Corpus: 40 MB of synthetic Zoom logs in 8 files (repetitive
// text that deflates fast: the ratios matter, not the absolute times; see docs/perf-notes.md for real rates).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BundleDrafts } from '../src-main/services/bundle-drafts.js';
import { collectForBundle, createBundle } from '../src-main/services/create-bundle.js';
import type { Environment } from '../src-main/platform/environment.js';
import { median } from './measure.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'zpb-bench-review-'));
const home = path.join(root, 'home');
const logs = path.join(home, '.zoom', 'logs');
mkdirSync(logs, { recursive: true });
const line = 'INFO [sip] 2026-11-26 08:00:00.123 REGISTER sip:100@zoom.us SIP/2.0 CSeq: 42 REGISTER status=400 Bad Request call_id=abcdef0123456789\n';
for (let i = 0; i < 8; i++) writeFileSync(path.join(logs, `zoom_${i}.log`), line.repeat(Math.ceil((5 * 1024 * 1024) / line.length)));
const environment: Environment = { platform: 'linux', home, env: {}, hostname: 'bench', username: 'bench', now: () => new Date() };
const report = { errorText: 'Call failed (code: 2202400)', occurredAt: new Date().toISOString(), timeZone: 'UTC' };
const settings = { probes: false };

let n = 0;
const out = () => path.join(root, `out-${n++}.zip`);
async function time(run: () => Promise<unknown>, rounds: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

try {
  const drafts = new BundleDrafts(path.join(root, 'drafts'));
  const rounds = 5;
  const baseline = await time(() => createBundle({ report, environment, settings, outPath: out() }), rounds);
  const moved = await time(async () => {
    const draft = await drafts.create(await collectForBundle({ report, environment, settings }));
    await drafts.save(draft.id, out(), []);
  }, rounds);
  const rewritten = await time(async () => {
    const draft = await drafts.create(await collectForBundle({ report, environment, settings }));
    await drafts.save(draft.id, out(), ['logs/zoom/home/zoom_0.log']);
  }, rounds);
  console.log(`createBundle (one shot, baseline)        median ${baseline.toFixed(0)} ms (${rounds} rounds, 40 MB of logs)`);
  console.log(`draft + save, nothing left out (move)     median ${moved.toFixed(0)} ms  ratio ${(moved / baseline).toFixed(2)}x`);
  console.log(`draft + save, one file left out (rewrite) median ${rewritten.toFixed(0)} ms  ratio ${(rewritten / baseline).toFixed(2)}x`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
