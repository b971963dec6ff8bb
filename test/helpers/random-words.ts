// Text that deflate cannot shrink much and no redaction rule takes: random lower-case "words".
import { seededRandom } from './seeded-random.js';

export function randomWords(bytes: number, seed: number): Buffer {
  const random = seededRandom(seed);
  const text = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) {
    const r = random();
    text[i] = i % 80 === 79 ? 10 : r < 0.15 ? 32 : 97 + Math.floor(r * 26);
  }
  return text;
}
