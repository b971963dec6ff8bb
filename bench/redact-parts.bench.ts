// Where redact+zip's CPU goes: each stage of the bundle writer's work on the same seeded log corpus
// as `npm run bench -- redact` (bench/log-corpus.ts), in memory and on one thread, so the stages
// can be compared with each other without disk or scheduling noise. The baseline is zlib deflate
// at level 6 in 1 MiB blocks (the work `zip -6` does); every stage prints its time, its rate and its
// ratio to that. `ZPB_BENCH_MB` sets the corpus size (default 64).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Placeholders } from '../src-main/redact/placeholders.js';
import { TextRedactor } from '../src-main/redact/text-redactor.js';
import { generateLogCorpus, HOSTNAME, USERNAME } from './log-corpus.js';
import { median } from './measure.js';

const TOTAL_MB = Number(process.env.ZPB_BENCH_MB ?? 64);
const ROUNDS = 3;
const PIECE = 64 * 1024;
const BLOCK = 1024 * 1024;

/** Median ms of ROUNDS runs of `work`, and what the last run returned. */
function time<T>(work: () => T): { ms: number; result: T } {
  const runs: number[] = [];
  let result!: T;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    result = work();
    runs.push(performance.now() - start);
  }
  return { ms: median(runs), result };
}

/** The corpus cut as RedactStream cuts it: ~64 KiB pieces ending after a newline. */
function pieces(files: Buffer[]): Buffer[] {
  const out: Buffer[] = [];
  for (const file of files) {
    for (let start = 0; start < file.length; ) {
      let end = Math.min(file.length, start + PIECE);
      const newline = file.lastIndexOf(0x0a, end - 1);
      if (end < file.length && newline >= start) end = newline + 1;
      out.push(file.subarray(start, end));
      start = end;
    }
  }
  return out;
}

/** The bundle's rule scan over every piece (two passes, or all rules in one regex as before); returns the values replaced. */
function scan(cut: Buffer[], singlePass: boolean): number {
  const scanner = new TextRedactor({ profile: 'standard', username: USERNAME, hostname: HOSTNAME }, new Placeholders(), { singlePass });
  let count = 0;
  for (const piece of cut) count += scanner.redact(piece.toString('latin1')).count;
  return count;
}

function deflate(files: Buffer[], level: number): number {
  let bytes = 0;
  for (const file of files) for (let at = 0; at < file.length; at += BLOCK) bytes += zlib.deflateRawSync(file.subarray(at, at + BLOCK), { level }).length;
  return bytes;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'zpb-bench-parts-'));
try {
  generateLogCorpus(work, TOTAL_MB);
  const files = readdirSync(work).sort().map((name) => readFileSync(path.join(work, name)));
  const total = files.reduce((sum, file) => sum + file.length, 0);
  const cut = pieces(files);
  console.log(`corpus            ${(total / 1e6).toFixed(1)} MB in ${files.length} files, ${cut.length} pieces of <= 64 KiB, median of ${ROUNDS} rounds, one thread`);
  const baseline = time(() => deflate(files, 6));
  const stages: [string, { ms: number; result: unknown }][] = [
    ['deflate level 6 (baseline)', baseline],
    ['deflate level 5', time(() => deflate(files, 5))],
    ['deflate level 4', time(() => deflate(files, 4))],
    ['rule scan + placeholders', time(() => scan(cut, false))],
    ['  same, as one regex', time(() => scan(cut, true))],
    ['latin1 decode + encode', time(() => cut.reduce((sum, piece) => sum + Buffer.from(piece.toString('latin1'), 'latin1').length, 0))],
    ['sha256', time(() => files.map((file) => createHash('sha256').update(file).digest('hex')).length)],
    ['crc32', time(() => files.reduce((crc, file) => zlib.crc32(file, crc), 0))],
  ];
  for (const [name, { ms, result }] of stages) {
    const detail = name.startsWith('deflate') ? `  output ${((result as number) / 1e6).toFixed(1)} MB` : name.includes('rule') || name.includes('regex') ? `  ${result as number} values replaced` : '';
    console.log(`${name.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${(total / 1e6 / (ms / 1000)).toFixed(0).padStart(5)} MB/s  ${(ms / baseline.ms).toFixed(2)}x baseline${detail}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
