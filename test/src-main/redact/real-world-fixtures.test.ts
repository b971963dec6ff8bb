// Text nobody on the team wrote (test/fixtures/real-world/SOURCES.md), redacted whole with the
// standard profile: every value of a file's "gone" list must be gone and every diagnostic of its
// "kept" list still there (expected.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../src-main/redact/redactor.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/real-world');

interface FixtureExpectation {
  identity?: { username?: string; hostname?: string; fullName?: string };
  gone: string[];
  kept: string[];
}

const EXPECTED = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, FixtureExpectation>;

/** The file redacted as the bundle writer does (its bytes as latin1 text), read back as UTF-8. */
function redactFixture(file: string, identity: FixtureExpectation['identity'] = {}): string {
  const redactor = new Redactor({ profile: 'standard', username: identity.username, hostname: identity.hostname, fullName: identity.fullName });
  const text = readFileSync(path.join(DIR, file)).toString('latin1');
  return Buffer.from(redactor.redactText(text).text, 'latin1').toString('utf8');
}

describe('redaction of real-world text', () => {
  it('has at least 300 lines of fixtures, each file named in SOURCES.md', () => {
    const sources = readFileSync(path.join(DIR, 'SOURCES.md'), 'utf8');
    let lines = 0;
    for (const file of Object.keys(EXPECTED)) {
      expect(sources, file).toContain(`\`${file}\``);
      lines += readFileSync(path.join(DIR, file), 'utf8').split('\n').length;
    }
    expect(lines).toBeGreaterThanOrEqual(300);
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: private values gone, diagnostics kept`, () => {
      const out = redactFixture(file, expected.identity);
      expect(expected.gone.filter((value) => out.includes(value)), 'values that survived').toEqual([]);
      expect(expected.kept.filter((value) => !out.includes(value)), 'diagnostics that were lost').toEqual([]);
    });
  }
});
