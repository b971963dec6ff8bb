import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countedRow, FACT_COLUMNS, notCountedRow } from '../../../src-shared/fleet/fact-rows.js';
import type { FleetBundle } from '../../../src-shared/fleet/fleet-summary.js';
import { PROJECT_ROOT } from '../../helpers/run-cli.js';

const bundle: FleetBundle = {
  path: 'a.zip',
  reporter: 'unknown',
  device: 'd1',
  errorCode: '2202400',
  errorText: 'Call failed to 10.0.0.1 (code: 2202400)',
  action: 'dialing',
  occurredAt: '2026-11-26T08:00:00.000Z',
  network: { kind: 'wifi', vpn: 'none', proxy: 'unknown' },
  failedProbes: ['sip-5061: refused'],
  findings: ['firewall'],
  identity: 'f'.repeat(64),
};

describe('fact rows', () => {
  it('a counted bundle: the fingerprint summarize groups by, nulls for what is not known', () => {
    const row = countedRow({ source: 's3://b/a.zip', etag: '"e"' }, bundle);
    expect(Object.keys(row)).toEqual(FACT_COLUMNS.map((c) => c.name));
    expect(row).toMatchObject({ status: 'counted', code: '400', fingerprint: '400|dialing|call failed to <ip> (code: <num>)', reporter_id: null, device_id: 'd1', proxy: 'unknown', bundle_sha256: null, source_etag: '"e"', manifest_sha256: 'f'.repeat(64), zoom_version: null });
  });

  it('a file not counted: where it is and why, every fact null', () => {
    const row = notCountedRow({ source: 'x.zip' }, 'not a readable zip');
    expect(Object.keys(row).sort()).toEqual(FACT_COLUMNS.map((c) => c.name).sort());
    expect(Object.entries(row).filter(([, v]) => v !== null)).toEqual([['source', 'x.zip'], ['status', 'not counted'], ['reason', 'not a readable zip']]);
  });

  it('docs/fleet-facts.md lists every column, in order', () => {
    const doc = readFileSync(path.join(PROJECT_ROOT, 'docs', 'fleet-facts.md'), 'utf8');
    const listed = [...doc.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(FACT_COLUMNS.map((c) => c.name));
  });
});
