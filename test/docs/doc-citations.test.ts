// Comments and docs cite the design and domain notes that live in this repository (docs/): every
// cited docs/ file exists, every cited section is a heading there, and nothing points outside the clone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/run-cli.js';

const SCANNED = ['src-shared', 'src-main', 'src-renderer', 'test', 'scripts', 'assets', 'bench', 'docs', 'README.md', 'eslint.config.js', 'electron-builder.yml'];
const TEXT = /\.(ts|tsx|mjs|js|json|md|yml|nsh|html)$/;

function filesUnder(entry: string): string[] {
  const full = path.join(PROJECT_ROOT, entry);
  try {
    return readdirSync(full, { withFileTypes: true }).flatMap((d) => (d.name === 'fixtures' ? [] : filesUnder(path.join(entry, d.name))));
  } catch {
    return TEXT.test(entry) ? [entry] : [];
  }
}

const files = SCANNED.flatMap(filesUnder).filter((f) => f !== path.join('test', 'docs', 'doc-citations.test.ts'));
const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

describe('citations of the design and domain notes', () => {
  it('point into docs/, not at notes outside the repository', () => {
    const outside = files.filter((f) => /\.\.\/shared\/|shared\/domain\/|\bDESIGN\.md\b|(?<![/\w-])zoom-facts\.md/.test(read(f)));
    expect(outside).toEqual([]);
  });

  it('name docs that exist and sections those docs have', () => {
    const docs = new Set(readdirSync(path.join(PROJECT_ROOT, 'docs')));
    const broken: string[] = [];
    let citations = 0;
    for (const file of files) {
      for (const match of read(file).matchAll(/docs\/([\w.-]+\.md)(?:,? \(?"([^"]+)")?/g)) {
        citations += 1;
        const doc = match[1];
        // A section name may wrap onto the next comment line.
        const section = match[2]?.replace(/\s*\n\s*(\*|\/\/)?\s*/g, ' ');
        if (!docs.has(doc!)) broken.push(`${file}: docs/${doc} does not exist`);
        else if (section && !read(path.join('docs', doc!)).split('\n').some((line) => /^#+ /.test(line) && line.replace(/^#+ /, '').startsWith(section))) {
          broken.push(`${file}: docs/${doc} has no section "${section}"`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(citations).toBeGreaterThan(10);
  });
});
