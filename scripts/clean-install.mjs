// `.ci/run` installs with this instead of a bare `npm ci`: it runs `npm ci --no-audit --no-fund`
// (which also builds, through `prepare`), passes its output through, and fails when that output
// holds a warning, so a warning a new user would have to wonder about (an unsupported engine, an
// install script nobody reviewed, a build tool's complaint) fails CI the day it appears instead of
// being read past.
//
// Usage: node scripts/clean-install.mjs [-- COMMAND ARGS...]
//   With `--`, runs COMMAND instead of npm ci (the test uses stand-in commands).
// Exit: the command's own code when it fails; 1 when it succeeded but printed a warning; else 0.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

/** What a warning line looks like: npm's `npm warn ...`, any tool's "warning", Rollup/Vite's `(!)`. */
const WARNING_PATTERNS = [/\bwarn(ings?)?\b/i, /^\s*\(!\)/];

const separator = process.argv.indexOf('--');
const [command, ...args] = separator === -1 ? ['npm', 'ci', '--no-audit', '--no-fund'] : process.argv.slice(separator + 1);

let output = '';
const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  output += chunk.toString();
});
child.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  output += chunk.toString();
});
child.on('error', (error) => {
  console.error(`clean-install: could not run ${command}: ${error.message}`);
  process.exit(1);
});
child.on('close', (code, signal) => {
  const shown = [command, ...args].join(' ');
  if (code !== 0) {
    console.error(`clean-install: \`${shown}\` failed (${signal ?? `exit ${code}`})`);
    process.exit(code || 1);
  }
  const warnings = stripVTControlCharacters(output)
    .split(/\r?\n/)
    .filter((line) => WARNING_PATTERNS.some((pattern) => pattern.test(line)));
  if (warnings.length > 0) {
    console.error(`clean-install: \`${shown}\` printed ${warnings.length} warning line(s); a fresh install must print none:`);
    for (const line of warnings) console.error(`  ${line}`);
    console.error('Fix the cause (docs/extending.md, "Installing cleanly"), do not hide the output.');
    process.exit(1);
  }
});
