// `zpb summarize` counts what the logs show at the error time across bundles the real writer made
// (createBundle with the Zoom logs collector, so each has the evidence.json the step wrote): "3 of
// 5 bundles show SIP 403 at the error time" in the text, the HTML and --json, and each bundle's
// events in the CSV; an all-encrypted bundle is counted as one whose logs could not be read.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { zoomLogsCollector } from '../../../src-main/collect/zoom-logs-collector.js';
import { createBundle } from '../../../src-main/services/create-bundle.js';
import { fleetSummarySchema } from '../../../src-shared/fleet/fleet-summary.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { runCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const inbox = path.join(dir, 'inbox');

/** One bundle of a Zoom log (or an encrypted one) for an error at `hour`:05 UTC. */
async function bundle(name: string, hour: number, log: { text?: string; encrypted?: boolean }) {
  const home = path.join(dir, `home-${name}`);
  mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
  if (log.text !== undefined) writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_1.log'), log.text);
  if (log.encrypted) writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_1.log.zenc'), Buffer.from([0x5a, 0x45, 0x4e, 0x43, 0, 1, 2, 0xff]));
  const at = `2026-11-26T${String(hour).padStart(2, '0')}:05:00Z`;
  await createBundle({
    report: { errorText: 'Call failed (code: 2202400)', occurredAt: at, timeZone: 'UTC', action: 'dialing' },
    outPath: path.join(inbox, `${name}.zip`),
    environment: { ...fixtureEnvironment('linux', home, {}, new Date(`2026-11-26T${String(hour).padStart(2, '0')}:20:00Z`)), timeZone: 'UTC' },
    collectors: [zoomLogsCollector],
  });
}

const lines = (hour: number, ...rest: string[]) => [`2026-11-26 ${String(hour).padStart(2, '0')}:00:00.000 INFO [CallMgr] call state changed: IDLE -> RINGING`, ...rest.map((r) => `2026-11-26 ${String(hour).padStart(2, '0')}:${r}`), ''].join('\n');

beforeAll(async () => {
  mkdirSync(inbox);
  mkdirSync(path.join(dir, 'out'));
  await bundle('a', 8, { text: lines(8, '05:01.400 INFO [SIP] received SIP/2.0 403 Forbidden', '05:02.000 ERROR [CallMgr] Call failed (code: 2202400)') });
  await bundle('b', 9, { text: lines(9, '04:50.000 WARN [Net] net::ERR_NETWORK_CHANGED', '05:01.400 INFO [SIP] received SIP/2.0 403 Forbidden') });
  await bundle('c', 10, { text: lines(10, '05:30.000 INFO [SIP] received SIP/2.0 403 Forbidden') });
  await bundle('d', 11, { text: lines(11, '40:00.000 INFO [SIP] received SIP/2.0 403 Forbidden') });
  await bundle('e', 12, { encrypted: true });
}, 120_000);

describe('zpb summarize: log events across bundles', () => {
  it('says in text, CSV and HTML how many bundles show each event at the error time', async () => {
    const run = await runCli(['summarize', 'inbox', '--window', '1d', '--csv', 'out/s.csv', '--html', 'out/s.html'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const said = run.stdout.split('\n').filter((l) => l.startsWith('  Logs: '));
    expect(said).toEqual([
      '  Logs: 3 of 5 bundles show SIP 403 at the error time',
      '  Logs: 1 of 5 bundles shows network or interface change at the error time',
      '  Logs: 1 of 5 bundles shows the reported error at the error time',
      '  Logs: 1 of 5 bundles without logs that could be read in time (none, encrypted or without timestamps)',
    ]);
    const rows = parse(readFileSync(path.join(dir, 'out', 's.csv')), { columns: true }) as Record<string, string>[];
    expect(Object.fromEntries(rows.map((r) => [r.file, r.log_events_at_error]))).toEqual({
      'inbox/a.zip': 'the reported error; SIP 403',
      'inbox/b.zip': 'network or interface change; SIP 403',
      'inbox/c.zip': 'SIP 403',
      'inbox/d.zip': 'none',
      'inbox/e.zip': '',
    });
    const html = readFileSync(path.join(dir, 'out', 's.html'), 'utf8');
    expect(html).toContain('<tr><th scope="row">Logs at the error time</th><td>3 of 5 bundles show SIP 403 at the error time<br>');
  });

  it('gives the counts in --json, per group and per bundle', async () => {
    const run = await runCli(['summarize', 'inbox', '--window', '1d', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const summary = fleetSummarySchema.parse(JSON.parse(run.stdout));
    expect(summary.groups).toHaveLength(1);
    expect(summary.groups[0]!.logs).toEqual({
      withLogs: 4,
      events: [
        { event: 'sip-error 403', bundles: 3 },
        { event: 'network-change', bundles: 1 },
        { event: 'reported-error', bundles: 1 },
      ],
    });
    expect(summary.bundles.map((b) => b.logEvents)).toEqual([['reported-error', 'sip-error 403'], ['network-change', 'sip-error 403'], ['sip-error 403'], [], undefined]);
  });
});
