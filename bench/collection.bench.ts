// How long the collection phase takes on this machine without probes and without Zoom logs (an
// empty home), against systeminformation's osInfo() alone as the baseline. Target: under 1.5 s.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import si from 'systeminformation';
import { DEFAULT_COLLECT_SETTINGS } from '../src-main/collect/collect-settings.js';
import { defaultCollectors } from '../src-main/collect/default-collectors.js';
import { runCollectors } from '../src-main/collect/run-collectors.js';
import { currentEnvironment } from '../src-main/platform/environment.js';
import { incidentReportSchema } from '../src-shared/incident-report.js';
import { median } from './measure.js';

async function time(rounds: number, run: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

const rounds = 7;
const home = mkdtempSync(path.join(os.tmpdir(), 'zpb-bench-home-'));
try {
  const environment = { ...currentEnvironment(), home, env: { ...process.env, HOME: home, APPDATA: path.join(home, 'AppData') } };
  const settings = { ...DEFAULT_COLLECT_SETTINGS, probes: false };
  const context = { environment, settings, report: incidentReportSchema.parse({ occurredAt: new Date().toISOString(), timeZone: 'UTC' }) };
  const collectors = defaultCollectors(settings);
  // One untimed round first: module loading and systeminformation's first-call work are start-up cost, not collection.
  const warm = await runCollectors(collectors, context);
  const baseline = median(await time(rounds, () => si.osInfo()));
  const perCollector: Record<string, number[]> = {};
  const totals = await time(rounds, async () => {
    for (const result of await runCollectors(collectors, context)) (perCollector[result.id] ??= []).push(result.durationMs);
  });
  const total = median(totals);
  console.log(`si.osInfo() alone            median ${baseline.toFixed(0)} ms (${rounds} rounds)`);
  console.log(`collection, no probes/logs   median ${total.toFixed(0)} ms, min ${Math.min(...totals).toFixed(0)}, max ${Math.max(...totals).toFixed(0)}`);
  for (const [id, samples] of Object.entries(perCollector)) console.log(`  ${id.padEnd(14)} median ${median(samples).toFixed(0)} ms`);
  console.log(`ratio collection / osInfo    ${(total / baseline).toFixed(1)}x`);
  console.log(`target < 1500 ms             ${total < 1500 ? 'met' : 'NOT met'}`);
  console.log(`collector statuses           ${warm.map((r) => `${r.id}=${r.status}`).join(' ')}`);
} finally {
  rmSync(home, { recursive: true, force: true });
}
