/**
 * The key reporter ids are hashed with. An organisation key (the policy's `reporterKey`) makes
 * ids comparable across every machine of the organisation; without one, a random key kept in the
 * app's data folder makes them comparable across the bundles of this machine only.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { assertInAccountReach } from '../../platform/account-reach.js';
import { appDataFolder } from '../../platform/app-data-folder.js';
import { CREATE_NEW_NO_FOLLOW } from '../../platform/no-follow-write.js';
import type { Environment } from '../../platform/environment.js';
import { readRegularFile } from '../../platform/regular-file.js';

/** Where the key came from: it says how far the ids it makes can be compared. */
export type ReporterKeySource = 'organisation' | 'machine';

export interface ReporterKey {
  key: Buffer;
  source: ReporterKeySource;
}

/** The environment variable that stands in for the policy's key (scripts, tests). */
export const REPORTER_KEY_ENV = 'ZPB_REPORTER_KEY';

const KEY_FILE = 'reporter-key';
const KEY_BYTES = 32;

/** The local key's file in the app's data folder. */
export function localKeyPath(environment: Environment): string {
  return path.join(appDataFolder(environment), KEY_FILE);
}

/** A key file holds 64 hex digits; anything else is not ours to use. */
function parseKeyFile(text: string): Buffer | undefined {
  const hex = text.trim();
  return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : undefined;
}

async function readKeyFile(file: string): Promise<Buffer | undefined> {
  const content = await readRegularFile(file, 1024, { noFollow: true }).catch(() => undefined);
  return content && parseKeyFile(content.toString('utf8'));
}

/**
 * Creates `folder` and at most `parents` missing folders above it, one mkdir each. Not
 * mkdir(recursive): under HOME=/proc/self that call retries ENOENT forever (the parent "exists",
 * the child can never be made) and the run spins instead of ending.
 */
async function makeFolder(folder: string, parents: number): Promise<void> {
  try {
    await fs.mkdir(folder, { mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || parents === 0) throw error;
    await makeFolder(path.dirname(folder), parents - 1);
    await fs.mkdir(folder, { mode: 0o700 }).catch((again: NodeJS.ErrnoException) => {
      if (again.code !== 'EEXIST') throw again;
    });
  }
}

/**
 * The machine's local key, created on first use: written to a private temporary file (0600) and
 * linked into place, so a concurrent run either wins or reads the winner's complete key; a reader
 * never sees a half-written key. A damaged key file is replaced the same way.
 */
async function localKey(environment: Environment): Promise<Buffer> {
  const file = localKeyPath(environment);
  // The data folder may be a link the user planted: never read or make a key through one out of reach.
  assertInAccountReach(path.dirname(file));
  const existing = await readKeyFile(file);
  if (existing) return existing;
  await makeFolder(path.dirname(file), 2);
  const key = randomBytes(KEY_BYTES);
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await fs.writeFile(temp, `${key.toString('hex')}\n`, { flag: CREATE_NEW_NO_FOLLOW, mode: 0o600 });
  try {
    try {
      await fs.link(temp, file);
      return key;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // Another run created it first, or the file there is damaged: use a good one, replace a bad one.
    const winner = await readKeyFile(file);
    if (winner) return winner;
    await fs.rename(temp, file);
    return key;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/**
 * The key for reporter ids: the organisation's key when given (or set in ZPB_REPORTER_KEY),
 * otherwise this machine's local key. Throws only when the local key can be neither read nor made.
 */
export async function reporterKey(environment: Environment, organisationKey?: string): Promise<ReporterKey> {
  const given = organisationKey ?? environment.env[REPORTER_KEY_ENV];
  if (given !== undefined && given.length > 0) return { key: Buffer.from(given, 'utf8'), source: 'organisation' };
  return { key: await localKey(environment), source: 'machine' };
}
