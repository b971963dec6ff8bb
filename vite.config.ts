// Builds the renderer into dist/renderer with relative asset paths (loaded from file:// in Electron).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The libraries the renderer ships, one chunk each, so no chunk nears Vite's 500 kB warning
 * (together they were one 550 kB file) and a change to the app's own code leaves them unchanged.
 * Each entry: chunk name and the package folders it holds.
 */
const libraryChunks: ReadonlyArray<readonly [name: string, test: RegExp]> = [
  ['react', /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/],
  ['zod', /[\\/]node_modules[\\/]zod[\\/]/],
  ['libphonenumber', /[\\/]node_modules[\\/]libphonenumber-js[\\/]/],
];

export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Keep everything in files: the CSP forbids inline scripts and styles.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: { codeSplitting: { groups: libraryChunks.map(([name, test]) => ({ name, test })) } },
    },
  },
  logLevel: 'warn',
});
