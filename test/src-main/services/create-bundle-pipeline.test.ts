// createBundle writes the Zoom logs while slower collectors still run, and its bundle is, entry for
// entry and byte for byte, the one the straightforward path (collect everything, then write) makes.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Collector } from '../../../src-main/collect/collector.js';
import { zoomLogsCollector } from '../../../src-main/collect/zoom-logs-collector.js';
import { collectForBundle, createBundle, writeCollectedBundle } from '../../../src-main/services/create-bundle.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { seededRandom } from '../../helpers/seeded-random.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const now = new Date('2026-11-26T08:00:00Z');
const report = {
  errorText: 'Call failed (code: 2202400) dialing +1 415 555 0142',
  occurredAt: '2026-11-26T07:55:00Z',
  timeZone: 'UTC',
  action: 'dialing' as const,
  notes: 'my colleague ana.lima@corp.example.com sees it too, from 10.20.30.40',
};

/** A seeded Zoom-like log folder whose private values repeat across files and the report. */
function seededHome(name: string, seed: number): string {
  const home = path.join(dir, name);
  const logs = path.join(home, '.zoom', 'logs');
  mkdirSync(logs, { recursive: true });
  const random = seededRandom(seed);
  const pick = <T,>(items: T[]) => items[Math.floor(random() * items.length)]!;
  for (let f = 0; f < 4; f++) {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const n = Math.floor(random() * 400);
      lines.push(
        pick([
          `INFO [Auth] sign-in ok account=user${n}@corp.example.com`,
          `INFO [CallMgr] dial number=+1415555${String(n).padStart(4, '0')} route=pstn`,
          `ICE candidate 192.168.${n % 255}.${1 + (n % 200)} 50000 typ host`,
          `SIP From: "Person ${n}" <sip:${1000 + n}@pbx.example.net>;tag=${n}`,
          'INFO [CallMgr] call state changed: RINGING -> CONNECTED',
          `DEBUG [Net] keepalive sent to 8.5.128.${n % 255}:443 rtt=${n}ms`,
          'WARN dial +1 415 555 0142 failed; notify ana.lima@corp.example.com from 10.20.30.40',
        ]),
      );
    }
    writeFileSync(path.join(logs, `zoom_${f}.log`), `${lines.join('\n')}\n`);
  }
  return home;
}

/** A collector with a JSON section whose data is fixed, so two runs can be compared byte for byte. */
function fixedSection(id: string, file: 'system.json' | 'network.json', wait?: (signal: AbortSignal) => Promise<string>): Collector {
  return {
    id,
    // Far beyond a loaded machine's delays but short of the test's timeout: in the overlap test only a
    // design that collects everything before writing anything leaves the waiting collector to reach it.
    deadlineMs: 20_000,
    section: { file, key: id },
    async run({ signal }) {
      const seen = wait ? await wait(signal) : 'no wait';
      return { data: { id, host: 'fixture-host', seen: 'fixed', gateway: '192.168.1.1' }, message: seen === 'no wait' ? '' : 'ok' };
    },
  };
}

/** Resolves once a non-empty .partial zip exists in `folder`: the bundle's first entries are being written. */
async function partialZipGrows(folder: string, signal: AbortSignal): Promise<string> {
  while (!signal.aborted) {
    const partial = readdirSync(folder).find((name) => name.endsWith('.partial'));
    if (partial && statSync(path.join(folder, partial)).size > 0) return 'saw the bundle being written';
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw signal.reason;
}

describe('createBundle (collect and write in one pass)', () => {
  it('puts the same entries, in the same order and with the same bytes, as collecting first and writing after', async () => {
    const home = seededHome('equal', 11);
    const environment = fixtureEnvironment('linux', home, {}, now);
    const collectors = [fixedSection('system', 'system.json'), zoomLogsCollector, fixedSection('network', 'network.json')];
    const options = { report, environment, collectors, settings: { probes: false } };
    const piped = await createBundle({ ...options, outPath: path.join(dir, 'piped.zip') });
    const straight = await writeCollectedBundle(await collectForBundle(options), { outPath: path.join(dir, 'straight.zip') });
    const a = await readVerifiedBundle(piped.path);
    const b = await readVerifiedBundle(straight.path);
    expect([...a.entries.keys()]).toEqual([...b.entries.keys()]);
    expect([...a.entries.keys()].filter((name) => name.startsWith('logs/zoom/'))).toHaveLength(4);
    // Only how long each collector took differs (in manifest.json and README.txt).
    const timeless = (text: string) => text.replace(/ +\d+ ms /g, ' - ms ');
    for (const [name, bytes] of a.entries) {
      if (name === 'manifest.json') continue;
      if (name === 'README.txt') expect(timeless(bytes.toString())).toBe(timeless(b.entries.get(name)!.toString()));
      else expect(bytes.equals(b.entries.get(name)!), name).toBe(true);
    }
    const untimed = (m: typeof a.manifest) => ({
      ...m,
      collectors: m.collectors.map((c) => ({ ...c, durationMs: 0 })),
      files: m.files.map((f) => (f.path === 'README.txt' ? { ...f, bytes: 0, sha256: '' } : f)),
    });
    expect(untimed(a.manifest)).toEqual(untimed(b.manifest));
    expect(a.manifest.redaction.total).toBeGreaterThan(1000);
    // One value, one placeholder, in the logs and in report.json alike.
    const reportJson = a.entries.get('report.json')!.toString();
    expect(reportJson).not.toContain('ana.lima');
    const emailPlaceholder = /<email-\d+>/.exec(reportJson)![0];
    expect(a.entries.get('logs/zoom/home/zoom_0.log')!.toString()).toMatch(new RegExp(`notify ${emailPlaceholder} from`));
  });

  it('starts writing the logs before a slow collector has finished', async () => {
    const home = seededHome('overlap', 12);
    const out = path.join(dir, 'overlap-out');
    mkdirSync(out);
    const environment = fixtureEnvironment('linux', home, {}, now);
    // This collector finishes only once the zip is being written: collecting everything before
    // writing anything would leave it waiting until its deadline, and it would be reported failed.
    const slow = fixedSection('network', 'network.json', (signal) => partialZipGrows(out, signal));
    const bundle = await createBundle({ report, environment, collectors: [zoomLogsCollector, slow], settings: { probes: false }, outPath: path.join(out, 'b.zip') });
    const { manifest, entries } = await readVerifiedBundle(bundle.path);
    expect(manifest.collectors.find((c) => c.id === 'network')).toMatchObject({ status: 'ok', message: 'ok' });
    expect(JSON.parse(entries.get('network.json')!.toString())).toMatchObject({ network: { id: 'network', seen: 'fixed' } });
    expect([...entries.keys()][0]).toMatch(/^logs\/zoom\//);
  });

  it('stops the collectors still running when the bundle cannot be written', async () => {
    const home = seededHome('fails', 13);
    const environment = fixtureEnvironment('linux', home, {}, now);
    let stopped: unknown;
    const waiting: Collector = {
      id: 'waiting',
      deadlineMs: 120_000, // beyond the test's timeout: only createBundle's own stop can end it
      section: { file: 'network.json', key: 'waiting' },
      run: ({ signal }) =>
        new Promise((_, reject) =>
          signal.addEventListener('abort', () => {
            stopped = signal.reason;
            reject(signal.reason);
          }),
        ),
    };
    const target = path.join(dir, 'no-such-folder', 'b.zip');
    await expect(createBundle({ report, environment, collectors: [zoomLogsCollector, waiting], settings: { probes: false }, outPath: target })).rejects.toThrow();
    expect(stopped).toBeInstanceOf(Error);
  });
});
