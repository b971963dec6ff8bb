// What the redactor keeps beyond one scan (placeholder table, the mapping's originals, the IPv6
// cache) never keeps the scanned text alive: V8 keeps a substring as a view of its parent, so one
// kept substring per value would keep a 64 KiB piece of log per value (peak memory grew with the
// number of distinct values). Measured on the heap after a full collection.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { classifyIPv6 } from '../../../src-main/redact/ip-class.js';
import { Placeholders } from '../../../src-main/redact/placeholders.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const PIECES = 1500;
const PIECE_BYTES = 64 * 1024;

/** Heap growth (MB) while `keep` is given one short value cut from each of PIECES fresh 64 KiB texts. */
function retainedMb(keep: (value: string, i: number) => void): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < PIECES; i++) {
    const piece = `${'INFO [CallMgr] call state changed: RINGING -> CONNECTED\n'.repeat(PIECE_BYTES / 56)}${i}`;
    const at = piece.length - 40;
    keep(piece.slice(at, at + 30), i);
  }
  gc();
  return (process.memoryUsage().heapUsed - before) / 1e6;
}

describe('kept values are detached from the scanned text', () => {
  // Pinning would keep PIECES x 64 KiB = ~98 MB; detached values take well under a tenth of that.
  const limitMb = (PIECES * PIECE_BYTES) / 1e6 / 10;

  it('placeholders and the saved mapping', () => {
    const placeholders = new Placeholders(true);
    const grown = retainedMb((value, i) => placeholders.get('email', `${value}${i}`, 'email', value));
    expect(placeholders.mapping!.size).toBe(PIECES);
    expect(grown).toBeLessThan(limitMb);
  });

  it('the IPv6 class cache', () => {
    const grown = retainedMb((_value, i) => {
      const piece = `${'x'.repeat(PIECE_BYTES)} 2001:db8::${i.toString(16)} `;
      classifyIPv6(piece.slice(PIECE_BYTES + 1, piece.length - 1));
    });
    expect(grown).toBeLessThan(limitMb);
  });
});
