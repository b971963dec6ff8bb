// The app's many-bundle review in main: chosen folders expand to their zips; dropped bundles are
// summarised from private copies that are gone afterwards, under the names they were dropped with.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandChosen, summarizeDropped } from '../../../src-main/services/fleet-review.js';
import { writeFleetBundle } from '../../helpers/fleet-bundles.js';
import { rewriteZip } from '../../helpers/rewrite-zip.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();

describe('fleet review services', () => {
  it('expands chosen folders recursively to their zips, and keeps chosen files as they are', async () => {
    mkdirSync(path.join(dir, 'chosen', 'a', 'b'), { recursive: true });
    for (const name of ['a/one.zip', 'a/b/two.ZIP', 'a/notes.txt', 'three.zip']) writeFileSync(path.join(dir, 'chosen', name), 'x');
    expect(await expandChosen([path.join(dir, 'chosen', 'a'), path.join(dir, 'chosen', 'three.zip')])).toEqual(
      [path.join(dir, 'chosen', 'a', 'b', 'two.ZIP'), path.join(dir, 'chosen', 'a', 'one.zip'), path.join(dir, 'chosen', 'three.zip')].sort(),
    );
  });

  it('summarises dropped bundles under their dropped names and leaves no copy behind', async () => {
    const source = path.join(dir, 'source');
    mkdirSync(source);
    const a = await writeFleetBundle(source, 'a.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z' });
    const b = await writeFleetBundle(source, 'b.zip', { user: 'bob', occurredAt: '2026-11-26T08:10:00Z', zoomVersion: '6.2.5', connection: 'wifi' });
    const drafts = path.join(dir, 'drafts');
    const summary = await summarizeDropped(drafts, [
      { name: 'inbox/ann.zip', base64: readFileSync(a).toString('base64') },
      { name: 'inbox/bob.zip', base64: readFileSync(b).toString('base64') },
      { name: 'notes.zip', base64: Buffer.from('not a zip').toString('base64') },
    ]);
    expect(summary.groups[0]).toMatchObject({ bundles: 2, reporters: 2, paths: ['inbox/ann.zip', 'inbox/bob.zip'] });
    expect(summary.groups[0]!.episodes[0]!.paths).toEqual(['inbox/ann.zip', 'inbox/bob.zip']);
    expect(summary.bundles.map((x) => x.path)).toEqual(['inbox/ann.zip', 'inbox/bob.zip']);
    expect(summary.invalid).toEqual([{ path: 'notes.zip', reason: expect.stringMatching(/^not a readable zip/) }]);
    expect(readdirSync(drafts)).toEqual([]);
  });
});

describe('fleet review services: a bundle changed after it was made', () => {
  it('is not counted in the folder view (as its own view says "Verification failed"), and the reason names the changed log', async () => {
    const source = path.join(dir, 'tampered-source');
    mkdirSync(source);
    const good = await writeFleetBundle(source, 'good.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z', log: 'sip register ok\n' });
    const tampered = path.join(source, 'tampered.zip');
    await rewriteZip(good, tampered, (entries) => entries.set('logs/zoom/zoom_stdout_stderr.log', Buffer.from('sip register no\n')));
    const summary = await summarizeDropped(path.join(dir, 'tampered-drafts'), [
      { name: 'good.zip', base64: readFileSync(good).toString('base64') },
      { name: 'tampered.zip', base64: readFileSync(tampered).toString('base64') },
    ]);
    expect(summary.bundles.map((x) => x.path)).toEqual(['good.zip']);
    expect(summary.invalid).toEqual([{ path: 'tampered.zip', reason: 'changed after it was made: logs/zoom/zoom_stdout_stderr.log does not match its sha256 in the manifest' }]);
  });
});

describe('fleet review services: order', () => {
  it('lists dropped bundles in the order of their names, whatever order they were dropped in (every run)', async () => {
    const source = path.join(dir, 'order');
    mkdirSync(source);
    const names = ['d.zip', 'a.zip', 'c.zip', 'b.zip', 'e.zip'];
    const bytes = await Promise.all(names.map(async (name, i) => readFileSync(await writeFleetBundle(source, name, { user: `u${i}`, occurredAt: '2026-11-26T08:00:00Z' })).toString('base64')));
    for (let round = 0; round < 3; round++) {
      const summary = await summarizeDropped(path.join(dir, 'drafts-order'), names.map((name, i) => ({ name, base64: bytes[i]! })));
      expect(summary.bundles.map((x) => x.path)).toEqual([...names].sort());
      expect(summary.groups[0]!.paths).toEqual([...names].sort());
    }
  });
});
