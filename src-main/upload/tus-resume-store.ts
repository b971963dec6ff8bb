/**
 * Where unfinished tus uploads are, so a new process (the app started again, another `zpb upload`)
 * goes on from the server's offset instead of starting over: per endpoint and bundle (sha256 and
 * size) the upload URL the server gave. A small JSON file in the app's data folder, changed under a
 * lock and written whole (never half a file); an entry goes once its upload is finished, and old
 * ones are dropped. The URLs are kept here only: never logged or shown.
 */
import path from 'node:path';
import { appDataFolder } from '../platform/app-data-folder.js';
import { writeFileAtomic } from '../platform/atomic-write.js';
import type { Environment } from '../platform/environment.js';
import { withFileLock } from '../platform/file-lock.js';
import { readJsonStateFile } from '../platform/json-state-file.js';

/** The bundle an upload is for, and where it goes. */
export interface TusUploadKey {
  /** The tus endpoint (only its scheme, host and path count: a new link's query is the same endpoint). */
  endpoint: URL;
  sha256: string;
  size: number;
}

export interface TusResumeStore {
  /** The unfinished upload of this bundle to this endpoint, if one was noted. */
  find(key: TusUploadKey): Promise<URL | undefined>;
  /** Notes the upload the server created for this bundle. */
  remember(key: TusUploadKey, upload: URL): Promise<void>;
  /** The upload is finished (or unusable): forgets it. */
  forget(key: TusUploadKey): Promise<void>;
}

interface Entry {
  endpoint: string;
  sha256: string;
  size: number;
  upload: string;
  savedAt: number;
}

/** An unfinished upload older than this is not worth asking about (servers expire them sooner). */
const MAX_AGE_MS = 14 * 24 * 3600 * 1000;
const MAX_ENTRIES = 50;
const MAX_FILE_BYTES = 256 * 1024;

const endpointOf = (url: URL) => `${url.protocol}//${url.host}${url.pathname}`;
const matches = (entry: Entry, key: TusUploadKey) => entry.endpoint === endpointOf(key.endpoint) && entry.sha256 === key.sha256 && entry.size === key.size;

function isEntry(value: unknown): value is Entry {
  const e = value as Partial<Entry> | null;
  return !!e && typeof e.endpoint === 'string' && typeof e.sha256 === 'string' && typeof e.size === 'number' && typeof e.upload === 'string' && typeof e.savedAt === 'number';
}

/** The file's entries; a missing or damaged file holds none (it is replaced on the next write). */
async function readEntries(file: string): Promise<Entry[]> {
  const parsed = (await readJsonStateFile(file, MAX_FILE_BYTES)) as { uploads?: unknown } | null | undefined;
  return Array.isArray(parsed?.uploads) ? parsed.uploads.filter(isEntry) : [];
}

/** A resume store kept in `file`; `now` is the clock. */
export function fileTusResumeStore(file: string, now: () => Date = () => new Date()): TusResumeStore {
  const change = (edit: (entries: Entry[]) => Entry[]) =>
    withFileLock(`${file}.lock`, async () => {
      const fresh = (await readEntries(file)).filter((entry) => now().getTime() - entry.savedAt < MAX_AGE_MS);
      const kept = edit(fresh).slice(-MAX_ENTRIES);
      await writeFileAtomic(file, `${JSON.stringify({ version: 1, uploads: kept })}\n`);
    });
  return {
    async find(key) {
      const entry = (await readEntries(file)).find((e) => matches(e, key) && now().getTime() - e.savedAt < MAX_AGE_MS);
      try {
        return entry ? new URL(entry.upload) : undefined;
      } catch {
        return undefined;
      }
    },
    remember: (key, upload) =>
      change((entries) => [
        ...entries.filter((e) => !matches(e, key)),
        { endpoint: endpointOf(key.endpoint), sha256: key.sha256, size: key.size, upload: upload.href, savedAt: now().getTime() },
      ]),
    forget: (key) => change((entries) => entries.filter((e) => !matches(e, key))),
  };
}

/** This user's resume store: tus-uploads.json in the app's data folder. */
export function tusResumeStoreFor(environment: Environment): TusResumeStore {
  return fileTusResumeStore(path.join(appDataFolder(environment), 'tus-uploads.json'), () => environment.now());
}
