// Zoom-shaped log folders of several shapes for the end-to-end bench: the same ordinary lines as the
// redaction corpus, with private values at a chosen density and a chosen number of DISTINCT values
// (memory per distinct value and garbage per match are what the in-process bench never stressed).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../test/helpers/seeded-random.js';
import { fillerLine } from './log-corpus.js';

/** One shape of log folder: how big, how many lines carry a private value, how many distinct values. */
export interface CorpusShape {
  name: string;
  megabytes: number;
  /** Share of lines that carry a private value: 0 (none) to 1 (every line). */
  privateShare: number;
  /** How many distinct private values at most (values repeat once this many were used). */
  distinct: number;
  /**
   * 'log' (default): one log line per entry, `privateShare` of them with a value. 'json-dump': lines
   * of 50-400 KB, each a JSON array logged whole, an e-mail and an IP in every ~70-byte item (what an
   * app that logs its API payloads writes): long lines and a value every few dozen bytes.
   */
  lines?: 'log' | 'json-dump';
}

/** Private line templates; `{}` is where the value goes, the function makes the i-th distinct value. */
const FORMS: [string, (i: number, r: () => number) => string][] = [
  ['INFO [Auth] sign-in ok account={}', (i) => `user.${i.toString(36)}@corp${i % 97}.example.com`],
  ['INFO [CallMgr] dial number={} route=pstn', (i) => `+1${2 + (i % 8)}${String(i).padStart(9, '0').slice(-9)}`],
  ['ICE candidate {} 50000 typ host', (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${1 + (i & 127)}`],
  ['SIP INVITE sip:{}@pbx.example.net SIP/2.0', (i) => `+44${String(7_000_000_000 + i)}`],
  ['HTTP Authorization: Bearer {}', (i, r) => `${i.toString(36)}${Math.floor(r() * 2 ** 48).toString(36)}Zq${Math.floor(r() * 2 ** 40).toString(36)}`],
  ['NIC eth0 hw {}', (i) => [0x02, 0x1a, (i >> 16) & 255, (i >> 8) & 255, i & 255, 0x42].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':')],
  ['v6 candidate [{}]:443', (i) => `2001:db8:${(i >> 16).toString(16)}::${(i & 0xffff).toString(16)}`],
  ['SIP From: "{}" <sip:1001@pbx.example.net>;tag=1', (i) => `Person${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)} Example`],
];

/**
 * Writes `shape.megabytes` MB of logs into `dir` (files of 1-16 MB, under the CLI's default per-file
 * cap, so every byte is collected as users run it); returns a sample of the planted values (at most
 * `sampleSize`) for a recall check.
 */
export function writeShapedCorpus(dir: string, shape: CorpusShape, sampleSize = 2000): string[] {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(7 + shape.megabytes);
  const sample: string[] = [];
  let used = 0;
  let written = 0;
  let fileIndex = 0;
  const target = shape.megabytes * 1024 * 1024;
  let t = Date.now() - 3_600_000;
  while (written < target) {
    const fileBytes = Math.min(target - written, (1 + random() * 15) * 1024 * 1024);
    const parts: string[] = [];
    let bytes = 0;
    while (bytes < fileBytes) {
      const lines: string[] = [];
      // A block is 1000 log lines, or one JSON dump line.
      for (let j = 0; j < (shape.lines === 'json-dump' ? 1 : 1000); j++) {
        t += Math.floor(random() * 3);
        const stamp = new Date(t).toISOString().replace('T', ' ').slice(0, 23);
        if (shape.lines === 'json-dump') {
          const items: string[] = [];
          const lineBytes = (50 + random() * 350) * 1024;
          for (let size = 0; size < lineBytes; ) {
            const fresh = used < shape.distinct && random() < 0.7;
            const index = fresh ? used++ : Math.floor(random() * Math.max(1, used));
            const email = FORMS[0]![1](index, random);
            const ip = FORMS[2]![1](index, random);
            if (fresh && sample.length < sampleSize && index % 7 === 0) sample.push(email, ip);
            const item = `{"id":${index},"email":"${email}","ip":"${ip}","state":${index % 5}}`;
            items.push(item);
            size += item.length + 1;
          }
          lines.push(`${stamp} INFO [Json] payload=[${items.join(',')}]`);
        } else if (random() < shape.privateShare) {
          // A new value until `distinct` are out, then (and 30 % of the time before) an earlier one.
          const fresh = used < shape.distinct && random() < 0.7;
          const index = fresh ? used++ : Math.floor(random() * Math.max(1, used));
          const [template, make] = FORMS[index % FORMS.length]!;
          const value = make(index, seededRandom(index));
          if (fresh && sample.length < sampleSize && index % 7 === 0) sample.push(value);
          lines.push(`${stamp} ${template.replace('{}', value)}`);
        } else {
          lines.push(`${stamp} ${fillerLine(random)}`);
        }
      }
      const block = `${lines.join('\n')}\n`;
      parts.push(block);
      bytes += block.length;
    }
    writeFileSync(path.join(dir, `zoom_${String(fileIndex++).padStart(3, '0')}.log`), parts.join(''));
    written += bytes;
  }
  return sample;
}
