// How long `zpb --version` takes as a process (the floor under every CLI run), against bare `node -e 0`.
import { spawnSync } from 'node:child_process';
import { median } from './measure.js';

function time(args: string[], rounds: number): number {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}`);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const rounds = 7;
const node = time(['-e', '0'], rounds);
const zpb = time(['bin/zpb.js', '--version'], rounds);
console.log(`node -e 0         median ${node.toFixed(0)} ms (${rounds} rounds)`);
console.log(`zpb --version     median ${zpb.toFixed(0)} ms`);
console.log(`ratio zpb / node  ${(zpb / node).toFixed(2)}x`);
