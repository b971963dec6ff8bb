// The bundle step reports its own failure with why in words (a cancel is no failure), through the
// real writer: nothing shows "Writing the bundle" as done or still running after it failed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CollectProgress } from '../../../src-shared/collector-result.js';
import { BundleWriteError } from '../../../src-main/bundle/bundle-write-error.js';
import type { Collector } from '../../../src-main/collect/collector.js';
import { BundleDrafts } from '../../../src-main/services/bundle-drafts.js';
import { bundleStep, failedBundleStep, stepFailureWords } from '../../../src-main/services/bundle-step.js';
import { CancelledError } from '../../../src-main/services/cancellable-run.js';
import { collectForBundle, createBundle } from '../../../src-main/services/create-bundle.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const quick: Collector = { id: 'system', deadlineMs: 10_000, run: async () => ({ data: {} }) };
const report = { occurredAt: '2026-11-26T09:00:00Z', timeZone: 'UTC' };

describe('bundle step', () => {
  it('a write that fails ends the step "failed" with why in words; the error still reaches the caller', async () => {
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, '');
    const events: CollectProgress[] = [];
    const drafts = new BundleDrafts(path.join(blocker, 'drafts'));
    const collected = await collectForBundle({ report, environment: fixtureEnvironment('linux', dir), collectors: [quick] });
    await expect(drafts.create(collected, undefined, (e) => events.push(e))).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(events.at(-1)).toEqual({ phase: 'bundle', id: 'bundle', state: 'finished', status: 'failed', message: 'part of the folder path is a file, not a folder' });
  });

  it.runIf(process.platform === 'linux')('createBundle into a folder without space: the last event is the failed bundle step with the writer\u2019s sentence', async () => {
    const events: CollectProgress[] = [];
    await expect(createBundle({ report, outPath: '/proc/zpb-test.zip', environment: fixtureEnvironment('linux', dir), collectors: [quick], onProgress: (e) => events.push(e) })).rejects.toBeInstanceOf(BundleWriteError);
    expect(events.filter((e) => e.phase === 'bundle')).toEqual([
      { phase: 'bundle', id: 'bundle', state: 'started' },
      { phase: 'bundle', id: 'bundle', state: 'finished', status: 'failed', message: expect.stringMatching(/^not enough space on \/proc \(needs about \d+ MB\)$/) },
    ]);
  });

  it('a cancel reports no failure; success reports done', async () => {
    const events: CollectProgress[] = [];
    await expect(bundleStep((e) => events.push(e), async () => { throw new CancelledError(); })).rejects.toBeInstanceOf(CancelledError);
    expect(failedBundleStep(new BundleWriteError('cancelled', 'cancelled'))).toBeNull();
    expect(await bundleStep((e) => events.push(e), async () => 7)).toBe(7);
    expect(events.map((e) => e.status ?? e.state)).toEqual(['started', 'started', 'ok']);
  });

  it('why in words: file error codes in words, anything else its first line', () => {
    expect(stepFailureWords(Object.assign(new Error('EACCES: permission denied, open \'/x\''), { code: 'EACCES' }))).toBe('no permission to write there');
    expect(stepFailureWords(new Error('first line\n    at stack'))).toBe('first line');
  });
});
