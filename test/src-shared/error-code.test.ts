import { describe, expect, it } from 'vitest';
import { readErrorCode } from '../../src-shared/error-code.js';

describe('readErrorCode', () => {
  it('reads the last three digits of a long code (the seed rule)', () => {
    expect(readErrorCode('Call failed (code: 2202400)')).toMatchObject({ code: '400', fullNumber: '2202400' });
  });
  it('knows common meanings and leaves unknown ones null', () => {
    expect(readErrorCode('Error 403')?.meaning).toMatch(/licen/i);
    expect(readErrorCode('error code 777')).toMatchObject({ code: '777', meaning: null });
  });
  it('prefers a labelled code over other numbers in the text', () => {
    expect(readErrorCode('At 1030 hours: Call failed (code: 2202408)')?.code).toBe('408');
  });
  it('falls back to the last bare number and ignores version-like numbers', () => {
    expect(readErrorCode('Zoom 6.3.0 says 3100480')?.code).toBe('480');
    expect(readErrorCode('Zoom 6.3.0 crashed')).toBeNull();
  });
  it('returns null when there is no code', () => {
    expect(readErrorCode('It just does not work')).toBeNull();
    expect(readErrorCode('')).toBeNull();
  });
});
