// No import circles anywhere in the three source folders (so none inside a folder either): the
// import graph as TypeScript resolves it, searched for cycles. A circle means two modules each need
// the other to load; the fix is a third module both import (cli/cli-io.ts, platform/supported-platform.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/run-cli.js';
import { sourceFiles } from './source-files.js';

/** Each source file's imports of other source files (type-only imports included: they still tie the modules). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const options: ts.CompilerOptions = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, allowJs: false };
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const absolute = path.join(PROJECT_ROOT, file);
    const { importedFiles } = ts.preProcessFile(readFileSync(absolute, 'utf8'), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      const resolved = ts.resolveModuleName(fileName, absolute, options, ts.sys).resolvedModule?.resolvedFileName;
      const relative = resolved ? path.relative(PROJECT_ROOT, resolved) : undefined;
      return relative && known.has(relative) ? [relative] : [];
    });
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle found by a depth-first search, each as the files in order. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('import circles', () => {
  const graph = importGraph(sourceFiles());

  it('the graph is the real one: imports are resolved (.js specifiers to .ts files)', () => {
    expect(graph.get(path.join('src-main', 'cli', 'collect-command.ts'))).toContain(path.join('src-main', 'cli', 'cli-io.ts'));
    expect(graph.get(path.join('src-main', 'platform', 'environment.ts'))).toContain(path.join('src-main', 'platform', 'supported-platform.ts'));
  });

  it('finds a circle when there is one', () => {
    expect(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']]]))).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });

  it('there is none in src-shared, src-main and src-renderer', () => {
    expect(cycles(graph).map((cycle) => cycle.join(' > '))).toEqual([]);
  });
});
