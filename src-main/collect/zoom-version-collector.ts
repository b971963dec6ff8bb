/**
 * The installed Zoom Workplace version, from every source docs/zoom-facts.md names for this OS
 * (Info.plist, uninstall registry keys, package managers, /opt/zoom/version.txt), falling back to
 * the version Zoom writes at the top of its logs. Records the version, the install kind and where
 * it was read, plus what every other source said.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CommandRunner } from '../platform/command-runner.js';
import { platformCommandRunner } from '../platform/platform-command-runner.js';
import { readPlistFile } from '../platform/plist-file.js';
import { readRegularFile, readRegularFileHead, RegularFileError } from '../platform/regular-file.js';
import { systemRootOf, type Environment } from '../platform/environment.js';
import { parseRegQuery } from '../platform/reg-query-parser.js';
import { resolveZoomLogLocations } from '../platform/zoom-log-locations.js';
import { ZOOM_LOG_VERSION_PATTERNS, ZOOM_VERSION_SOURCES, type ZoomVersionSource } from '../platform/zoom-version-sources.js';
import type { VersionSourceOutcome, ZoomVersionData } from '../../src-shared/system-json.js';
import { readZoomVersion, zoomVersionLabel } from '../../src-shared/zoom-version-reading.js';
import type { Collector } from './collector.js';

/** Splits a raw version into version and build as Zoom writes them (src-shared/zoom-version-reading.ts). */
export const splitVersion = readZoomVersion;

const HEADER_BYTES = 64 * 1024;
/** version.txt is a line: anything past this is not what it claims to be. */
const MAX_VERSION_FILE_BYTES = 64 * 1024;

function fileError(error: unknown): Pick<VersionSourceOutcome, 'outcome' | 'detail'> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { outcome: 'absent' };
  if (error instanceof RegularFileError && error.reason !== 'unreadable') return { outcome: 'error', detail: error.message };
  return { outcome: 'error', detail: code ?? (error as Error).message.split('\n')[0] };
}

async function readRegistryKey(run: CommandRunner, key: string, signal: AbortSignal) {
  const result = await run('reg', ['query', key], { signal });
  return { result, key: parseRegQuery(result.stdout)[0] };
}

async function check(source: ZoomVersionSource, environment: Environment, signal: AbortSignal): Promise<VersionSourceOutcome[]> {
  const run = platformCommandRunner(environment);
  const base = { id: source.id, installKind: source.installKind };
  switch (source.kind) {
    case 'plist':
    case 'file': {
      const file = path.join(source.base === 'home' ? environment.home : systemRootOf(environment), ...source.segments);
      try {
        if (source.kind === 'file') {
          const raw = (await readRegularFile(file, MAX_VERSION_FILE_BYTES)).toString('utf8').trim();
          return [{ ...base, outcome: raw ? 'found' : 'absent', where: file, raw }];
        }
        const plist = await readPlistFile(file);
        const short = plist.CFBundleShortVersionString;
        if (typeof short !== 'string') return [{ ...base, outcome: 'error', where: file, detail: 'no CFBundleShortVersionString' }];
        const bundleVersion = typeof plist.CFBundleVersion === 'string' ? plist.CFBundleVersion : undefined;
        const raw = /\(/.test(short) || !bundleVersion ? short : `${short} (${bundleVersion})`;
        return [{ ...base, outcome: 'found', where: `${file} CFBundleShortVersionString`, raw, installLocation: path.resolve(file, '..', '..'), itPackage: plist.ZITPackage === true }];
      } catch (error) {
        return [{ ...base, where: file, ...fileError(error) }];
      }
    }
    case 'registry-key': {
      const { result, key } = await readRegistryKey(run, source.key, signal);
      return [registryOutcome(base, source.key, result.ok, key?.values, result.reason)];
    }
    case 'registry-search': {
      const search = await run('reg', ['query', source.root, '/s', '/f', source.match, '/d'], { signal });
      // The search finds every key whose data mentions Zoom (plug-ins, Rooms, the publisher): the client's are those its display name names.
      const keys = parseRegQuery(search.stdout).filter((key) => source.displayName.test(key.values.DisplayName ?? ''));
      if (keys.length === 0) return [{ ...base, outcome: search.ok || search.exitCode === 1 ? 'absent' : 'error', where: source.root, detail: search.ok ? undefined : search.reason }];
      const outcomes = [];
      for (const found of keys) {
        const { result, key } = await readRegistryKey(run, found.path, signal);
        outcomes.push(registryOutcome(base, found.path, result.ok, key?.values, result.reason));
      }
      return outcomes;
    }
    case 'command': {
      const result = await run(source.file, source.args, { signal });
      const where = [source.file, ...source.args].join(' ');
      const match = result.ok ? source.pattern.exec(result.stdout) : null;
      if (match) return [{ ...base, outcome: 'found', where, raw: match[1]! }];
      // "not found" (no such package manager) and a non-zero exit (package not installed) both mean absent.
      const absent = !result.ok && (result.reason === 'not found' || result.exitCode !== null);
      return [{ ...base, outcome: absent || result.ok ? 'absent' : 'error', where, detail: result.ok ? 'no version in the output' : result.reason }];
    }
  }
}

function registryOutcome(
  base: { id: string; installKind: string },
  key: string,
  ok: boolean,
  values: Record<string, string> | undefined,
  reason: string | undefined,
): VersionSourceOutcome {
  const where = `${key} DisplayVersion`;
  if (!ok) return { ...base, outcome: reason === 'exit 1' ? 'absent' : 'error', where, detail: reason };
  const raw = values?.DisplayVersion;
  if (!raw) return { ...base, outcome: 'absent', where, detail: 'no DisplayVersion' };
  return { ...base, outcome: 'found', where, raw, installLocation: values.InstallLocation || undefined };
}

/**
 * The fallback: the version in the first bytes of Zoom's own logs. Like the log collector, only
 * regular files directly in the log folder are read: a FIFO named *.log would block the read
 * forever, and a link could set the version from a file outside the folder.
 */
async function fromLogHeaders(environment: Environment, signal: AbortSignal): Promise<VersionSourceOutcome | null> {
  for (const location of resolveZoomLogLocations(environment)) {
    if (location.kind !== 'dir') continue;
    const entries = await fs.readdir(location.absolutePath, { withFileTypes: true }).catch(() => []);
    const names = entries.filter((e) => e.isFile()).map((e) => e.name);
    for (const { file, pattern } of ZOOM_LOG_VERSION_PATTERNS) {
      for (const name of names.filter((n) => file.test(n)).sort()) {
        signal.throwIfAborted();
        const full = path.join(location.absolutePath, name);
        // noFollow: a file swapped for a link since the listing is still not followed.
        const head = (await readRegularFileHead(full, HEADER_BYTES, { noFollow: true }))?.toString('latin1');
        const match = head && pattern.exec(head);
        if (match) return { id: 'log-header', installKind: 'unknown (read from a log header)', outcome: 'found', where: full, raw: match[1]! };
      }
    }
  }
  return null;
}

/** Reads every source for the OS; the first one that found a version is the answer. */
export const zoomVersionCollector: Collector<ZoomVersionData> = {
  id: 'zoom-version',
  deadlineMs: 8000,
  section: { file: 'system.json', key: 'zoomVersion' },
  async run({ environment, signal }) {
    const checked = (await Promise.all(ZOOM_VERSION_SOURCES[environment.platform].map((s) => check(s, environment, signal)))).flat();
    let best = checked.find((c) => c.outcome === 'found');
    if (!best) {
      const header = await fromLogHeaders(environment, signal);
      if (header) {
        checked.push(header);
        best = header;
      }
    }
    const errors = checked.filter((c) => c.outcome === 'error');
    const parts = best?.raw ? splitVersion(best.raw) : null;
    return {
      status: best ? 'ok' : errors.length > 0 ? 'partial' : 'skipped',
      message: best
        ? `Zoom Workplace ${parts ? zoomVersionLabel(parts) : best.raw} (${best.installKind})`
        : `no Zoom Workplace install found${errors.length ? `; could not read: ${errors.map((e) => `${e.id} (${e.detail})`).join(', ')}` : ''}`,
      data: {
        version: parts?.version ?? null,
        build: parts?.build ?? null,
        installKind: best?.installKind ?? null,
        source: best?.where ?? null,
        installLocation: best?.installLocation ?? null,
        itPackage: best?.itPackage ?? null,
        checked,
      },
    };
  },
};
