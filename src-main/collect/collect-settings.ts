/**
 * Settings a bundle run passes to every collector: caps and plans the user (CLI flags, later
 * policy or a help-desk link) can change. Each collector reads only its own fields.
 */

export interface CollectSettings {
  /** Zoom logs: keep files modified from this many hours before the incident time until now. */
  logWindowHours: number;
  /** Zoom logs: per-file cap in bytes; larger files keep their newest bytes (the tail). */
  maxFileBytes: number;
  /** Zoom logs: total cap in bytes, newest files first. */
  maxTotalBytes: number;
  /** Run the network probes at all. */
  probes: boolean;
  /** Probes: a plan file replacing the shipped default plan (validated by the probes collector). */
  probePlanPath?: string;
  /** Probes: one overall deadline for all probes. */
  probeDeadlineMs: number;
}

const MB = 1024 * 1024;

/** Defaults from the collectors issue: 48 h window, 20 MB per file, 200 MB in all, 5 s probes. */
export const DEFAULT_COLLECT_SETTINGS: Readonly<CollectSettings> = {
  logWindowHours: 48,
  maxFileBytes: 20 * MB,
  maxTotalBytes: 200 * MB,
  probes: true,
  probeDeadlineMs: 5000,
};
