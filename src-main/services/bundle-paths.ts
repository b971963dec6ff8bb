/**
 * Which bundle files the app may touch for the renderer, and where new ones go: the output folder
 * (the configured one until the user picks another in main's dialog), a fresh name per save that no
 * file and no other running save has, and the set of files main wrote or the user picked in main's
 * own dialog (only those may be revealed or opened; a path the renderer makes up is refused), and of
 * those the bundles that may be sent (saved by main, or chosen to be sent and verified).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { defaultBundleName } from '../../src-shared/bundle-name.js';

/** A path the renderer sent that main did not produce or choose itself. */
export class UntrustedPathError extends Error {}

/**
 * Picks a file name that does not exist yet in the folder and that no other save still running
 * has picked (bundles are never overwritten; two saves in the same second get two names). The
 * caller releases the claim once its file exists or its save failed.
 */
async function claimBundlePath(dir: string, now: Date, claimed: Set<string>): Promise<string> {
  const base = defaultBundleName(now).replace(/\.zip$/, '');
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? `${base}.zip` : `${base}-${n}.zip`);
    if (claimed.has(candidate) || (await fs.lstat(candidate).catch(() => null))) continue;
    // Checked again after the await: another call may have claimed it meanwhile.
    if (claimed.has(candidate)) continue;
    claimed.add(candidate);
    return candidate;
  }
}

export class BundlePaths {
  private readonly trusted = new Set<string>();
  // Bundles that may be sent (a file opened to view only is not one of them).
  private readonly sendable = new Set<string>();
  // Output names picked by saves still running.
  private readonly claimed = new Set<string>();

  constructor(
    /** Where bundles go. */
    public outputDir: string,
  ) {}

  /** Marks a file main wrote or the user chose in main's dialog. */
  trust(file: string): void {
    this.trusted.add(file);
  }

  /** Marks a bundle that may be sent: one main saved, or one the user chose to send and main verified. */
  allowSending(file: string): void {
    this.trust(file);
    this.sendable.add(file);
  }

  /** Throws UntrustedPathError unless the file was marked with allowSending. */
  requireSendable(file: string, why: string): void {
    if (!this.sendable.has(file)) throw new UntrustedPathError(why);
  }

  /** Throws UntrustedPathError (with the way forward) unless main wrote or the user chose this file. */
  requireTrusted(file: string, why: string): void {
    if (!this.trusted.has(file)) throw new UntrustedPathError(why);
  }

  /** Runs a save with a fresh output name of its own, released when the save ends. */
  async withNewBundlePath<T>(now: Date, work: (outPath: string) => Promise<T>): Promise<T> {
    const outPath = await claimBundlePath(this.outputDir, now, this.claimed);
    try {
      return await work(outPath);
    } finally {
      this.claimed.delete(outPath);
    }
  }
}
