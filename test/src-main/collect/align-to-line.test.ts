import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignToLine } from '../../../src-main/collect/align-to-line.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const file = path.join(dir, 'a.log');
writeFileSync(file, 'first line\nsecond line\nthird\n'); // lines start at 0, 11, 23

describe('alignToLine', () => {
  it('moves a cut inside a line to the next line start', async () => {
    expect(await alignToLine(file, 5, 29)).toBe(11);
    expect(await alignToLine(file, 12, 29)).toBe(23);
  });

  it('keeps a cut that already is a line start, and no cut at all', async () => {
    expect(await alignToLine(file, 11, 29)).toBe(11);
    expect(await alignToLine(file, 0, 29)).toBe(0);
  });

  it('keeps the cut when no newline follows, or the file is gone', async () => {
    expect(await alignToLine(file, 24, 28)).toBe(24);
    expect(await alignToLine(path.join(path.dirname(file), 'gone.log'), 5, 29)).toBe(5);
  });
});

describe('alignToLine on a file that changed type', () => {
  it.runIf(process.platform === 'linux')('returns the cut as it is for a FIFO, without blocking on it', async () => {
    const fifo = path.join(dir, 'swapped.fifo');
    execFileSync('mkfifo', [fifo]);
    expect(await alignToLine(fifo, 10, 100)).toBe(10);
  });
});
