// The manifest fields a test bundle needs before the writer adds files and redaction.
import { MANIFEST_SCHEMA_VERSION } from '../../src-shared/bundle-manifest.js';
import type { SkippedItem } from '../../src-shared/collector-result.js';

export function testManifest(skipped: SkippedItem[] = []) {
  return { schemaVersion: MANIFEST_SCHEMA_VERSION, createdAt: '2026-11-26T08:00:00.000Z', app: { name: 'test', version: '0' }, collectors: [], skipped };
}
