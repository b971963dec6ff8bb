// A failed collection in four parts (step, why, what was saved, what next), the same for the app
// and the CLI: the step that failed is named, never "every step done".
import type { IpcErrorCode } from '../../src-shared/ipc-error-code.js';
import { describe, expect, it } from 'vitest';
import { collectFailureLine, describeCollectFailure, failedStep, foldProgress, type StepState } from '../../src-shared/collect-failure.js';

const steps = (...events: StepState[]) => events.reduce<StepState[]>(foldProgress, []);
const done = (id: string): StepState => ({ phase: 'collector', id, state: 'finished', status: 'ok' });

describe('describeCollectFailure', () => {
  it('names the writing step that failed and its own reason, not the generic one', () => {
    const run = steps(done('system'), done('zoom-logs'), { phase: 'bundle', id: 'bundle', state: 'started' }, { phase: 'bundle', id: 'bundle', state: 'finished', status: 'failed', message: 'the disk is full' });
    expect(run.map((s) => s.state)).toEqual(['finished', 'finished', 'finished']);
    const app = describeCollectFailure(run, { code: 'failed', why: 'Something went wrong.' }, { kind: 'app' })!;
    expect(app).toEqual({
      step: 'Writing the bundle',
      why: 'the disk is full',
      saved: 'Nothing was saved: the unfinished bundle was removed. Your answers are kept.',
      next: 'Collect again. If it fails again, send your help desk the details below.',
    });
  });

  it('a failure while a step still runs names that step; the error says why', () => {
    const run = steps(done('system'), { phase: 'collector', id: 'network', state: 'started' }, { phase: 'probe', id: 'tls', label: 'Secure SIP (TLS 5091) to sip.zoom.us', state: 'started' });
    expect(failedStep(run)?.id).toBe('tls');
    expect(describeCollectFailure(run, { why: 'out of memory' }, { kind: 'app' })).toMatchObject({ step: 'Network test: Secure SIP (TLS 5091) to sip.zoom.us', why: 'out of memory' });
  });

  it('what to do next follows the kind of failure, in the app\u2019s and the CLI\u2019s terms', () => {
    const run = steps(done('system'), { phase: 'bundle', id: 'bundle', state: 'finished', status: 'failed', message: 'not enough space on /x (needs about 3 MB)' });
    const next = (code: IpcErrorCode, kind: 'app' | 'cli') => describeCollectFailure(run, { code, why: '' }, kind === 'app' ? { kind } : { kind, logPath: '/log/zpb-cli.log' })!.next;
    expect(next('no-space', 'app')).toBe('Free some disk space, then collect again.');
    expect(next('no-space', 'cli')).toBe('Free some disk space, then run zpb collect again.');
    expect(next('no-folder', 'app')).toBe('Choose another folder, then collect again.');
    expect(next('no-folder', 'cli')).toBe('Give --out a folder that exists, then run zpb collect again.');
    expect(next('exists', 'cli')).toBe('Choose another --out name, or pass --force to replace the file.');
    expect(next('failed', 'cli')).toBe('Run zpb collect again. If it fails again, send your help desk this line and the log /log/zpb-cli.log.');
    expect(collectFailureLine(describeCollectFailure(run, { code: 'no-space', why: '' }, { kind: 'cli', logPath: '/log/zpb-cli.log' })!)).toBe(
      'collecting failed at "Writing the bundle": not enough space on /x (needs about 3 MB). No bundle was written; nothing unfinished is left behind. What each step found is in the log /log/zpb-cli.log. Free some disk space, then run zpb collect again.',
    );
  });

  it('nothing started: no step to name (the error\u2019s own sentence is enough)', () => {
    expect(describeCollectFailure([], { why: 'Your organisation does not allow screenshots' }, { kind: 'app' })).toBeUndefined();
  });
});
