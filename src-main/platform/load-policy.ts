/**
 * Reads the organisation policy from this OS's managed sources (policy-locations.ts), then the
 * ZPB_POLICY_FILE JSON file, and merges them (src-shared/org-policy.ts). Registry values arrive as
 * `reg query` text and are turned into JSON types by each key's kind; plists and JSON files carry
 * their own types. A managed file is used only when root owns it and nobody else may write it.
 */
import { createPublicKey } from 'node:crypto';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { mergePolicy, POLICY_KEY_KINDS, POLICY_KEYS, type EffectivePolicy, type PolicySourceReading } from '../../src-shared/org-policy.js';
import type { CommandRunner } from './command-runner.js';
import { platformCommandRunner } from './platform-command-runner.js';
import { systemRootOf, type Environment } from './environment.js';
import { readPlistFile } from './plist-file.js';
import { POLICY_FILE_VARIABLE, POLICY_LOCATIONS, type PolicyLocation } from './policy-locations.js';
import { parseRegQuery, regDword } from './reg-query-parser.js';
import { readRegularFile, RegularFileError, type RegularFileOptions } from './regular-file.js';

/** A policy file is a few KB; anything larger is not one. */
const MAX_POLICY_BYTES = 256 * 1024;

export interface LoadPolicyOptions {
  /** The account that must own a managed policy file (root, 0). Tests name their own account. */
  trustedOwnerUid?: number;
}

/** Why a managed file is not trusted: another owner, or writable by group or others. */
function ownerCheck(trustedUid: number): (stat: Stats) => string | undefined {
  return (stat) => {
    if (stat.uid !== trustedUid) return `owned by uid ${stat.uid}, not ${trustedUid === 0 ? 'root' : `uid ${trustedUid}`}`;
    if ((stat.mode & 0o022) !== 0) return `writable by ${stat.mode & 0o002 ? 'everyone' : 'its group'} (mode ${(stat.mode & 0o777).toString(8)})`;
    return undefined;
  };
}

/** A registry value's text as the key's kind wants it; unknown shapes stay text for the schema to refuse. */
function registryValue(key: (typeof POLICY_KEYS)[number], data: string): unknown {
  switch (POLICY_KEY_KINDS[key]) {
    case 'boolean':
      return /^0x[0-9a-f]+$/i.test(data) ? regDword(data) !== 0 : data;
    case 'number':
      if (/^0x[0-9a-f]+$/i.test(data)) return regDword(data);
      return /^\d{1,9}(\.\d{1,3})?$/.test(data) ? Number(data) : data;
    case 'list':
      // REG_MULTI_SZ prints its strings joined by a literal "\0"; a REG_SZ may list them with ";".
      return data.split(/\\0|;/).map((item) => item.trim()).filter(Boolean);
    default:
      return data;
  }
}

/** A public key as stored in the registry: PEM lines (REG_MULTI_SZ) or the bare base64 body (REG_SZ). */
function registryPem(data: string): string {
  if (data.includes('-----BEGIN')) return data.split('\\0').join('\n');
  const body = data.replace(/\s+/g, '');
  return `-----BEGIN PUBLIC KEY-----\n${body.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END PUBLIC KEY-----\n`;
}

const KEY_BY_LOWER = new Map(POLICY_KEYS.map((key) => [key.toLowerCase(), key]));

/**
 * Whether a registry key does not exist, told by layout rather than reg's localized "not found"
 * sentence: the nearest ancestor reg can list does not list the next key on the way down.
 */
async function registryKeyAbsent(run: CommandRunner, key: string): Promise<boolean> {
  const parts = key.split('\\');
  for (let depth = parts.length - 1; depth >= 1; depth--) {
    const listing = await run('reg', ['query', parts.slice(0, depth).join('\\')], { timeoutMs: 5000 });
    if (!listing.ok) continue;
    const child = parts[depth]!.toLowerCase();
    return !parseRegQuery(listing.stdout).some((block) => block.path.split('\\')[depth]?.toLowerCase() === child && block.path.split('\\').length === depth + 1);
  }
  return false;
}

/** `reg query KEY /s`: the key's values, and its TrustedRequestKeys subkey as kid -> PEM. Names match case-insensitively, as the registry does. */
async function readRegistry(environment: Environment, key: string): Promise<PolicySourceReading | null> {
  const run = platformCommandRunner(environment);
  const result = await run('reg', ['query', key, '/s'], { timeoutMs: 5000 });
  if (!result.ok) {
    // reg exits 1 when the key does not exist, with a sentence in the display language: no policy there.
    if (result.exitCode === 1 && (/unable to find/i.test(result.stderr + result.stdout) || (await registryKeyAbsent(run, key)))) return null;
    return { source: key, values: {}, error: `could not be read (${result.reason ?? 'failed'})` };
  }
  const values: Record<string, unknown> = {};
  const root = key.replace(/^HKLM\\/i, 'HKEY_LOCAL_MACHINE\\').replace(/^HKCU\\/i, 'HKEY_CURRENT_USER\\').toLowerCase();
  for (const block of parseRegQuery(result.stdout)) {
    const relative = block.path.toLowerCase() === root ? '' : block.path.slice(root.length + 1).toLowerCase();
    if (relative === '') {
      for (const [name, data] of Object.entries(block.values)) {
        const policyKey = KEY_BY_LOWER.get(name.toLowerCase());
        if (policyKey && POLICY_KEY_KINDS[policyKey] !== 'map') values[policyKey] = registryValue(policyKey, data);
      }
    } else if (relative === 'trustedrequestkeys') {
      // The key's default value (listed by reg, often "(value not set)") is no key id.
      values.trustedRequestKeys = Object.fromEntries(Object.entries(block.values).filter(([kid]) => kid !== '').map(([kid, data]) => [kid, registryPem(data)]));
    }
  }
  return { source: key, values };
}

/** A plist or JSON policy file; null when it does not exist. */
async function readPolicyFile(file: string, kind: 'plist' | 'json', options: RegularFileOptions): Promise<PolicySourceReading | null> {
  try {
    if (kind === 'plist') return { source: file, values: await readPlistFile(file, options) };
    const text = (await readRegularFile(file, MAX_POLICY_BYTES, options)).toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { source: file, values: {}, error: 'is not valid JSON' };
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { source: file, values: {}, error: 'is not a JSON object' };
    return { source: file, values: parsed as Record<string, unknown> };
  } catch (error) {
    if (error instanceof RegularFileError) {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      if (error.reason === 'untrusted') return { source: file, values: {}, ignored: error.message };
      return { source: file, values: {}, error: error.message };
    }
    // The plist parser's own message is long and names internals: a plain sentence instead.
    return { source: file, values: {}, error: 'is not a valid property list' };
  }
}

async function readLocation(location: PolicyLocation, environment: Environment, options: LoadPolicyOptions): Promise<PolicySourceReading | null> {
  if (location.kind === 'registry') return readRegistry(environment, location.key);
  const file = path.join(systemRootOf(environment), ...location.segments);
  return readPolicyFile(file, location.kind, { trust: ownerCheck(options.trustedOwnerUid ?? 0) });
}

/** Why a PEM is not a usable request key, or undefined: requests are signed with Ed25519 only. */
export function publicKeyProblem(pem: string): string | undefined {
  try {
    const type = createPublicKey(pem).asymmetricKeyType;
    return type === 'ed25519' ? undefined : `is a ${type ?? 'unknown'} key; request keys are Ed25519`;
  } catch {
    return 'is not a readable public key';
  }
}

/** The managed sources as read before a root run gave up root (privilege-boundary.ts), for the rest of the process. */
let managedBeforeDrop: PolicySourceReading[] | undefined;

async function readManagedSources(environment: Environment, options: LoadPolicyOptions): Promise<PolicySourceReading[]> {
  const readings: PolicySourceReading[] = [];
  for (const location of POLICY_LOCATIONS[environment.platform]) {
    const reading = await readLocation(location, environment, options);
    if (reading) readings.push(reading);
  }
  return readings;
}

/**
 * Reads this machine's managed sources now and keeps the readings for every later loadPolicy of
 * the real system: a root run reads them as root (a policy file may be readable by root only),
 * then drops to the user's rights.
 */
export async function readManagedPolicyNow(environment: Environment): Promise<void> {
  managedBeforeDrop = await readManagedSources(environment, {});
}

/** Every reading of this environment's policy sources, highest first. */
export async function readPolicySources(environment: Environment, options: LoadPolicyOptions = {}): Promise<PolicySourceReading[]> {
  const real = environment.rootDir === undefined && options.trustedOwnerUid === undefined;
  const readings = real && managedBeforeDrop ? [...managedBeforeDrop] : await readManagedSources(environment, options);
  // Last: a file the user names cannot override (loosen) what a managed source set.
  const named = environment.env[POLICY_FILE_VARIABLE];
  if (named) {
    const reading = await readPolicyFile(path.resolve(named), 'json', {});
    readings.push(reading ?? { source: path.resolve(named), values: {}, error: `does not exist (named by ${POLICY_FILE_VARIABLE})` });
  }
  return readings;
}

/** The effective policy of this environment; never throws (an unreadable source fails closed). */
export async function loadPolicy(environment: Environment, options: LoadPolicyOptions = {}): Promise<EffectivePolicy> {
  return mergePolicy(await readPolicySources(environment, options), publicKeyProblem);
}
