// readBundleEvidence, the API phase 2 (triage of saved bundles, the review timeline, fleet counts)
// reads evidence.json through: checked against the manifest, absent in older bundles, refused when changed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../../src-main/bundle/bundle-writer.js';
import { LogEvidenceCollector } from '../../../src-main/evidence/log-evidence-extractor.js';
import { readBundleEvidence } from '../../../src-main/services/read-bundle-evidence.js';
import { testManifest } from '../../helpers/manifest-fixture.js';
import { rewriteZip } from '../../helpers/rewrite-zip.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();

function evidence() {
  const collector = new LogEvidenceCollector({ occurredAt: '2026-11-26T09:05:00Z', timeZone: 'UTC', errorText: '', logTimeZone: 'UTC', collectedAt: '2026-11-26T09:30:00Z' });
  const file = collector.openFile('logs/zoom/a.log');
  file.push('2026-11-26 09:05:01.000 INFO SIP/2.0 403 Forbidden\n');
  file.end();
  return collector.result();
}

describe('readBundleEvidence', () => {
  it('reads evidence.json that matches its sha256, says "absent" for a bundle without one, and refuses a changed one', async () => {
    const withEvidence = path.join(dir, 'with.zip');
    const without = path.join(dir, 'without.zip');
    const value = evidence();
    await writeBundle({ targetPath: withEvidence, manifest: testManifest(), entries: [{ kind: 'json', path: 'evidence.json', source: 'evidence', value }] });
    await writeBundle({ targetPath: without, manifest: testManifest(), entries: [{ kind: 'text', path: 'README.txt', source: 'bundle', text: 'x\n' }] });
    expect(await readBundleEvidence(withEvidence)).toEqual({ ok: true, evidence: value });
    expect(await readBundleEvidence(without)).toMatchObject({ ok: false, reason: 'absent' });
    const changed = path.join(dir, 'changed.zip');
    await rewriteZip(withEvidence, changed, (entries) => entries.set('evidence.json', Buffer.from(entries.get('evidence.json')!.toString().replace('403', '503'))));
    expect(await readBundleEvidence(changed)).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(await readBundleEvidence(path.join(dir, 'nothing.zip'))).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});
