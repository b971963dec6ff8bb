// The bulk-work signal: listeners registered before run once when it is announced, later ones at
// once, and a second announcement runs nobody again (the module's state is per test file).
import { describe, expect, it } from 'vitest';
import { announceBulkWork, onBulkWork } from '../../src-main/bulk-work.js';

describe('bulk work signal', () => {
  it('runs each listener once: the early ones at the announcement, the late ones at once', () => {
    const calls: string[] = [];
    onBulkWork(() => calls.push('early-1'));
    onBulkWork(() => calls.push('early-2'));
    expect(calls).toEqual([]);
    announceBulkWork();
    expect(calls).toEqual(['early-1', 'early-2']);
    onBulkWork(() => calls.push('late'));
    expect(calls).toEqual(['early-1', 'early-2', 'late']);
    announceBulkWork();
    expect(calls).toEqual(['early-1', 'early-2', 'late']);
  });
});
