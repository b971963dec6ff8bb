/**
 * Drafts: a bundle written to a private temporary folder right after collecting, so the review
 * step shows the real files, sizes and redaction counts (redaction happens while writing) and a
 * preview of the redacted text. Saving moves the draft into place, or writes it again without the
 * files the user left out. Nothing reaches the user's folder before they consent.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CollectProgress } from '../../src-shared/collector-result.js';
import { forEachZipEntry } from '../bundle/zip-reader.js';
import { failedBundleStep } from './bundle-step.js';
import { writeCollectedBundle, type CollectedBundle, type CreatedBundle } from './create-bundle.js';

/** A draft the renderer refers to by id. */
export interface BundleDraft {
  id: string;
  collected: CollectedBundle;
  written: CreatedBundle;
}

export interface DraftPreview {
  text: string;
  truncated: boolean;
  binary: boolean;
}

/** At most this many drafts are kept (a user who starts over repeatedly does not fill the disk). */
const MAX_DRAFTS = 3;
const PREVIEW_BYTES = 64 * 1024;

/** An error for an id that is unknown or already saved or discarded. */
export class DraftGoneError extends Error {
  constructor() {
    super('this draft is no longer available; collect again');
    this.name = 'DraftGoneError';
  }
}

/** Holds drafts by id in one temporary folder. */
export class BundleDrafts {
  private readonly drafts = new Map<string, BundleDraft>();

  constructor(private readonly dir: string) {}

  /** Writes the collected bundle as a draft and returns it; `onProgress` hears the bundle step (a failure included). */
  async create(collected: CollectedBundle, signal?: AbortSignal, onProgress?: (event: CollectProgress) => void): Promise<BundleDraft> {
    try {
      await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    } catch (error) {
      // The draft folder is where the bundle is written: its failure is the bundle step's.
      const failed = failedBundleStep(error);
      if (failed) onProgress?.(failed);
      throw error;
    }
    const id = randomUUID();
    const written = await writeCollectedBundle(collected, { outPath: path.join(this.dir, `${id}.zip`), signal, onProgress });
    const draft = { id, collected, written };
    this.drafts.set(id, draft);
    for (const old of [...this.drafts.keys()].slice(0, Math.max(0, this.drafts.size - MAX_DRAFTS))) await this.discard(old);
    return draft;
  }

  get(id: string): BundleDraft {
    const draft = this.drafts.get(id);
    if (!draft) throw new DraftGoneError();
    return draft;
  }

  /** The start of one entry's redacted content, as written in the draft. */
  async preview(id: string, entry: string): Promise<DraftPreview> {
    const draft = this.get(id);
    const file = draft.written.manifest.files.find((f) => f.path === entry);
    if (!file) throw new Error(`${entry} is not in this bundle`);
    if (file.kind === 'binary') return { text: '', truncated: false, binary: true };
    let preview: DraftPreview = { text: '', truncated: false, binary: false };
    await forEachZipEntry(draft.written.path, async (name, content) => {
      if (name !== entry) return void content.resume();
      const chunks: Buffer[] = [];
      let bytes = 0;
      for await (const chunk of content as AsyncIterable<Buffer>) {
        if (bytes < PREVIEW_BYTES) chunks.push(chunk);
        bytes += chunk.length;
      }
      preview = { text: Buffer.concat(chunks).subarray(0, PREVIEW_BYTES).toString('utf8'), truncated: bytes > PREVIEW_BYTES, binary: false };
    });
    return preview;
  }

  /**
   * Saves the draft at outPath without the excluded paths (as the review showed them: the draft's
   * manifest paths, or folder prefixes); the draft is gone afterwards.
   */
  async save(id: string, outPath: string, excludeShown: readonly string[]): Promise<CreatedBundle> {
    const draft = this.get(id);
    // A redacted file name ("logs/zoom/home/_email-1_") must leave out the entry it names.
    const exclude = excludeShown.map((shown) => draft.written.entryPaths.get(shown) ?? shown);
    let saved: CreatedBundle | null = null;
    if (exclude.length === 0 && !(await fs.lstat(outPath).catch(() => null))) {
      // Same bytes as reviewed: move them. Across disks rename fails; writing again is the fallback.
      saved = await fs.rename(draft.written.path, outPath).then(
        () => ({ ...draft.written, path: outPath }),
        () => null,
      );
    }
    saved ??= await writeCollectedBundle(draft.collected, { outPath, exclude });
    await this.discard(id);
    return saved;
  }

  /** Forgets a draft and deletes its file and any of its sources kept in the draft folder (an attached screenshot). */
  async discard(id: string): Promise<void> {
    const draft = this.drafts.get(id);
    this.drafts.delete(id);
    if (!draft) return;
    const own = draft.collected.entries.flatMap((e) => (e.kind === 'file' && e.file.sourcePath.startsWith(this.dir + path.sep) ? [e.file.sourcePath] : []));
    await Promise.all([draft.written.path, ...own].map((file) => fs.rm(file, { force: true })));
  }
}
