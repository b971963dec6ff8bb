import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLockTimeoutError, withFileLock } from '../../../src-main/platform/file-lock.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir('zpb-file-lock-');
let folders = 0;
function lockIn(): string {
  const folder = path.join(dir, `lock-${folders++}`);
  mkdirSync(folder);
  return path.join(folder, 'state.json.lock');
}
const held = (pid: number) => `${pid} ${'c'.repeat(32)}\n`;

describe('withFileLock', () => {
  it('runs one holder at a time within a process, and leaves no lock behind', async () => {
    const lock = lockIn();
    const order: string[] = [];
    const run = (name: string) =>
      withFileLock(lock, async () => {
        order.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push(`${name} out`);
      });
    await Promise.all([run('a'), run('b'), run('c')]);
    for (let i = 0; i < order.length; i += 2) expect(order[i + 1]).toBe(order[i]!.replace(' in', ' out'));
    expect(readdirSync(path.dirname(lock))).toEqual([]);
  });

  it('takes over the lock of a process that is gone, at once', async () => {
    const lock = lockIn();
    writeFileSync(lock, held(999_999));
    await expect(withFileLock(lock, async () => readFileSync(lock, 'utf8'), { isAlive: () => false, retries: 0 })).resolves.toMatch(new RegExp(`^${process.pid} [0-9a-f]{32}\\n$`));
    expect(existsSync(lock)).toBe(false);
  });

  it("waits for a live holder's fresh lock, gives up after the tries with a sentence, and leaves that lock alone", async () => {
    const lock = lockIn();
    writeFileSync(lock, held(4242));
    let ran = false;
    const error = await withFileLock(lock, async () => (ran = true), { isAlive: () => true, retries: 2, retryDelayMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileLockTimeoutError);
    expect((error as Error).message).toBe('state.json.lock is held by another zpb or app process; try again in a moment');
    expect(ran).toBe(false);
    expect(readFileSync(lock, 'utf8')).toBe(held(4242));
    // The same lock grown old is stale, though its holder still runs; so is a lock never written.
    for (const text of [held(4242), '']) {
      writeFileSync(lock, text);
      const old = new Date(Date.now() - 60_000);
      utimesSync(lock, old, old);
      await expect(withFileLock(lock, async () => 'ran', { isAlive: () => true, retries: 0 })).resolves.toBe('ran');
    }
  });

  it('does not remove a lock that is no longer its own', async () => {
    const lock = lockIn();
    await withFileLock(lock, async () => writeFileSync(lock, held(777)));
    expect(readFileSync(lock, 'utf8')).toBe(held(777));
  });
});
