/**
 * `zpb facts`: one row per bundle file read, with the facts `zpb summarize` groups and judges by,
 * for SQL engines (DuckDB, Athena, Trino, Spark) instead of a home-made aggregator. The columns are
 * declared once here; the Parquet and NDJSON writers and docs/fleet-facts.md follow them, and
 * docs/fleet.sql computes summarize's groups, episodes and verdicts from them.
 */
import { errorFingerprint } from './error-fingerprint.js';
import { UNKNOWN_ID, type FleetBundle } from './fleet-summary.js';

/** A column's type: text, a UTC moment, or a list of texts. */
export type FactColumnType = 'string' | 'timestamp' | 'string[]';

/** Whether the row was counted by summarize (a good bundle) or not (and why). */
export type FactStatus = 'counted' | 'not counted';

/** One bundle file's row. Absent values are null (SQL NULL), never 'unknown'. */
export interface FactRow {
  source: string;
  source_etag: string | null;
  status: FactStatus;
  reason: string | null;
  bundle_sha256: string | null;
  manifest_sha256: string | null;
  occurred_at: string | null;
  time_zone: string | null;
  code: string | null;
  error_text: string | null;
  masked_text: string | null;
  action: string | null;
  fingerprint: string | null;
  scope: string | null;
  ticket: string | null;
  network_kind: string | null;
  network_detected: string | null;
  network_reported: string | null;
  vpn: string | null;
  proxy: string | null;
  zoom_version: string | null;
  os: string | null;
  failed_probes: string[] | null;
  finding_areas: string[] | null;
  log_events: string[] | null;
  reporter_id: string | null;
  device_id: string | null;
  key_source: string | null;
}

/** Every column in order, with its type and what it holds (docs/fleet-facts.md says the same). */
export const FACT_COLUMNS: ReadonlyArray<{ name: keyof FactRow; type: FactColumnType; about: string }> = [
  { name: 'source', type: 'string', about: 'the bundle file: its path, or s3://bucket/key' },
  { name: 'source_etag', type: 'string', about: 'the object store ETag (null for a local file)' },
  { name: 'status', type: 'string', about: "'counted' (a good bundle) or 'not counted'" },
  { name: 'reason', type: 'string', about: 'why not counted (null when counted)' },
  { name: 'bundle_sha256', type: 'string', about: 'sha256 of the whole zip, when it was read whole (local files; a bucket with --verify-all)' },
  { name: 'manifest_sha256', type: 'string', about: "sha256 of manifest.json: the bundle's identity (copies of one bundle share it; summarize counts each once)" },
  { name: 'occurred_at', type: 'timestamp', about: "when the error happened (UTC): the report's time, else the bundle's creation time" },
  { name: 'time_zone', type: 'string', about: 'the time zone the reporter gave (IANA name)' },
  { name: 'code', type: 'string', about: "the error code's last three digits (what to troubleshoot)" },
  { name: 'error_text', type: 'string', about: 'the error text as the bundle holds it (redacted)' },
  { name: 'masked_text', type: 'string', about: 'the error text with numbers, ids and addresses masked' },
  { name: 'action', type: 'string', about: 'what the reporter was doing (dialing, sign-in, ...)' },
  { name: 'fingerprint', type: 'string', about: "summarize's group key: code|action|masked text" },
  { name: 'scope', type: 'string', about: 'who the reporter says is affected (only-me, some, everyone, ...)' },
  { name: 'ticket', type: 'string', about: 'the help-desk ticket, from the report or the request link' },
  { name: 'network_kind', type: 'string', about: "the network summarize compares: detected, else reported, else 'unknown'" },
  { name: 'network_detected', type: 'string', about: 'the connection type the network collector measured (wired, wifi, ...)' },
  { name: 'network_reported', type: 'string', about: 'the network the reporter said they were on' },
  { name: 'vpn', type: 'string', about: "the VPN verdict (detected, possible, none, 'unknown')" },
  { name: 'proxy', type: 'string', about: "the proxy verdict (proxy, auto-config, none, 'unknown')" },
  { name: 'zoom_version', type: 'string', about: 'the Zoom Workplace version' },
  { name: 'os', type: 'string', about: 'the operating system (distribution or name, release, architecture)' },
  { name: 'failed_probes', type: 'string[]', about: "failing network probes as 'id: verdict'" },
  { name: 'finding_areas', type: 'string[]', about: "triage findings' areas, in the analysis's order" },
  { name: 'log_events', type: 'string[]', about: 'the events its logs show at the error time (evidence.json); null when its logs could not be read in time' },
  { name: 'reporter_id', type: 'string', about: 'the pseudonymous reporter id (keyed hash of the account; null for bundles made before ids)' },
  { name: 'device_id', type: 'string', about: 'the pseudonymous device id (keyed hash of the machine id)' },
  { name: 'key_source', type: 'string', about: "how far the ids compare: 'organisation' (all machines) or 'machine' (one computer)" },
];

/** Where a bundle file was read and what it was as a whole. */
export interface FactSource {
  source: string;
  etag?: string;
  bundleSha256?: string;
}

const known = (id: string) => (id === UNKNOWN_ID ? null : id);

/** The row of a bundle summarize counts. */
export function countedRow(at: FactSource, bundle: FleetBundle): FactRow {
  const fingerprint = errorFingerprint(bundle.errorCode, bundle.errorText, bundle.action);
  return {
    source: at.source,
    source_etag: at.etag ?? null,
    status: 'counted',
    reason: null,
    bundle_sha256: at.bundleSha256 ?? null,
    manifest_sha256: bundle.identity ?? null,
    occurred_at: bundle.occurredAt,
    time_zone: bundle.timeZone ?? null,
    code: fingerprint.errorCode ?? null,
    error_text: bundle.errorText,
    masked_text: fingerprint.maskedText,
    action: bundle.action ?? null,
    fingerprint: fingerprint.key,
    scope: bundle.scope ?? null,
    ticket: bundle.ticket ?? null,
    network_kind: bundle.network.kind,
    network_detected: bundle.detectedNetwork ?? null,
    network_reported: bundle.reportedNetwork ?? null,
    vpn: bundle.network.vpn,
    proxy: bundle.network.proxy,
    zoom_version: bundle.zoomVersion ?? null,
    os: bundle.os ?? null,
    failed_probes: bundle.failedProbes,
    finding_areas: bundle.findings,
    log_events: bundle.logEvents ?? null,
    reporter_id: known(bundle.reporter),
    device_id: known(bundle.device),
    key_source: bundle.keySource ?? null,
  };
}

/** The row of a file summarize lists as not counted: only where it is and why. */
export function notCountedRow(at: FactSource, reason: string): FactRow {
  const row = Object.fromEntries(FACT_COLUMNS.map((c) => [c.name, null])) as unknown as FactRow;
  return { ...row, source: at.source, source_etag: at.etag ?? null, bundle_sha256: at.bundleSha256 ?? null, status: 'not counted', reason };
}
