// The one-scan literal finder the log-evidence step runs over every chunk: it must report every
// occurrence of every literal (overlapping ones, and a literal that is a prefix of another found at
// the same place) exactly as searching for each literal on its own would, on public log text and
// on text made to be hard (literals inside and across each other, regex metacharacters).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiteralScanner } from '../../../src-main/evidence/literal-scan.js';
import { LOG_EVENT_TABLE } from '../../../src-main/evidence/log-event-table.js';
import { reportedErrorSearch } from '../../../src-main/evidence/reported-error-patterns.js';
import { seededRandom } from '../../helpers/seeded-random.js';

/** Every (position, literal) pair, by searching for each literal on its own. */
function oneByOne(text: string, literals: readonly string[], limit = text.length): string[] {
  const found: string[] = [];
  for (const literal of new Set(literals)) {
    for (let i = text.indexOf(literal); i >= 0 && i < limit; i = text.indexOf(literal, i + 1)) found.push(`${i}:${literal}`);
  }
  return found.sort();
}

function scanned(scanner: LiteralScanner, text: string, limit = text.length): string[] {
  const found: string[] = [];
  let last = -1;
  scanner.scan(text, limit, (index, literals) => {
    expect(index).toBeGreaterThan(last);
    last = index;
    for (const literal of literals) found.push(`${index}:${literal}`);
  });
  return found.sort();
}

describe('LiteralScanner', () => {
  it('finds what searching for each hint alone finds, on public log text', () => {
    const hints = [...LOG_EVENT_TABLE.flatMap((row) => row.hint), ...reportedErrorSearch('Call failed (code: 2202400)').patterns.flatMap((p) => p.hint)];
    const scanner = new LiteralScanner(hints);
    const root = path.resolve(import.meta.dirname, '../../fixtures/real-world');
    const files = [...readdirSync(path.join(root, 'log-evidence')).filter((f) => f.endsWith('.log')).map((f) => path.join(root, 'log-evidence', f)), path.join(root, 'zoom-linux-stdout.log'), path.join(root, 'sip-stack-captures.txt')];
    let hits = 0;
    for (const file of files) {
      const text = readFileSync(file, 'latin1');
      const want = oneByOne(text, hints);
      hits += want.length;
      expect(scanned(scanner, text), file).toEqual(want);
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('reports overlapping literals, prefixes found at one place, metacharacters, and stops at the limit', () => {
    const literals = ['ab', 'abc', 'bca', 'aba', 'c.d', '(x)', 'SIP/2.0 ', 'a-b', '$^'];
    const scanner = new LiteralScanner(literals);
    const random = seededRandom(27);
    const pieces = ['a', 'b', 'c', '.', 'd', '(x)', 'SIP/2.0 ', '-', '$^', 'x', ' '];
    for (let round = 0; round < 200; round++) {
      let text = '';
      while (text.length < 80) text += pieces[Math.floor(random() * pieces.length)];
      const limit = Math.floor(random() * text.length);
      expect(scanned(scanner, text, limit), text).toEqual(oneByOne(text, literals, limit));
    }
    expect(scanned(scanner, 'ababca')).toEqual(['0:ab', '0:aba', '2:ab', '2:abc', '3:bca']);
    expect(() => new LiteralScanner([])).toThrow();
  });
});
