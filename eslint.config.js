// Lint: typescript-eslint's recommended rules plus the layer rules of docs/design.md:
// only src-main/electron imports electron; src-shared and src-renderer import no Node built-ins;
// the renderer never imports from src-main; imports go down, never up.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules.filter((m) => !m.startsWith('_')), 'node:*'];
const electron = { group: ['electron', 'electron/*', 'electron-log/main', 'electron-log/renderer'], message: 'Only src-main/electron/ may import Electron.' };
const node = { group: nodeBuiltins, message: 'This layer runs in the renderer too: no Node built-ins.' };
const mainFromOutside = { group: ['**/src-main/**', '**/src-main'], message: 'src-main is below nothing but the CLI and Electron shell: the renderer and shared code never import it.' };
const rendererFromOutside = { group: ['**/src-renderer/**', '**/src-renderer'], message: 'Nothing imports the renderer.' };

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
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, node, mainFromOutside, rendererFromOutside] }] },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, node, mainFromOutside] }] },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, rendererFromOutside] }] },
  },
  {
    files: ['src-main/electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [rendererFromOutside] }] },
  },
);
