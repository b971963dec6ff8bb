// `zpb collect` as users run it: a fresh CLI process (the real bin/zpb.js, default caps, standard
// redaction) on Zoom-shaped log folders of several shapes, against `zip -r -6` of the same folder in
// the same run. Shapes: many distinct private values at three sizes (memory per distinct value),
// every line private (garbage per match), none (the floor), an empty folder (the fixed cost of
// start-up and the system/network collectors), and 100 MB with the default probe plan pointed at
// loopback targets that never answer (probes must run beside the log work, not after it), and long
// JSON lines dense with values (json-dump-50).
//
// ZPB_E2E_SHAPES=a,b picks shapes by name; ZPB_BENCH_ROUNDS sets rounds (default 3);
// ZPB_E2E_COMPARE=DIR also runs DIR/bin/zpb.js (another built checkout, e.g. the previous commit in a
// git worktree) in the same rounds, so "before" and "after" share one machine state.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import dgram from 'node:dgram';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { writeShapedCorpus, type CorpusShape } from './e2e-corpus.js';
import { median, timedProcess, zipLeftovers, type ProcessTiming } from './measure.js';

const ROUNDS = Number(process.env.ZPB_BENCH_ROUNDS ?? 3);

interface Row extends CorpusShape {
  /** Run with the probe plan aimed at silent loopback targets instead of --no-probes. */
  probes?: boolean;
}

const ROWS: Row[] = [
  { name: 'distinct-30', megabytes: 30, privateShare: 1 / 12, distinct: 20_000 },
  { name: 'distinct-115', megabytes: 115, privateShare: 1 / 12, distinct: 70_000 },
  { name: 'distinct-190', megabytes: 190, privateShare: 1 / 12, distinct: 100_000 },
  { name: 'every-line-97', megabytes: 97, privateShare: 1, distinct: 400 },
  { name: 'none-115', megabytes: 115, privateShare: 0, distinct: 0 },
  { name: 'empty', megabytes: 0, privateShare: 0, distinct: 0 },
  { name: 'probes-100', megabytes: 100, privateShare: 1 / 12, distinct: 50_000, probes: true },
  // The memory goal's three kinds of content at 200 MB: 150 000 distinct values, every line, none.
  { name: 'distinct-200', megabytes: 200, privateShare: 1 / 12, distinct: 150_000 },
  { name: 'every-line-200', megabytes: 200, privateShare: 1, distinct: 400 },
  { name: 'none-200', megabytes: 200, privateShare: 0, distinct: 0 },
  // Long lines dense with values: JSON payloads logged whole (an e-mail and an IP every ~70 bytes).
  { name: 'json-dump-50', megabytes: 50, privateShare: 1, distinct: 100_000, lines: 'json-dump' },
];

/** The shipped plan with every host pointed at loopback listeners that accept and never answer. */
async function silentLoopbackPlan(file: string): Promise<() => void> {
  const held: net.Socket[] = [];
  const tcp = net.createServer((socket) => held.push(socket));
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  const udp = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  const tcpPort = (tcp.address() as net.AddressInfo).port;
  const udpPort = udp.address().port;
  const plan = JSON.parse(readFileSync(path.resolve('assets/probe-plan.default.json'), 'utf8')) as { targets: Record<string, unknown>[] };
  plan.targets = plan.targets.map((target) => {
    switch (target.kind) {
      case 'dns': return { ...target, resolver: `127.0.0.1:${udpPort}` };
      case 'stun': return { ...target, host: '127.0.0.1', port: udpPort };
      case 'udp-range': return target;
      default: return { ...target, host: '127.0.0.1', port: tcpPort };
    }
  });
  writeFileSync(file, JSON.stringify(plan));
  return () => {
    held.forEach((s) => s.destroy());
    tcp.close();
    udp.close();
  };
}

function zipMegabytes(zip: string): string {
  return (statSync(zip).size / 1e6).toFixed(1);
}

async function main(): Promise<void> {
  const wanted = process.env.ZPB_E2E_SHAPES?.split(',');
  const rows = ROWS.filter((row) => !wanted || wanted.includes(row.name));
  const compare = process.env.ZPB_E2E_COMPARE ? path.resolve(process.env.ZPB_E2E_COMPARE) : undefined;
  const clis: [string, string][] = [['zpb', path.resolve('bin/zpb.js')]];
  if (compare) clis.push(['compare', path.join(compare, 'bin/zpb.js')]);
  const work = mkdtempSync(path.join(os.tmpdir(), 'zpb-e2e-'));
  const planFile = path.join(work, 'silent-plan.json');
  const stopServers = await silentLoopbackPlan(planFile);
  console.log(`rounds ${ROUNDS}; CLIs: ${clis.map(([name, cli]) => `${name}=${path.relative(process.cwd(), cli) || cli}`).join(', ')}`);
  console.log('shape            logs MB  zip -6 s   CLI        wall s  ratio   CPU s  peak RSS MiB  out MB  recall');
  try {
    for (const row of rows) {
      const home = path.join(work, row.name);
      const logs = path.join(home, '.zoom', 'logs');
      const sample = writeShapedCorpus(logs, row);
      const zipOut = path.join(work, `${row.name}.zip`);
      const zipRuns: ProcessTiming[] = [];
      const cliRuns = new Map<string, ProcessTiming[]>(clis.map(([name]) => [name, []]));
      const env = { ...process.env, HOME: home };
      for (let round = 0; round < ROUNDS; round++) {
        rmSync(zipOut, { force: true });
        // zip of an empty folder still writes the folder entry: the floor for the fixed cost.
        zipRuns.push(timedProcess('/usr/bin/zip', ['-q', '-r', '-6', zipOut, '.zoom'], { cwd: home }));
        for (const [name, cli] of clis) {
          const out = path.join(work, `${row.name}-${name}.zip`);
          const probeArgs = row.probes ? ['--probe-plan', planFile, '--probe-deadline-ms', '5000'] : ['--no-probes'];
          cliRuns.get(name)!.push(timedProcess(process.execPath, [cli, 'collect', ...probeArgs, '--force', '--out', out, '--error-text', 'Call failed (code: 2202400)'], { cwd: work, env }));
        }
      }
      const zipMs = median(zipRuns.map((r) => r.ms));
      const logMb = (row.megabytes ? `${row.megabytes}` : '0').padStart(7);
      console.log(`${row.name.padEnd(16)} ${logMb}  ${(zipMs / 1000).toFixed(2).padStart(7)}`);
      for (const [name] of clis) {
        const runs = cliRuns.get(name)!;
        const out = path.join(work, `${row.name}-${name}.zip`);
        const left = await zipLeftovers(out, sample);
        const ms = median(runs.map((r) => r.ms));
        const recall = sample.length ? `${sample.length - left.size}/${sample.length}` : '-';
        console.log(
          `${''.padEnd(35)}${name.padEnd(9)} ${(ms / 1000).toFixed(2).padStart(7)} ${(ms / zipMs).toFixed(2).padStart(6)}x ${median(runs.map((r) => r.cpuS)).toFixed(2).padStart(7)} ${Math.max(...runs.map((r) => r.rssMiB)).toFixed(0).padStart(13)} ${zipMegabytes(out).padStart(7)}  ${recall}`,
        );
      }
      rmSync(home, { recursive: true, force: true });
    }
    console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores (other work on the machine inflates wall times; CPU is steadier)`);
  } finally {
    stopServers();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
