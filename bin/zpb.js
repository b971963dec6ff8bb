#!/usr/bin/env node
// The `zpb` command. The TypeScript sources are bundled into dist/ by `npm run build`
// (run automatically by `npm ci` through the "prepare" script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/zpb.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('zpb: not built yet; run "npm run build" in the project folder first\n');
  process.exit(1);
}
await import(entry.href);
