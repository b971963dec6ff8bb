// Quoted-printable (RFC 2045 6.7) decoding and encoding of one line; the stream's use is in encoded-text.test.ts.
import { describe, expect, it } from 'vitest';
import { decodeQuotedPrintable, encodeQuotedPrintable } from '../../../src-main/redact/quoted-printable.js';

const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

describe('quoted-printable', () => {
  it('decodes escapes to bytes and keeps a "=" that starts none', () => {
    expect(decodeQuotedPrintable('Pawe=C5=82 Wi=c5=9bniewski')).toBe(latin1('Paweł Wiśniewski'));
    expect(decodeQuotedPrintable('a=3Db =ZZ end=')).toBe('a=b =ZZ end=');
  });

  it('encodes lines of at most 76 characters that decode back, escaping "=", 8-bit bytes and trailing space', () => {
    const text = latin1(`Zgłoszenie od <name-1>: błąd 400 = brak rejestracji SIP na serwerze, ${'ąę'.repeat(20)} `);
    const encoded = encodeQuotedPrintable(text, '\r\n');
    for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(encoded).toMatch(/^[\x21-\x7e \r\n]*$/);
    expect(encoded.endsWith('=20')).toBe(true);
    expect(decodeQuotedPrintable(encoded.replace(/=\r\n/g, ''))).toBe(text);
  });
});
