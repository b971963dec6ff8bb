import { describe, expect, it } from 'vitest';
import { problemKind } from '../../../src-renderer/common/problem-kind.js';
import { IPC_ERROR_CODES } from '../../../src-shared/ipc-error-code.js';

describe('problemKind', () => {
  it('handles every code main answers with: cancelled is no error, a folder problem offers another folder', () => {
    const kinds = Object.fromEntries(IPC_ERROR_CODES.map((code) => [code, problemKind(code)]));
    expect(kinds).toMatchObject({ cancelled: 'cancelled', exists: 'choose-folder', 'no-folder': 'choose-folder', 'write-failed': 'choose-folder', 'no-space': 'show', policy: 'show', failed: 'show' });
    expect(Object.values(kinds).every((kind) => ['cancelled', 'choose-folder', 'show'].includes(kind))).toBe(true);
    expect(problemKind(undefined)).toBe('show');
  });
});
