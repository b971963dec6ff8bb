import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { RedactStream } from '../../../src-main/redact/redact-stream.js';
import { Redactor } from '../../../src-main/redact/redactor.js';

/** Streams the chunks (Buffers, or latin1 strings as Latin1FileReader gives) and decodes the output as UTF-8. */
async function run(chunks: (Buffer | string)[], redactor = new Redactor({ profile: 'standard' })): Promise<{ text: string; stream: RedactStream }> {
  const stream = new RedactStream(redactor);
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks, { objectMode: true }).pipe(stream)) out.push(chunk as Buffer);
  return { text: Buffer.concat(out).toString('utf8'), stream };
}

/** The same bytes as latin1 strings. */
const asLatin1 = (chunks: Buffer[]): string[] => chunks.map((chunk) => chunk.toString('latin1'));

describe('RedactStream', () => {
  it('catches a secret split across two chunks, at every split point', async () => {
    const line = 'x\nsent to peggy.garcia@example.com with password=hunter2 ok\n';
    for (let cut = 1; cut < line.length; cut++) {
      const chunks = [Buffer.from(line.slice(0, cut)), Buffer.from(line.slice(cut))];
      for (const input of [chunks, asLatin1(chunks)]) {
        const { text, stream } = await run(input);
        expect(text, `cut at ${cut}`).toBe('x\nsent to <email-1> with password=<secret-1> ok\n');
        expect(stream.redactions).toBe(2);
      }
    }
  });

  it('keeps bytes that are not redacted exactly, including UTF-8 split inside a character', async () => {
    const bytes = Buffer.from('héllo wörld — 日本語 and a@example.com\n', 'utf8');
    const chunks = [bytes.subarray(0, 2), bytes.subarray(2, 17), bytes.subarray(17)];
    expect((await run(chunks)).text).toBe('héllo wörld — 日本語 and <email-1>\n');
    expect((await run(asLatin1(chunks))).text).toBe('héllo wörld — 日本語 and <email-1>\n');
  });

  it('redacts the last line without a newline, and an empty stream gives nothing', async () => {
    expect((await run([Buffer.from('end a@example.com')])).text).toBe('end <email-1>');
    expect((await run([])).text).toBe('');
  });

  it('cuts a very long line without losing or splitting values', async () => {
    const word = 'word '.repeat(50_000); // 250 KB per chunk, no newline anywhere
    const chunks = Array.from({ length: 8 }, (_, i) => Buffer.from(`${word}user${i}@example.com `));
    const { text } = await run(chunks);
    expect(text).not.toMatch(/@example\.com/);
    expect(text.match(/<email-\d+>/g)).toHaveLength(8);
    expect(text.length).toBe(8 * (word.length + '<email-1> '.length));
  });

  it('holds a long line over many pieces and redacts it whole, as one call on that line would', async () => {
    // JSON dumps: lines of hundreds of KB, a value every few dozen bytes, under the 1 MiB cut.
    const item = (i: number): string => `{"id":${i},"email":"user${i % 900}@corp.example.com","ip":"10.1.${i % 250}.${1 + (i % 200)}","name":"Garcia, Peggy"},`;
    const long = (from: number, bytes: number): string => {
      let line = `payload=[`;
      for (let i = from; line.length < bytes; i++) line += item(i);
      return `${line}]`;
    };
    const lines = ['start a@example.com', long(0, 300_000), 'middle 10.2.3.4', long(5000, 700_000), 'end'];
    const expectedRedactor = new Redactor({ profile: 'standard' });
    const results = lines.map((line) => expectedRedactor.redactText(`${line}\n`));
    const expected = results.map((result) => result.text).join('');
    const whole = `${lines.join('\n')}\n`;
    const pieces = (size: number): string[] => Array.from({ length: Math.ceil(whole.length / size) }, (_, i) => whole.slice(i * size, (i + 1) * size));
    for (const input of [pieces(64 * 1024), pieces(512 * 1024), pieces(1000), [Buffer.from(whole, 'latin1')]]) {
      const { text, stream } = await run(input);
      expect(Buffer.from(text, 'utf8').toString('latin1')).toBe(expected);
      expect(stream.redactions).toBe(results.reduce((sum, result) => sum + result.count, 0));
    }
  });

  it('redacts a large chunk in pieces exactly as it redacts the same text line by line', async () => {
    const lines = Array.from({ length: 6000 }, (_, i) => `line ${i} mail user${i % 50}@example.com pass password=pw${i % 7} ip 10.0.${i % 200}.1 ok`);
    const whole = `${lines.join('\n')}\n`;
    const expected = await run(lines.map((l) => Buffer.from(`${l}\n`)));
    expect(whole.length).toBeGreaterThan(4 * 64 * 1024);
    // One large Buffer, and one large string, are cut into the same pieces.
    for (const input of [[Buffer.from(whole)], [whole]]) {
      const { text, stream } = await run(input);
      expect(text).toBe(expected.text);
      expect(stream.redactions).toBe(expected.stream.redactions);
    }
  });
});
