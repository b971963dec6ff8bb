// The log-evidence step's keyword prefilter, in one process: the one-scan trie (literal-scan.ts)
// against the passes of eight literals it replaced (copied below as the baseline), on the e2e
// bench's realistic shape (1 line in 12 private, bench/e2e-corpus.ts) and on the same text with a
// public event line (test/fixtures/real-world/log-evidence) every 40 lines. Also the whole extractor
// with the new scan, for its share. CPU time (process.cpuUsage), rounds interleaved, medians.
// ZPB_BENCH_MB (default "8,30") and ZPB_BENCH_ROUNDS (default 7) change sizes and rounds.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LiteralScanner } from '../src-main/evidence/literal-scan.js';
import { LogEvidenceCollector } from '../src-main/evidence/log-evidence-extractor.js';
import { LOG_EVENT_TABLE } from '../src-main/evidence/log-event-table.js';
import { reportedErrorSearch } from '../src-main/evidence/reported-error-patterns.js';
import { writeShapedCorpus } from './e2e-corpus.js';
import { median } from './measure.js';

const sizes = (process.env.ZPB_BENCH_MB ?? '8,30').split(',').map(Number);
const rounds = Number(process.env.ZPB_BENCH_ROUNDS ?? 7);
const CHUNK = 64 * 1024;
const errorText = 'Call failed (code: 2202400)';
const hints = [...new Set([...reportedErrorSearch(errorText).patterns.flatMap((p) => p.hint), ...LOG_EVENT_TABLE.flatMap((row) => row.hint)])];

/** The baseline: the hints in regexes of at most eight literals, longest first, each a scan of the chunk. */
function passesOfEight(): (text: string, limit: number, found: (index: number) => void) => void {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const sorted = [...hints].sort((a, b) => b.length - a.length);
  const passes: RegExp[] = [];
  for (let i = 0; i < sorted.length; i += 8) passes.push(new RegExp(sorted.slice(i, i + 8).map(escape).join('|'), 'g'));
  return (text, limit, found) => {
    for (const pass of passes) {
      pass.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pass.exec(text)) !== null && match.index < limit) found(match.index);
    }
  };
}

function corpus(megabytes: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zpb-evidence-scan-'));
  try {
    writeShapedCorpus(dir, { name: `realistic-${megabytes}`, megabytes, privateShare: 1 / 12, distinct: 20_000 });
    return readdirSync(dir)
      .sort()
      .map((file) => readFileSync(path.join(dir, file), 'latin1'))
      .join('');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text with a public event line after every 40th line. */
function withEvents(text: string): string {
  // Run from the project root, as npm run bench does.
  const dir = path.resolve('test', 'fixtures', 'real-world', 'log-evidence');
  const events = readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'latin1').split('\n').filter(Boolean));
  const lines = text.split('\n');
  return lines.map((line, i) => (i % 40 === 39 ? `${line}\n${events[i % events.length]}` : line)).join('\n');
}

function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK));
  return chunks;
}

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const baseline = passesOfEight();
const scanner = new LiteralScanner(hints);
for (const megabytes of sizes) {
  const plain = corpus(megabytes);
  for (const [shape, text] of [
    ['realistic', plain],
    ['realistic + events', withEvents(plain)],
  ] as const) {
    const chunks = chunksOf(text);
    let hitsBefore = 0;
    let hitsAfter = 0;
    const times = { before: [] as number[], after: [] as number[], extractor: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      // Interleaved: a change in the machine's load touches both alike.
      times.before.push(cpuMs(() => {
        hitsBefore = 0;
        for (const chunk of chunks) baseline(chunk, chunk.length, () => hitsBefore++);
      }));
      times.after.push(cpuMs(() => {
        hitsAfter = 0;
        for (const chunk of chunks) scanner.scan(chunk, chunk.length, (_, literals) => (hitsAfter += literals.length));
      }));
      times.extractor.push(cpuMs(() => {
        const collector = new LogEvidenceCollector({ occurredAt: new Date().toISOString(), timeZone: 'UTC', errorText, logTimeZone: 'UTC', collectedAt: new Date().toISOString() });
        const file = collector.openFile('logs/zoom/zoom.log');
        for (const chunk of chunks) file.push(chunk);
        file.end();
        collector.result();
      }));
    }
    const before = median(times.before);
    const after = median(times.after);
    console.log(
      `${(text.length / 1048576).toFixed(1)} MB ${shape}: passes of 8 ${before.toFixed(0)} ms, one scan ${after.toFixed(0)} ms (${(after / before).toFixed(2)}x); ` +
        `whole extractor with one scan ${median(times.extractor).toFixed(0)} ms; hits ${hitsBefore} / ${hitsAfter}; rounds ${rounds}`,
    );
  }
}
