// Folding of iCalendar/vCard lines (RFC 5545 3.1); the stream's use is in encoded-text.test.ts.
import { describe, expect, it } from 'vitest';
import { foldLine } from '../../../src-main/redact/folded-cards.js';

describe('foldLine', () => {
  it('folds at 75 octets, never inside a UTF-8 character or a placeholder, and unfolds back', () => {
    const content = Buffer.from(`DESCRIPTION:${'Spotkanie zespołu ds. jakości połączeń '.repeat(3)}<phone:+48:9d-12> koniec`, 'utf8').toString('latin1');
    const folded = foldLine(content, '\r\n');
    const lines = folded.split('\r\n');
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(line.charCodeAt(line.length - 1) & 0xc0).not.toBe(0xc0);
      expect((line.charCodeAt(1) & 0xc0) === 0x80 && line.startsWith(' ')).toBe(false);
    }
    expect(folded).toContain('<phone:+48:9d-12>');
    expect(folded.replace(/\r\n /g, '')).toBe(content);
  });
});
