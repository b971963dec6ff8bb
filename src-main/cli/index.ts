/**
 * Process entry of the `zpb` binary. For `zpb collect` the young generation is capped before any
 * other module loads (loading them is where it first grows: young-generation-cap.ts); everything
 * else is in cli-process.ts, imported after.
 */
import { capYoungGeneration } from './young-generation-cap.js';

/**
 * The young generation's cap for a bundle (both semi-spaces; V8's own limit is 32 MB): 8 took
 * 15-30 MB off the peak at the same CPU; 4 took a little more off but cost ~15 % more CPU on logs
 * with many distinct values (more strings promoted), docs/perf-notes.md.
 */
const YOUNG_GENERATION_MB = 8;

if (process.argv[2] === 'collect') capYoungGeneration(YOUNG_GENERATION_MB);
await import('./cli-process.js');
