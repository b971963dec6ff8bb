/**
 * A root run for a signed-in user (device management): reads what only root may read (the managed
 * organisation policy), then becomes the account that controls HOME before any other module runs.
 * Loaded by index.ts only when the process runs as root on macOS or Linux.
 */
import { readManagedPolicyNow } from '../platform/load-policy.js';
import { decidePrivilegeBoundary, dropPrivileges, PrivilegeDropError, processBoundaryFacts } from '../platform/privilege-boundary.js';
import { toSupportedPlatform } from '../platform/supported-platform.js';
import { printable } from '../../src-shared/printable-text.js';
import { EXIT } from './cli-io.js';

/** Takes the user's rights when HOME belongs to another account; returns the exit code of a refusal, or undefined to go on. */
export async function enterUserRights(): Promise<number | undefined> {
  let decision;
  try {
    decision = decidePrivilegeBoundary(processBoundaryFacts());
  } catch (error) {
    // Unknown whose HOME it is: not safe to go on as root.
    process.stderr.write(`zpb: running as root, but whose HOME this is could not be told (${printable((error as NodeJS.ErrnoException).code ?? 'error')}); run zpb as the user\n`);
    return EXIT.failed;
  }
  if (decision.kind === 'stay') return undefined;
  if (decision.kind === 'refuse') {
    process.stderr.write(`zpb: ${printable(decision.message)}\n`);
    return EXIT.usage;
  }
  // The policy's managed sources are root's files: read them while still root, nothing under HOME.
  await readManagedPolicyNow({ platform: toSupportedPlatform(process.platform), home: '', env: process.env, hostname: '', username: '', now: () => new Date() });
  try {
    dropPrivileges(decision);
  } catch (error) {
    if (!(error instanceof PrivilegeDropError)) throw error;
    process.stderr.write(`zpb: running as root for another account (${decision.because}) but ${printable(error.message)}; run zpb as that user\n`);
    return EXIT.failed;
  }
  return undefined;
}
