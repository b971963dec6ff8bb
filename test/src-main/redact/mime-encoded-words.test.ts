// RFC 2047 encoded-words: written back as ASCII words that decode alone; the stream's use is in encoded-text.test.ts.
import { describe, expect, it } from 'vitest';
import { encodeWords, redactEncodedWords } from '../../../src-main/redact/mime-encoded-words.js';

const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

describe('encoded-words', () => {
  it('encodes words of at most 75 characters, never cutting a UTF-8 character', () => {
    const words = encodeWords(latin1('żółć '.repeat(12)).trim()).split(' ');
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75);
      const body = /^=\?UTF-8\?Q\?(.*)\?=$/.exec(word)![1]!;
      const bytes = Buffer.from(body.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
      expect(bytes.toString('utf8')).not.toContain('\ufffd');
    }
  });

  it('joins adjacent words, reads other charsets, and leaves lines the rules do not change', () => {
    const seen: string[] = [];
    const rules = (text: string): { text: string; count: number } => {
      seen.push(text);
      return { text, count: 0 };
    };
    const line = 'Cc: =?ISO-8859-2?Q?Pawe=B3?= =?UTF-8?B?IFdpxZtuaWV3c2tp?= <p@example.pl>';
    expect(redactEncodedWords(line, rules)).toEqual({ text: line, count: 0 });
    expect(seen).toEqual([latin1('Cc: Paweł Wiśniewski <p@example.pl>')]);
    // Unknown charsets and text that only looks alike (a URL's "=?") stay as they are.
    const other = 'Subject: =?x-unknown?Q?abc?= and GET /a?b=?c';
    expect(redactEncodedWords(other, rules).text).toBe(other);
  });
});
