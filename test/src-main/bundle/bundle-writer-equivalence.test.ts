// The writer's path for text logs (one reused read buffer, latin1 strings into the redactor, redacted
// pieces copied into the compressor's 2 MiB blocks, compressed beside the main thread) gives, entry for entry and byte for byte,
// what the straightforward path gives: each whole file read at once, redacted line by line with one
// redactor in entry order, encoded back to bytes. Seeded corpus: sizes across the read (512 KiB),
// piece (64 KiB) and block (2 MiB) boundaries, UTF-8 and raw latin1 bytes, CRLF, a range that starts
// mid-file, an empty file, and private values of every planted category.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle, type BundleEntry } from '../../../src-main/bundle/bundle-writer.js';
import { Redactor } from '../../../src-main/redact/redactor.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { testManifest } from '../../helpers/manifest-fixture.js';
import { seededRandom } from '../../helpers/seeded-random.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { PLANTED } from '../redact/planted-secrets.js';

const dir = useTempDir();

const ORDINARY = [
  'INFO [Ver] Client Version is 6.3.1.58826 module=phone',
  'WARN [Media] jitter 47ms loss 2.38% on stream 1 ssrc=bea515ee',
  'DEBUG [UI] PhoneTab render 12ms items=150 frame=3125277',
  'INFO [Net] zoom.us 170.114.10.7:443 connected in 38 ms',
  'DEBUG caf\u00e9 r\u00e9sum\u00e9 \u65e5\u672c\u8a9e status=ok',
];

/** A seeded log of about `bytes` bytes; one line in `every` carries a planted value (varied per line). */
function seededLog(seed: number, bytes: number, every: number, crlf: boolean): Buffer {
  const random = seededRandom(seed);
  const lines: Buffer[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const stamp = `2026-11-29 05:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}`;
    let body = ORDINARY[Math.floor(random() * ORDINARY.length)]!;
    if (random() < 1 / every) {
      const planted = PLANTED[Math.floor(random() * PLANTED.length)]!;
      // A different value of the same form now and then, so placeholders are numbered past 1.
      body = random() < 0.5 ? planted.line : planted.line.replace(/\d(?=\D*$)/, String(Math.floor(random() * 10)));
    }
    const line = Buffer.from(`${stamp} ${body}${crlf ? '\r\n' : '\n'}`, 'utf8');
    // Raw latin1 bytes (a log written in a legacy code page) as well as UTF-8.
    lines.push(random() < 0.02 ? Buffer.concat([Buffer.from([0xe9, 0x20, 0xfc, 0x20]), line]) : line);
    size += lines[lines.length - 1]!.length;
  }
  return Buffer.concat(lines);
}

/** The straightforward path: the whole range at once, line by line through one redactor. */
function straightforward(redactor: Redactor, bytes: Buffer): { bytes: Buffer; redactions: number } {
  const text = bytes.toString('latin1');
  let out = '';
  let redactions = 0;
  for (const line of text.split(/(?<=\n)/)) {
    const result = redactor.redactText(line);
    out += result.text;
    redactions += result.count;
  }
  return { bytes: Buffer.from(out, 'latin1'), redactions };
}

describe('writeBundle text logs: the fast path equals the straightforward one', () => {
  it('gives the same bytes, hashes and redaction counts, entry for entry, over a seeded corpus', async () => {
    const shapes = [
      { name: 'empty.log', bytes: 0, every: 5, crlf: false },
      { name: 'small.log', bytes: 3_000, every: 3, crlf: false },
      { name: 'piece.log', bytes: 64 * 1024 + 1, every: 12, crlf: true },
      { name: 'reads.log', bytes: 1_300_000, every: 12, crlf: false },
      { name: 'dense.log', bytes: 700_000, every: 1, crlf: false },
      { name: 'blocks.log', bytes: 5_200_000, every: 20, crlf: false },
      { name: 'tail.log', bytes: 900_000, every: 8, crlf: true },
    ];
    const entries: BundleEntry[] = [];
    const expected = new Map<string, { bytes: Buffer; redactions: number }>();
    const reference = new Redactor({ profile: 'standard' });
    for (const [i, shape] of shapes.entries()) {
      const file = path.join(dir, shape.name);
      const content = shape.bytes === 0 ? Buffer.alloc(0) : seededLog(100 + i, shape.bytes, shape.every, shape.crlf);
      writeFileSync(file, content);
      // The last file from a line in its middle, as a capped collection starts.
      const start = shape.name === 'tail.log' ? content.indexOf(10, Math.floor(content.length / 3)) + 1 : 0;
      const bundlePath = `logs/zoom/${shape.name}`;
      entries.push({ kind: 'file', file: { bundlePath, sourcePath: file, start, end: content.length, kind: 'text', truncated: start > 0, source: 'zoom-logs' } });
      expected.set(bundlePath, straightforward(reference, content.subarray(start)));
    }
    const target = path.join(dir, 'b.zip');
    await writeBundle({ targetPath: target, manifest: testManifest(), entries });
    const { manifest, entries: written } = await readVerifiedBundle(target);
    for (const [bundlePath, want] of expected) {
      const got = written.get(bundlePath);
      expect(got, bundlePath).toBeDefined();
      expect(got!.equals(want.bytes), bundlePath).toBe(true);
      const record = manifest.files.find((f) => f.path === bundlePath)!;
      expect(record.sha256).toBe(createHash('sha256').update(want.bytes).digest('hex'));
      expect(record.bytes).toBe(want.bytes.length);
      expect(record.redactions, bundlePath).toBe(want.redactions);
    }
    // The corpus did exercise redaction, beyond the first placeholder of a kind.
    const all = [...expected.values()].map((e) => e.bytes.toString('latin1')).join('');
    expect(all).toMatch(/<[a-z0-9:+-]+-[2-9]\d*>/);
    expect(readFileSync(path.join(dir, 'blocks.log')).length).toBeGreaterThan(2 * 2 * 1024 * 1024);
  });
});
