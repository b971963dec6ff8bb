/**
 * What `zpb summarize` and the app's many-bundle review produce: the facts read from each valid
 * bundle, the groups and episodes built from them with the seed's separation-test verdict, and
 * the files left apart. JSON shape: { groups: [...], invalid: [{ path, reason }], duplicates: [{ path, sameAs }] }.
 */
import { z } from 'zod';
import { fleetLogCountsSchema } from './evidence-counts.js';

/** Stands in for a reporter or device id that a bundle does not have (made before reporter ids). */
export const UNKNOWN_ID = 'unknown';

/** The separation test's answers (seed: "Fast separation test"). */
export const FLEET_VERDICTS = ['one-user', 'one-device', 'shared-network', 'shared-version', 'shared-wide', 'insufficient'] as const;
export const fleetVerdictSchema = z.enum(FLEET_VERDICTS);
export type FleetVerdict = z.infer<typeof fleetVerdictSchema>;

/** The network a report came from: the measured kind (else the one the user chose) and the VPN/proxy verdicts. */
export const fleetNetworkSchema = z.object({
  kind: z.string(),
  vpn: z.string(),
  proxy: z.string(),
});
export type FleetNetwork = z.infer<typeof fleetNetworkSchema>;

/** One valid bundle's facts, as grouping needs them. */
export const fleetBundleSchema = z.object({
  path: z.string(),
  reporter: z.string(),
  device: z.string(),
  /** How far the ids compare ('machine': only within one computer), when the bundle has ids. */
  keySource: z.enum(['organisation', 'machine']).optional(),
  errorCode: z.string().optional(),
  /** The error text as the bundle holds it (already redacted). */
  errorText: z.string(),
  action: z.string().optional(),
  /** When the error happened (ISO 8601): the report's time, else the bundle's creation time. */
  occurredAt: z.string(),
  /** The time zone the reporter gave with the time (facts tables carry it; grouping uses UTC). */
  timeZone: z.string().optional(),
  scope: z.string().optional(),
  network: fleetNetworkSchema,
  /** The link the reporter said they were on, and the one the network collector measured (`network.kind` is the measured one, else the said one). */
  reportedNetwork: z.string().optional(),
  detectedNetwork: z.string().optional(),
  zoomVersion: z.string().optional(),
  os: z.string().optional(),
  failedProbes: z.array(z.string()),
  findings: z.array(z.string()),
  /** The events its logs show at the error time (evidence-counts.ts); absent when its logs could not be read in time. */
  logEvents: z.array(z.string()).optional(),
  ticket: z.string().optional(),
  /** The sha256 of its manifest.json: files with the same one are copies of one bundle (saved, forwarded or uploaded twice). */
  identity: z.string().optional(),
});
export type FleetBundle = z.infer<typeof fleetBundleSchema>;

const countsSchema = z.record(z.string(), z.number().int().nonnegative());

/** What a set of bundles (a group or one of its episodes) adds up to. */
export const fleetStatsSchema = z.object({
  bundles: z.number().int().positive(),
  reporters: z.number().int().nonnegative(),
  devices: z.number().int().nonnegative(),
  /** Bundles whose manifest has no reporter id. */
  unknownReporters: z.number().int().nonnegative(),
  firstAt: z.string(),
  lastAt: z.string(),
  /** Each value with the number of bundles that have it. */
  scopes: countsSchema,
  networks: z.array(fleetNetworkSchema.extend({ bundles: z.number().int().positive() })),
  zoomVersions: countsSchema,
  os: countsSchema,
  failingProbes: countsSchema,
  /** Triage areas, most frequent first (at most five). */
  topFindings: z.array(z.object({ area: z.string(), bundles: z.number().int().positive() })),
  /** Events the logs show at the error time, with how many bundles show each (absent in summaries made before evidence.json). */
  logs: fleetLogCountsSchema.optional(),
  verdict: fleetVerdictSchema,
  /** Plain sentences that led to the verdict. */
  evidence: z.array(z.string()),
  /** The bundles' paths, oldest incident first (the review screen opens one from here). */
  paths: z.array(z.string()),
});
export type FleetStats = z.infer<typeof fleetStatsSchema>;

export const fleetEpisodeSchema = fleetStatsSchema;
export type FleetEpisode = FleetStats;

export const fleetGroupSchema = fleetStatsSchema.extend({
  fingerprint: z.string(),
  errorCode: z.string().optional(),
  action: z.string().optional(),
  /** The error text with numbers, ids and addresses masked. */
  maskedText: z.string(),
  episodes: z.array(fleetEpisodeSchema),
});
export type FleetGroup = z.infer<typeof fleetGroupSchema>;

export const fleetInvalidSchema = z.object({ path: z.string(), reason: z.string() });
export type FleetInvalid = z.infer<typeof fleetInvalidSchema>;

/** A copy of a bundle already counted: same manifest, another file. */
export const fleetDuplicateSchema = z.object({ path: z.string(), sameAs: z.string() });
export type FleetDuplicate = z.infer<typeof fleetDuplicateSchema>;

export const fleetSummarySchema = z.object({
  /** Incidents further apart than this (in minutes) start a new episode. */
  windowMinutes: z.number().positive(),
  groups: z.array(fleetGroupSchema),
  invalid: z.array(fleetInvalidSchema),
  /** Copies of a bundle counted once (the first path in order), each with the path it copies. */
  duplicates: z.array(fleetDuplicateSchema),
  /** Every valid bundle's facts, in path order (the CSV is one row per bundle). */
  bundles: z.array(fleetBundleSchema.extend({ group: z.string() })),
});
export type FleetSummary = z.infer<typeof fleetSummarySchema>;
