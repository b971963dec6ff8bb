import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultProbePlan, loadProbePlan, loadProbePlanFile, MAX_PROBE_PLAN_BYTES, ProbePlanError } from '../../../src-main/probes/load-probe-plan.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir('zpb-plan-');
function planFile(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('probe plans', () => {
  it('ships a valid default plan with the Zoom Phone ports, unconfirmed hosts marked, media range not testable', () => {
    const plan = defaultProbePlan();
    const ports = plan.targets.map((t) => ('port' in t ? `${t.kind}:${t.port}` : t.kind));
    expect(ports).toEqual(expect.arrayContaining(['tcp:443', 'tls:443', 'tls:5091', 'stun:3478', 'udp-range:20000']));
    const media = plan.targets.find((t) => t.kind === 'udp-range');
    expect(media).toMatchObject({ port: 20000, portEnd: 64000, reason: expect.stringContaining('not testable from this machine') });
    for (const id of ['tls-sip-5091', 'stun-3478']) expect(plan.targets.find((t) => t.id === id)?.unconfirmed, id).toBe(true);
    expect(plan.targets.map((t) => t.host)).toEqual(expect.arrayContaining(['provpp.zoom.us', 'yp.zoom.us', 'status.zoom.us']));
  });

  it('loads a file, filling defaults', async () => {
    const file = planFile('ok.json', { version: 1, targets: [{ id: 'a', kind: 'tls', host: 'example.test' }] });
    const { plan, source } = await loadProbePlan(file);
    expect(source).toBe('file');
    expect(plan.targets[0]).toMatchObject({ port: 443, timeoutMs: 4000, required: true, expect: { issuers: [], minProtocol: 'TLSv1.2' } });
    expect((await loadProbePlan(undefined)).source).toBe('default');
  });

  it('rejects a bad plan with one line naming the file and the bad field', async () => {
    const cases: [unknown, string][] = [
      [{ version: 1, targets: [{ id: 'a', kind: 'tcp', host: 'h', port: 70000 }] }, 'targets.0.port: Too big'],
      [{ version: 1, targets: [{ id: 'a', kind: 'ping', host: 'h' }] }, 'targets.0.kind: '],
      [{ version: 1, targets: [{ id: 'a', kind: 'tcp', host: 'h', port: 1, colour: 'red' }] }, 'targets.0: Unrecognized key: "colour"'],
      [{ version: 1, targets: [{ id: 'a', kind: 'tcp', host: 'h', port: 1 }, { id: 'a', kind: 'dns', host: 'h' }] }, 'targets.1.id: duplicate id "a"'],
      [{ version: 1, targets: [{ id: 'm', kind: 'udp-range', host: 'h', port: 5000, portEnd: 10 }] }, 'targets.0.portEnd: must not be below port'],
      [{ version: 2, targets: [] }, 'version: '],
      ['{ not json', 'not valid JSON'],
    ];
    for (const [content, message] of cases) {
      const file = planFile('bad.json', content);
      const error = await loadProbePlanFile(file).catch((e: unknown) => e);
      expect(error, message).toBeInstanceOf(ProbePlanError);
      expect((error as Error).message, message).toContain(`${file}: ${message}`);
      expect((error as Error).message).not.toContain('\n');
    }
    await expect(loadProbePlanFile(path.join(dir, 'missing.json'))).rejects.toThrow(/missing\.json: cannot read \(ENOENT\)/);
  });

  it('reads regular files only, within a size cap: a FIFO, a device or a huge file is refused at once', async () => {
    const fifo = path.join(dir, 'plan.fifo');
    execFileSync('mkfifo', [fifo]);
    const huge = planFile('huge.json', `{"version":1,"targets":[],"pad":"${'x'.repeat(MAX_PROBE_PLAN_BYTES)}"}`);
    const cases: [string, RegExp][] = [
      [fifo, /plan\.fifo: not a regular file$/],
      ['/dev/zero', /\/dev\/zero: not a regular file$/],
      ['/dev/urandom', /\/dev\/urandom: not a regular file$/],
      [dir, /: (not a regular file|cannot read \(EISDIR\))$/],
      [huge, /huge\.json: too large \(\d+ bytes; the limit is 1048576\)$/],
    ];
    for (const [file, message] of cases) {
      const error = await loadProbePlanFile(file).catch((e: unknown) => e);
      expect(error, file).toBeInstanceOf(ProbePlanError);
      expect((error as Error).message, file).toMatch(message);
    }
  });
});
