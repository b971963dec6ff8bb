// docs/fleet.sql is summarize's grouping, episodes and verdicts in SQL: run in DuckDB (embedded) on
// the Parquet table `zpb facts` writes for a generated fleet, it must give the groups and verdicts
// `zpb summarize` gives for the same bundles. The fleet is drawn with a seeded random from people,
// machines, errors, networks and versions so every verdict comes up, with copies of one bundle and
// bundles made before reporter ids among them.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { fleetSummarySchema, type FleetSummary } from '../../src-shared/fleet/fleet-summary.js';
import { writeFleetBundle, type FleetBundleSpec } from '../helpers/fleet-bundles.js';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { useTempDir } from '../helpers/temp-dir.js';

const dir = useTempDir();
const fleet = path.join(dir, 'fleet');

const ERRORS: Array<Pick<FleetBundleSpec, 'errorText' | 'action'>> = [
  { errorText: 'Call failed (code: 2202400)', action: 'dialing' },
  { errorText: 'Sign-in failed (code: 1001403)', action: 'sign-in' },
  { errorText: 'Registration lost 10.0.0.7 (code: 408)', action: 'receiving-call' },
  { errorText: 'Transfer failed to 3301 (code: 2202486)', action: 'other' },
];
const VERSIONS = ['6.3.0', '6.2.5', '6.1.0'];

/** The fleet: some fixed cases for the rarer verdicts, the rest drawn at random. */
function specs(): Array<[string, FleetBundleSpec]> {
  const random = seededRandom(28);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const drawn: Array<[string, FleetBundleSpec]> = Array.from({ length: 46 }, (_, i) => {
    const user = pick(['ann', 'bob', 'cy', 'dee', 'eve', 'fay', 'gus', undefined]);
    const hours = Math.floor(random() * 72);
    return [
      `r${String(i).padStart(2, '0')}.zip`,
      {
        ...pick(ERRORS),
        user,
        machine: user && `${user}-${pick(['laptop', 'desktop'])}`,
        occurredAt: new Date(Date.UTC(2026, 10, 24, hours, Math.floor(random() * 60))).toISOString(),
        connection: pick(['wired', 'wifi'] as const),
        vpn: pick(['none', 'none', 'detected'] as const),
        proxy: pick(['none', 'none', 'proxy'] as const),
        zoomVersion: pick(VERSIONS),
        keySource: random() < 0.15 ? 'machine' : 'organisation',
      },
    ];
  });
  const fixed: Array<[string, FleetBundleSpec]> = [
    // One device of one reporter, whose other device sent another error: one-device.
    ['dev1.zip', { user: 'hal', machine: 'hal-a', errorText: 'Audio device lost (code: 9999)', action: 'desk-phone-registration', occurredAt: '2026-11-25T10:00:00Z' }],
    ['dev2.zip', { user: 'hal', machine: 'hal-a', errorText: 'Audio device lost (code: 9999)', action: 'desk-phone-registration', occurredAt: '2026-11-25T10:30:00Z' }],
    ['dev3.zip', { user: 'hal', machine: 'hal-b', errorText: 'Call failed (code: 2202400)', action: 'dialing', occurredAt: '2026-11-25T11:00:00Z' }],
    // One reporter on two computers, nobody else: one-user.
    ['usr1.zip', { user: 'lee', machine: 'lee-a', errorText: 'Contacts empty (code: 7001)', action: 'phone-tab', occurredAt: '2026-11-25T08:00:00Z' }],
    ['usr2.zip', { user: 'lee', machine: 'lee-b', errorText: 'Contacts empty (code: 7001)', action: 'phone-tab', occurredAt: '2026-11-25T08:40:00Z' }],
    // Many people on one version, others on other versions fine: shared-version.
    ...['ivy', 'jon', 'kim'].map((user, i): [string, FleetBundleSpec] => [`ver${i}.zip`, { user, errorText: 'Voicemail failed (code: 5005)', action: 'sms', occurredAt: `2026-11-26T0${i}:00:00Z`, zoomVersion: '6.0.1', connection: (['wired', 'wifi', 'wired'] as const)[i] }]),
  ];
  return [...drawn, ...fixed];
}

/** What must agree: each group's key, size, people and verdict, and its episodes' sizes and verdicts, in order. */
function fromSummary(summary: FleetSummary) {
  return summary.groups.map((g) => ({ fingerprint: g.fingerprint, bundles: g.bundles, reporters: g.reporters, devices: g.devices, verdict: g.verdict, episodes: g.episodes.map((e) => [e.bundles, e.verdict]) }));
}

beforeAll(async () => {
  mkdirSync(fleet);
  for (const [name, spec] of specs()) await writeFleetBundle(fleet, name, spec);
  // A copy of one bundle (counted once) and a file that is not a bundle (not counted).
  copyFileSync(path.join(fleet, 'r03.zip'), path.join(fleet, 'zz-copy.zip'));
  writeFileSync(path.join(fleet, 'broken.zip'), 'not a zip');
}, 120_000);

describe('docs/fleet.sql', () => {
  it('in DuckDB over zpb facts gives the groups, episodes and verdicts of zpb summarize', async () => {
    const summarize = await runCli(['summarize', '--json', 'fleet'], { cwd: dir });
    expect(summarize.code).toBe(1);
    const summary = fleetSummarySchema.parse(JSON.parse(summarize.stdout));
    expect(new Set(summary.groups.flatMap((g) => [g.verdict, ...g.episodes.map((e) => e.verdict)]))).toEqual(new Set(['one-user', 'one-device', 'shared-network', 'shared-version', 'shared-wide', 'insufficient']));
    expect(summary.duplicates).toHaveLength(1);

    const facts = await runCli(['facts', 'fleet', '--out', 'facts.parquet'], { cwd: dir });
    expect(facts.code).toBe(1);
    expect(facts.stdout).toBe(`Wrote 56 rows (1 not counted) to ${path.join(dir, 'facts.parquet')}\n`);

    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    await connection.run(`CREATE VIEW fleet_facts AS SELECT * FROM read_parquet('${path.join(dir, 'facts.parquet')}')`);
    const rows = (await connection.runAndReadAll(readFileSync(path.join(PROJECT_ROOT, 'docs', 'fleet.sql'), 'utf8'))).getRowObjectsJson() as Array<{ fingerprint: string; set_no: number; bundles: number; reporters: number; devices: number; verdict: string }>;
    const groups = rows.filter((r) => Number(r.set_no) === 0);
    const fromSql = groups.map((g) => ({
      fingerprint: g.fingerprint,
      bundles: Number(g.bundles),
      reporters: Number(g.reporters),
      devices: Number(g.devices),
      verdict: g.verdict,
      episodes: rows.filter((r) => r.fingerprint === g.fingerprint && Number(r.set_no) > 0).map((e) => [Number(e.bundles), e.verdict]),
    }));
    expect(fromSql).toEqual(fromSummary(summary));
    connection.closeSync();
  });

  it('the NDJSON table holds the same rows, typed as docs/fleet-facts.md says once read', async () => {
    const run = await runCli(['facts', 'fleet', '--out', 'facts.ndjson'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = readFileSync(path.join(dir, 'facts.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(56);
    const broken = lines.find((l) => String(l.source).endsWith('broken.zip'))!;
    expect(broken).toMatchObject({ status: 'not counted', reason: expect.stringMatching(/^not a readable zip/), fingerprint: null });
    const counted = lines.find((l) => String(l.source).endsWith('dev1.zip'))!;
    expect(counted).toMatchObject({ status: 'counted', code: '999', action: 'desk-phone-registration', time_zone: 'UTC', network_detected: 'wired', failed_probes: [], bundle_sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const parquet = (await connection.runAndReadAll(`SELECT count(*) AS n, count(DISTINCT manifest_sha256) AS identities, typeof(any_value(occurred_at)) AS t, typeof(any_value(failed_probes)) AS l FROM read_parquet('${path.join(dir, 'facts.parquet')}')`)).getRowObjectsJson();
    expect(parquet).toEqual([{ n: '56', identities: '54', t: 'TIMESTAMP WITH TIME ZONE', l: 'VARCHAR[]' }]);
    connection.closeSync();
  });
});
