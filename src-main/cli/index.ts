/**
 * Process entry of the `zpb` binary. A root run for another account's HOME takes that account's
 * rights first, before any module touches HOME (root-for-user.ts). For `zpb collect` the heap's growth is limited before any
 * other module loads (loading them is where the young generation first grows: heap-growth-limits.ts);
 * everything else is in cli-process.ts, imported after.
 */
import { limitHeapGrowth } from './heap-growth-limits.js';

/**
 * A bundle's limits (docs/perf-notes.md). Young generation (both semi-spaces; V8's own limit is
 * 32 MB): 8 took 15-30 MB off the peak at the same CPU; 4 took a little more off but cost ~15 % more
 * CPU on logs with many distinct values (more strings promoted). Old generation growth: 50 % took
 * the peak on 200 MB of many values from 133-136 to 124-127 MiB at the same CPU.
 */
const BUNDLE_HEAP_LIMITS = { youngGenerationMb: 8, oldGenerationGrowthPercent: 50 };

if (process.argv[2] === 'collect') limitHeapGrowth(BUNDLE_HEAP_LIMITS);
const refused = process.platform !== 'win32' && process.geteuid?.() === 0 ? await (await import('./root-for-user.js')).enterUserRights() : undefined;
if (refused === undefined) await import('./cli-process.js');
else process.exitCode = refused;
