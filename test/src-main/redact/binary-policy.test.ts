import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle, type BundleEntry } from '../../../src-main/bundle/bundle-writer.js';
import { isSafeBinary, looksBinary, USER_ATTACHMENT_SOURCE } from '../../../src-main/redact/binary-policy.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { testManifest } from '../../helpers/manifest-fixture.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();

function binary(bundlePath: string, sourcePath: string, source: string): BundleEntry {
  return { kind: 'file', file: { bundlePath, sourcePath, start: 0, end: 6, kind: 'binary', truncated: false, source } };
}

describe('binary policy', () => {
  it('copies encrypted Zoom logs and the user attachment as they are, and leaves other binary out', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]);
    for (const name of ['a.log.zenc', 'shot.png', 'crash.dmp']) writeFileSync(path.join(dir, name), bytes);
    const target = path.join(dir, 'b.zip');
    await writeBundle({
      targetPath: target,
      manifest: testManifest(),
      entries: [
        binary('logs/zoom/home/a.log.zenc', path.join(dir, 'a.log.zenc'), 'zoom-logs'),
        binary('attachments/screenshot.png', path.join(dir, 'shot.png'), USER_ATTACHMENT_SOURCE),
        binary('logs/zoom/home/crash.dmp', path.join(dir, 'crash.dmp'), 'zoom-logs'),
      ],
    });
    const { manifest, entries } = await readVerifiedBundle(target);
    expect(entries.get('logs/zoom/home/a.log.zenc')).toEqual(bytes);
    expect(entries.get('attachments/screenshot.png')).toEqual(bytes);
    expect(entries.has('logs/zoom/home/crash.dmp')).toBe(false);
    expect(manifest.skipped.map((s) => path.basename(s.source))).toContain('crash.dmp');
  });

  it('tells binary from text by NUL bytes', () => {
    expect(looksBinary(Buffer.from('plain log line\n'))).toBe(false);
    expect(looksBinary(Buffer.from([0x41, 0x00]))).toBe(true);
    expect(isSafeBinary('x.ZENC')).toBe(true);
    expect(isSafeBinary('x.png')).toBe(false);
  });
});
