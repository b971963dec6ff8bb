// Measuring helpers the benches share: medians, a child process under GNU time (wall, CPU, peak RSS),
// and the planted values still present in a produced zip.
import { spawnSync } from 'node:child_process';
import { forEachZipEntry } from '../src-main/bundle/zip-reader.js';

/** The middle value (the upper middle for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** One process run as GNU time saw it. */
export interface ProcessTiming {
  ms: number;
  /** user + system CPU seconds: on a shared machine the steadier figure. */
  cpuS: number;
  rssMiB: number;
}

/** Runs a command under GNU time; returns wall ms, CPU seconds and peak RSS in MiB. Throws on a non-zero exit. */
export function timedProcess(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): ProcessTiming {
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...args], { cwd: options.cwd, env: options.env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  const [kb, user, sys] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { ms, cpuS: user! + sys!, rssMiB: kb! / 1024 };
}

/** Planted values still present anywhere in the zip (streamed; values never span lines). */
export async function zipLeftovers(zip: string, planted: Iterable<string>): Promise<Set<string>> {
  const values = [...planted].sort((a, b) => b.length - a.length);
  const found = new Set<string>();
  if (values.length === 0) return found;
  const pattern = new RegExp(values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
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
