import { describe, expect, it } from 'vitest';
import { parsePositiveNumber } from '../../../src-main/cli/number-flag.js';
import { UsageError } from '../../../src-main/cli/usage-error.js';

describe('parsePositiveNumber', () => {
  it('reads integers and decimals, and undefined when the flag is absent', () => {
    expect([parsePositiveNumber('--x', '20', 100), parsePositiveNumber('--x', '0.5', 100), parsePositiveNumber('--x', undefined, 100)]).toEqual([20, 0.5, undefined]);
  });

  it('rejects zero, negatives, words, empty and over-limit values with a line naming the flag', () => {
    for (const bad of ['0', '-3', 'ten', '', 'Infinity', '1e9']) {
      expect(() => parsePositiveNumber('--max-file-mb', bad, 1000), bad).toThrow(UsageError);
    }
    expect(() => parsePositiveNumber('--max-file-mb', 'ten', 1000)).toThrow('--max-file-mb: expected a plain decimal number greater than 0 (like 20 or 0.5), got "ten"');
    expect(() => parsePositiveNumber('--log-window', '9000', 8784)).toThrow('--log-window: 9000 is more than the limit of 8784');
  });
});
