// Factored alternations must match exactly their words, whichever way they are factored.
import { describe, expect, it } from 'vitest';
import { keyAlternation, prefixAlternation, suffixAlternation } from '../../../../src-main/redact/rules/regex-words.js';
import { seededRandom } from '../../../helpers/seeded-random.js';

function randomWords(random: () => number, count: number): string[] {
  const letters = 'aab.c-dé';
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(random() * 5) }, () => letters[Math.floor(random() * letters.length)]).join(''));
}

describe('factored alternations', () => {
  it('match every word and nothing else, factored by beginnings or endings', () => {
    const random = seededRandom(24);
    for (let round = 0; round < 200; round++) {
      const words = randomWords(random, 1 + Math.floor(random() * 12));
      const others = randomWords(random, 30).filter((w) => !words.includes(w));
      for (const factored of [prefixAlternation(words), suffixAlternation(words)]) {
        const whole = new RegExp(`^(?:${factored})$`);
        for (const word of words) expect(whole.test(word), `${factored} ${word}`).toBe(true);
        for (const other of others) expect(whole.test(other), `${factored} ${other}`).toBe(false);
      }
    }
  });

  it('share beginnings and endings', () => {
    expect(prefixAlternation(['audio', 'auto', 'au'])).toBe('au(?:(?:dio|to))?');
    expect(suffixAlternation(['callerNumber', 'calleeNumber'])).toBe('(?:callee|caller)Number');
    expect(new RegExp(`(?<=(?:${keyAlternation(['password'])}))=`).test('PASSWORD=')).toBe(true);
  });
});
