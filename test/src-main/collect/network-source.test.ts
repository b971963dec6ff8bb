// sharedWhileRunning: concurrent callers share one read; a later call reads again.
import { describe, expect, it } from 'vitest';
import { sharedWhileRunning } from '../../../src-main/collect/network-source.js';

describe('sharedWhileRunning', () => {
  it('makes one read for calls that overlap, and a fresh one after it settled', async () => {
    let reads = 0;
    let release!: (n: number) => void;
    const read = sharedWhileRunning(() => {
      reads++;
      return new Promise<number>((resolve) => (release = resolve));
    });
    const first = read();
    const second = read();
    release(7);
    expect(await Promise.all([first, second])).toEqual([7, 7]);
    expect(reads).toBe(1);
    const third = read();
    release(8);
    expect(await third).toBe(8);
    expect(reads).toBe(2);
  });

  it('lets a failed read be retried', async () => {
    let reads = 0;
    const read = sharedWhileRunning(async () => {
      reads++;
      if (reads === 1) throw new Error('busy');
      return 'ok';
    });
    await expect(read()).rejects.toThrow('busy');
    expect(await read()).toBe('ok');
  });
});
