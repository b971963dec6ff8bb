// The step as the writer uses it: only the Zoom logs collector's files are read, encrypted logs
// are counted, other entries are left alone, and a failure inside the step never fails the bundle.
import { describe, expect, it } from 'vitest';
import type { BundleEntry } from '../../../src-main/bundle/bundle-writer.js';
import { startLogEvidence } from '../../../src-main/evidence/log-evidence-step.js';

const settings = { occurredAt: '2026-11-26T09:05:00Z', timeZone: 'UTC', errorText: '', logTimeZone: 'UTC', collectedAt: '2026-11-26T09:30:00Z' };
const file = (bundlePath: string, kind: 'text' | 'binary', source = 'zoom-logs'): BundleEntry => ({ kind: 'file', file: { bundlePath, sourcePath: '/x', start: 0, end: 1, kind, truncated: false, source } });

describe('startLogEvidence', () => {
  it('reads the Zoom logs, counts the encrypted ones, and leaves this app\'s log and generated entries alone', () => {
    const step = startLogEvidence(settings);
    const log = step.observe(file('logs/zoom/home/a.log', 'text'), 'logs/zoom/home/a.log')!;
    log.text('2026-11-26 09:05:01.000 INFO SIP/2.0 403 Forbidden\n');
    log.end();
    expect(step.observe(file('logs/zoom/home/b.log.zenc', 'binary'), 'logs/zoom/home/b.log.zenc')).toBeUndefined();
    expect(step.observe(file('logs/app/zpb-cli.log', 'text', 'app-log'), 'logs/app/zpb-cli.log')).toBeUndefined();
    expect(step.observe({ kind: 'json', path: 'report.json', source: 'report', value: {} }, 'report.json')).toBeUndefined();
    const evidence = step.result();
    expect(evidence.files.map((f) => f.path)).toEqual(['logs/zoom/home/a.log']);
    expect(evidence.encrypted).toEqual({ count: 1, files: ['logs/zoom/home/b.log.zenc'] });
    expect(evidence.events.map((e) => e.kind)).toEqual(['sip-error']);
  });

  it('gives evidence that says the step failed, instead of throwing into the bundle writer', () => {
    const step = startLogEvidence({ ...settings, logTimeZone: 'Not/A_Zone' });
    const log = step.observe(file('logs/zoom/home/a.log', 'text'), 'logs/zoom/home/a.log');
    expect(() => {
      log?.text('2026-11-26 09:05:01.000 INFO SIP/2.0 403 Forbidden\n');
      log?.end();
    }).not.toThrow();
    const evidence = step.result();
    expect(evidence.files).toEqual([]);
    expect(evidence.notes[0]).toMatch(/^The log-evidence step failed \(.+\): the logs are in the bundle, unread\.$/);
  });
});
