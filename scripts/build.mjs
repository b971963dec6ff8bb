// Builds everything into dist/: the CLI (ESM, its dependencies bundled in), the Electron main
// (ESM, dependencies external: the packaged app ships node_modules), the sandboxed preload (one
// CommonJS file: a sandboxed preload cannot load other modules), and the renderer (Vite).
import { rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };
const only = process.argv[2];

if (!only || only === 'main') {
  // Chunk names carry content hashes: without a clean start, old chunks pile up and get packaged.
  for (const dir of ['dist/cli', 'dist/electron']) rmSync(dir, { recursive: true, force: true });
  await Promise.all([
    // Split so each command's code (and its dependencies) loads only when that command runs. The
    // dependencies are bundled in: resolving and reading ~400 files of node_modules took about half
    // a second of every `zpb collect` (its chunk imported in ~1.0 s, bundled ~0.35 s; docs/perf-notes.md).
    // systeminformation stays outside: system-information.ts loads its parts by path on first use.
    // The bundled CommonJS packages call require(); the banner gives them one.
    esbuild({
      ...common,
      entryPoints: { 'cli/zpb': 'src-main/cli/index.ts' },
      outdir: 'dist',
      format: 'esm',
      external: ['systeminformation'],
      banner: { js: "import { createRequire as __zpbCreateRequire } from 'node:module'; const require = __zpbCreateRequire(import.meta.url);" },
      legalComments: 'linked',
      splitting: true,
      chunkNames: 'cli/chunks/[name]-[hash]',
    }),
    esbuild({ ...common, entryPoints: { 'electron/main': 'src-main/electron/main.ts' }, outdir: 'dist', format: 'esm', packages: 'external' }),
    esbuild({ ...common, entryPoints: ['src-main/electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  ]);
}
if (!only || only === 'renderer') {
  await viteBuild({ configFile: 'vite.config.ts' });
}
