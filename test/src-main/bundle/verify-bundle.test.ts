import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../src-main/bundle/verify-bundle.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();

describe('verifyBundle on things that are not files', () => {
  it('reports a named pipe at once instead of blocking on it', async () => {
    const fifo = path.join(dir, 'pipe.zip');
    execFileSync('mkfifo', [fifo]);
    expect((await verifyBundle(fifo)).problems).toEqual([{ kind: 'not-a-zip', message: 'not a regular file' }]);
  });

  it('reports a missing file and a folder', async () => {
    expect((await verifyBundle(path.join(dir, 'missing.zip'))).problems).toEqual([{ kind: 'not-a-zip', message: 'no such file' }]);
    expect((await verifyBundle(dir)).problems).toEqual([{ kind: 'not-a-zip', message: 'not a regular file' }]);
  });
});
