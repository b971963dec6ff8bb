// The replay store between processes: many separate node processes claim the same request id at
// the same instant and exactly one wins; a lock left by a process that died is taken over, and one
// held by a live process is waited for, then given up on with a sentence.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir('zpb-replay-processes-');
const script = path.join(dir, 'claim.mjs');
const EXP = Math.floor(Date.now() / 1000) + 3600;

// A child claims `jti` in `file` once `go` exists (so all start together) and prints won, lost or its error.
const CHILD = `
import { existsSync } from 'node:fs';
import { fileReplayStore } from './src-main/requests/replay-store.ts';
const [file, jti, exp, go, retries] = process.argv.slice(2);
while (!existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 2));
const store = fileReplayStore(file, () => new Date(), retries ? { retries: Number(retries), retryDelayMs: 10 } : {});
try {
  const won = await store.claim(jti, Number(exp));
  // The work of a won claim is done at once here: the id is then used for good.
  if (won) await store.finish(jti);
  process.stdout.write(won ? 'won' : 'lost');
} catch (error) {
  process.stdout.write('error: ' + error.message);
}
`;

beforeAll(async () => {
  const result = await build({ stdin: { contents: CHILD, resolveDir: PROJECT_ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false });
  writeFileSync(script, result.outputFiles[0]!.text);
});

function claimInChild(file: string, jti: string, go: string, retries?: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file, jti, String(EXP), go, ...(retries === undefined ? [] : [String(retries)])], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (data: Buffer) => (out += data.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(out));
  });
}

/** The pid of a node process that has already ended. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('close', () => resolve(child.pid!));
  });
}

describe('replay store claims between processes', () => {
  it('lets exactly one of many processes claim the same request at once', async () => {
    for (const round of [1, 2]) {
      const file = path.join(dir, `concurrent-${round}`, 'used-requests.json');
      const go = path.join(dir, `go-${round}`);
      const children = Array.from({ length: 12 }, () => claimInChild(file, `request-${round}`, go));
      writeFileSync(go, '');
      const results = await Promise.all(children);
      expect(results.filter((r) => r === 'won'), results.join(', ')).toHaveLength(1);
      expect(results.filter((r) => r === 'lost')).toHaveLength(11);
      expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).used)).toEqual([`request-${round}`]);
      expect(readdirSync(path.dirname(file))).toEqual(['used-requests.json']);
    }
  }, 60_000);

  it("takes over a lock left by a process that died, and waits for a live one's, then says why it gave up", async () => {
    const go = path.join(dir, 'go-stale');
    writeFileSync(go, '');
    const file = path.join(dir, 'stale', 'used-requests.json');
    const lock = `${file}.lock`;
    await claimInChild(file, 'warm-up', go);
    writeFileSync(lock, `${await deadPid()} ${'a'.repeat(32)}\n`);
    expect(await claimInChild(file, 'after-dead-owner', go)).toBe('won');
    expect(existsSync(lock)).toBe(false);

    // This test process is alive: its fresh lock is waited for, a few tries, then a sentence.
    writeFileSync(lock, `${process.pid} ${'b'.repeat(32)}\n`);
    expect(await claimInChild(file, 'while-held', go, 3)).toBe('error: used-requests.json.lock is held by another zpb or app process; try again in a moment');
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} ${'b'.repeat(32)}\n`);
    // Held far longer than any claim takes: stale whoever holds it.
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect(await claimInChild(file, 'while-held', go, 3)).toBe('won');
    expect(existsSync(lock)).toBe(false);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).used).sort()).toEqual(['after-dead-owner', 'warm-up', 'while-held']);
  }, 60_000);
});
