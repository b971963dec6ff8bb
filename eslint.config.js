// Lint: typescript-eslint's recommended rules plus the layer rules of docs/design.md:
// only src-main/electron imports electron; src-shared and src-renderer import no Node built-ins
// and no Node-only package; src-main and src-shared import no DOM-only package; the renderer
// never imports from src-main; imports go down, never up. (No import circles: test/lint/import-cycles.test.ts.)
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules.filter((m) => !m.startsWith('_')), 'node:*'];
const electron = { group: ['electron', 'electron/*', 'electron-log/main', 'electron-log/renderer'], message: 'Only src-main/electron/ may import Electron.' };
const node = { group: nodeBuiltins, message: 'This layer runs in the renderer too: no Node built-ins.' };
// Every npm package the code imports, by where it may run (test/lint/package-places.test.ts fails
// for a dependency missing here). Node-only: needs Node built-ins or native code; DOM-only: needs a
// browser document; anywhere: plain JavaScript both sides may use.
// An entry point may be placed apart from its package ('csv-stringify/sync' is plain JavaScript;
// the package's main entry streams with Node's).
export const PACKAGE_PLACES = {
  node: ['@aws-sdk/client-s3', 'archiver', 'csv-stringify', 'electron-log', 'hyparquet-writer', 'isbinaryfile', 'plist', 'systeminformation', 'undici', 'yauzl'],
  dom: ['react', 'react-dom'],
  anywhere: ['csv-stringify/sync', 'jose', 'libphonenumber-js', 'semver', 'zod'],
};
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** One regex for packages and their entry points, less the entry points placed elsewhere. */
const packagePatterns = (names) => {
  const placedApart = PACKAGE_PLACES.anywhere.filter((entry) => names.some((name) => entry.startsWith(`${name}/`)));
  return `^${placedApart.length ? `(?!(?:${placedApart.map(escape).join('|')})$)` : ''}(?:${names.map(escape).join('|')})(?:/.*)?$`;
};
const nodeOnly = { regex: packagePatterns(PACKAGE_PLACES.node), message: 'This layer runs in the renderer too: no Node-only package (PACKAGE_PLACES.node in eslint.config.js).' };
const domOnly = { regex: packagePatterns(PACKAGE_PLACES.dom), message: 'This layer runs in Node: no DOM-only package (PACKAGE_PLACES.dom in eslint.config.js).' };
const mainFromOutside = { group: ['**/src-main/**', '**/src-main'], message: 'src-main is below nothing but the CLI and Electron shell: the renderer and shared code never import it.' };
const rendererFromOutside = { group: ['**/src-renderer/**', '**/src-renderer'], message: 'Nothing imports the renderer.' };

// The order inside src-main (docs/design.md): each folder may import only the folders listed for it
// (and the root files such as app-info.ts), so a collector cannot reach up into services unnoticed.
const MAIN_ORDER = 'platform -> probes, redact -> collect -> bundle -> evidence -> services -> cli, electron; fleet (ids/: reporter ids and key, the write side; summary/: reading bundles and rendering summaries, the read side) on platform and bundle, upload (sending a bundle) and requests (signed requests: verify, sign, replay store, claims, link inbox) on platform, all below services';
const mainBelow = {
  platform: [],
  probes: ['platform'],
  redact: ['platform'],
  // The read side checks bundles as zpb inspect does (bundle/verify-bundle.ts, zip-reader.ts).
  fleet: ['platform', 'bundle'],
  upload: ['platform'],
  requests: ['platform'],
  collect: ['platform', 'probes', 'redact'],
  bundle: ['platform', 'probes', 'redact', 'collect'],
  // The log-evidence step reads the redacted text the bundle writer streams.
  evidence: ['platform', 'redact', 'bundle'],
  services: ['platform', 'probes', 'redact', 'fleet', 'upload', 'requests', 'collect', 'bundle', 'evidence'],
  cli: ['platform', 'probes', 'redact', 'fleet', 'upload', 'requests', 'collect', 'bundle', 'evidence', 'services'],
  electron: ['platform', 'probes', 'redact', 'fleet', 'upload', 'requests', 'collect', 'bundle', 'evidence', 'services'],
};
/** The import patterns a file in src-main/<folder> (or, with no folder, a root file such as app-info.ts) may not use. */
const mainAbove = (folder) =>
  Object.keys(mainBelow)
    .filter((other) => !folder || (other !== folder && !mainBelow[folder].includes(other)))
    .map((other) => ({
      group: [`./${other}/**`, `../${other}/**`, `../../${other}/**`, `../../../${other}/**`, `**/src-main/${other}/**`],
      message: `${folder ? `src-main/${folder}` : 'a file at the root of src-main'} may not import src-main/${other}: imports go down (${MAIN_ORDER}).`,
    }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'bench-results/**', 'test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src-shared/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, node, nodeOnly, domOnly, mainFromOutside, rendererFromOutside] }] },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, node, nodeOnly, mainFromOutside] }] },
  },
  ...Object.keys(mainBelow).map((folder) => ({
    files: [`src-main/${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [...(folder === 'electron' ? [] : [electron]), domOnly, rendererFromOutside, ...mainAbove(folder)] }] },
  })),
  {
    files: ['src-main/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, domOnly, rendererFromOutside, ...mainAbove(null)] }] },
  },
);
