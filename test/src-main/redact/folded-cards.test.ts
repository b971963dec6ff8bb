// Folded iCalendar/vCard lines (RFC 5545 3.1) read whole; the stream's use is in encoded-text.test.ts.
import { describe, expect, it } from 'vitest';
import { FoldedCards } from '../../../src-main/redact/folded-cards.js';

/** Rules that replace one private word, as the redactor's would. */
const rules = (text: string) => {
  const out = text.replace(/Lewandowska/g, '<name-1>');
  return { text: out, count: out === text ? 0 : 1 };
};

describe('FoldedCards', () => {
  it('reads a folded line whole and writes a changed one unfolded, so the values kept beside a placeholder stay whole', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'DESCRIPTION:Call Katarzyna Lewan',
      ' dowska or dial +48 22 398 7356 Poland\\nFailover SBC: AudioCodes Mediant 800C 7.40A.5',
      ' 00.775',
      'SUMMARY:Follow-up on the cut',
      ' over',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const cards = new FoldedCards(rules);
    expect(cards.wants(ics)).toBe(true);
    const out = cards.redact(ics);
    expect(out.count).toBe(1);
    expect(out.text).toContain('DESCRIPTION:Call Katarzyna <name-1> or dial +48 22 398 7356 Poland\\nFailover SBC: AudioCodes Mediant 800C 7.40A.500.775\r\n');
    // A folded line with nothing private keeps its bytes and its fold.
    expect(out.text).toContain('SUMMARY:Follow-up on the cut\r\n over\r\n');
  });
});
