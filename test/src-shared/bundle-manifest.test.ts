import { describe, expect, it } from 'vitest';
import { bundleManifestSchema, MANIFEST_SCHEMA_VERSION } from '../../src-shared/bundle-manifest.js';

const manifest = {
  schemaVersion: MANIFEST_SCHEMA_VERSION,
  createdAt: '2026-11-26T08:00:00.000Z',
  app: { name: 'x', version: '1' },
  collectors: [{ id: 'system', status: 'ok', durationMs: 3, message: '' }],
  files: [{ path: 'logs/zoom/a.log', bytes: 3, sha256: 'a'.repeat(64), source: 'zoom-logs' }],
  skipped: [{ source: '/x/data.db', reason: 'never collected' }],
  redaction: { profile: 'standard', total: 0, byCategory: {} },
};

describe('bundleManifestSchema', () => {
  it('accepts a valid manifest', () => {
    expect(bundleManifestSchema.parse(manifest).files[0]?.truncated).toBe(false);
  });
  it('rejects entry paths that could escape the bundle', () => {
    for (const path of ['/etc/passwd', '../x', 'logs/../../x', 'logs\\x']) {
      const bad = { ...manifest, files: [{ ...manifest.files[0], path }] };
      expect(bundleManifestSchema.safeParse(bad).success, path).toBe(false);
    }
  });
  it('rejects a bad checksum, an unknown status and another schema version', () => {
    expect(bundleManifestSchema.safeParse({ ...manifest, files: [{ ...manifest.files[0], sha256: 'xyz' }] }).success).toBe(false);
    expect(bundleManifestSchema.safeParse({ ...manifest, collectors: [{ id: 'a', status: 'meh', durationMs: 1 }] }).success).toBe(false);
    expect(bundleManifestSchema.safeParse({ ...manifest, schemaVersion: 99 }).success).toBe(false);
  });
});
