/**
 * The pseudonymous reporter and device ids of a bundle's manifest: HMAC-SHA256 of the account name
 * and of the machine id under the reporter key, cut to 64 bits. The same account gives the same id
 * under the same key; without the key nothing about the name or the machine can be learnt or tested.
 */
import { createHmac } from 'node:crypto';
import type { BundleReporter } from '../../../src-shared/bundle-manifest.js';
import type { Environment } from '../../platform/environment.js';
import { readMachineId } from '../../platform/machine-id.js';
import { reporterKey } from './reporter-key.js';

/** Hex digits kept of the HMAC: 64 bits, no collision in any fleet while short enough to read. */
const ID_HEX_DIGITS = 16;

/** One keyed id; the label keeps an account and a machine that share a string from sharing an id. */
export function keyedId(key: Buffer, label: 'account' | 'device', value: string): string {
  return createHmac('sha256', key).update(`${label}\0${value}`).digest('hex').slice(0, ID_HEX_DIGITS);
}

/** The account name hashed: the collected account's first login name, case folded (Windows names ignore case). */
function accountName(environment: Environment): string | undefined {
  const name = (environment.usernames?.[0] ?? environment.username).trim().toLowerCase();
  return name || undefined;
}

/**
 * The manifest's reporter record; an id whose input is unknown (no machine id on this system) is
 * left out rather than guessed. Resolves to undefined when no key can be had (the data folder is
 * not writable): a bundle without ids beats no bundle.
 */
export async function reporterIds(environment: Environment, organisationKey?: string): Promise<BundleReporter | undefined> {
  const key = await reporterKey(environment, organisationKey).catch(() => undefined);
  if (!key) return undefined;
  const account = accountName(environment);
  const machine = await readMachineId(environment);
  return {
    ...(account ? { id: keyedId(key.key, 'account', account) } : {}),
    ...(machine ? { deviceId: keyedId(key.key, 'device', machine) } : {}),
    keySource: key.source,
  };
}
