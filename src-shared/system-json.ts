/**
 * The sections of a bundle's system.json, as the collectors produce them and as triage, `zpb
 * inspect` and the review screen read them. One schema per section: a section that is missing or
 * not in this shape (a failed collector, an older or edited bundle) reads as absent, the others still count.
 */
import { z } from 'zod';
import { readSections, type Sections } from './json-sections.js';

/** system.json's `system`: OS, hardware model, CPU, memory, locale, zone, this app. Never serials or UUIDs. */
export const systemInfoSchema = z.object({
  os: z.object({
    platform: z.string(),
    distro: z.string(),
    release: z.string(),
    codename: z.string(),
    kernel: z.string(),
    arch: z.string(),
    build: z.string(),
    uefi: z.boolean().nullable(),
  }),
  hardware: z.object({ manufacturer: z.string(), model: z.string(), virtual: z.boolean(), virtualHost: z.string() }).nullable(),
  cpu: z.object({ brand: z.string(), manufacturer: z.string(), cores: z.number() }).nullable(),
  memoryBytes: z.number(),
  locale: z.string(),
  timeZone: z.string(),
  uptimeSeconds: z.number(),
  app: z.object({
    name: z.string(),
    version: z.string(),
    runtime: z.object({ node: z.string(), electron: z.string().optional(), chrome: z.string().optional() }),
  }),
});
export type SystemInfo = z.infer<typeof systemInfoSchema>;

/** What one Zoom version source said. */
export const versionSourceOutcomeSchema = z.object({
  id: z.string(),
  installKind: z.string(),
  outcome: z.enum(['found', 'absent', 'error']),
  /** Where exactly it was read (a path, a registry key and value, a command). */
  where: z.string(),
  raw: z.string().optional(),
  detail: z.string().optional(),
  installLocation: z.string().optional(),
  /** macOS: installed by IT as a package (ZITPackage). */
  itPackage: z.boolean().optional(),
});
export type VersionSourceOutcome = z.infer<typeof versionSourceOutcomeSchema>;

/** system.json's `zoomVersion`: the installed Zoom Workplace version and where it was read. */
export const zoomVersionSchema = z.object({
  version: z.string().nullable(),
  build: z.string().nullable(),
  installKind: z.string().nullable(),
  source: z.string().nullable(),
  installLocation: z.string().nullable(),
  itPackage: z.boolean().nullable(),
  checked: z.array(versionSourceOutcomeSchema),
});
export type ZoomVersionData = z.infer<typeof zoomVersionSchema>;

/** system.json's `zoomLogs`: where logs were looked for, the time window, caps and counts. */
export const zoomLogsSchema = z.object({
  /** linkedTo: where the location points when it is itself a symbolic link. */
  locations: z.array(z.object({ id: z.string(), path: z.string(), found: z.boolean(), unconfirmed: z.boolean(), linkedTo: z.string().optional() })),
  window: z.object({ from: z.string(), to: z.string(), hours: z.number() }),
  caps: z.object({ maxFileBytes: z.number(), maxTotalBytes: z.number() }),
  found: z.number(),
  included: z.number(),
  truncated: z.number(),
  includedBytes: z.number(),
});
export type ZoomLogsData = z.infer<typeof zoomLogsSchema>;

const SYSTEM_SECTIONS = { system: systemInfoSchema, zoomVersion: zoomVersionSchema, zoomLogs: zoomLogsSchema };

/** system.json as read back: each section present only when it has its collector's shape. */
export type SystemJson = Sections<typeof SYSTEM_SECTIONS>;

/** Reads each known section of a parsed system.json (anything else, or nothing, gives {}). */
export function readSystemJson(value: unknown): SystemJson {
  return readSections(value, SYSTEM_SECTIONS);
}
