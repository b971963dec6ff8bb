/**
 * Files that must never leave the machine, from Zoom's own file-directory article
 * (docs/zoom-facts.md, "Never collect"). Matched by name anywhere under the Zoom folders.
 */

export interface NeverCollectRule {
  /** Tested against the file name (or, for folders, the folder name). */
  test: (name: string) => boolean;
  reason: string;
  appliesTo: 'file' | 'dir';
}

const exact = (names: string[], reason: string): NeverCollectRule => ({
  test: (name) => names.includes(name.toLowerCase()),
  reason,
  appliesTo: 'file',
});

export const NEVER_COLLECT: readonly NeverCollectRule[] = [
  { test: (n) => n.toLowerCase().endsWith('.enc.db'), reason: 'encrypted Zoom database', appliesTo: 'file' },
  exact(['data.db'], 'Zoom Phone private data'),
  exact(
    [
      'zoomus.zmdb.default.noenc.rlock.db',
      'telemetrydata.db',
      'local_dns_cache.db',
      'process_monitoring.db',
      'in_progress_infos.db',
    ],
    'private Zoom database',
  ),
  { test: (n) => n.toLowerCase().endsWith('-journal'), reason: 'database journal', appliesTo: 'file' },
  exact(['zoom.us.ini'], 'holds a protected key'),
  { test: (n) => n.toLowerCase() === 'data', reason: 'Zoom private data folder', appliesTo: 'dir' },
];

/** The reason a file or folder must not be collected, or null when it may be. */
export function neverCollectReason(name: string, type: 'file' | 'dir'): string | null {
  return NEVER_COLLECT.find((rule) => rule.appliesTo === type && rule.test(name))?.reason ?? null;
}
