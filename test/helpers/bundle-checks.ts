// Reads a real bundle back and checks the manifest against every entry's bytes.
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { bundleManifestSchema, type BundleManifest } from '../../src-shared/bundle-manifest.js';
import { readZipEntries } from '../../src-main/bundle/zip-reader.js';

export async function readVerifiedBundle(file: string): Promise<{ manifest: BundleManifest; entries: Map<string, Buffer> }> {
  const entries = await readZipEntries(file);
  const raw = entries.get('manifest.json');
  expect(raw, 'manifest.json in the zip').toBeDefined();
  const manifest = bundleManifestSchema.parse(JSON.parse(raw!.toString('utf8')));
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const name of entries.keys()) if (name !== 'manifest.json') expect(listed, `${name} listed in manifest`).toContain(name);
  for (const file of manifest.files) {
    const content = entries.get(file.path);
    expect(content, `${file.path} in the zip`).toBeDefined();
    expect(content!.length, `${file.path} size`).toBe(file.bytes);
    expect(createHash('sha256').update(content!).digest('hex'), `${file.path} sha256`).toBe(file.sha256);
  }
  return { manifest, entries };
}
