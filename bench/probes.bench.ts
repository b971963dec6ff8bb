// Network probes on loopback: (1) how far past its deadline the probe phase ends when every target
// is silent (the "deadline + 0.5 s"), against the deadline itself; (2) the runner's cost for
// 20 open TCP targets against 20 bare net.connect calls made the same way in the same run.
import dgram from 'node:dgram';
import { once } from 'node:events';
import net from 'node:net';
import { runProbes } from '../src-main/probes/probe-runner.js';
import { probePlanSchema } from '../src-shared/probe-plan.js';
import { median } from './measure.js';

const LOOPBACK = '127.0.0.1';
const environment = { platform: 'linux' as const, home: '/nonexistent', env: {}, hostname: 'bench', username: 'bench', now: () => new Date() };

const silentTcp = net.createServer(() => undefined);
silentTcp.on('connection', (s) => s.on('error', () => undefined));
await new Promise<void>((resolve) => silentTcp.listen(0, LOOPBACK, resolve));
const tcpPort = (silentTcp.address() as net.AddressInfo).port;
const silentUdp = dgram.createSocket('udp4');
await new Promise<void>((resolve) => silentUdp.bind(0, LOOPBACK, resolve));
const udpPort = silentUdp.address().port;

const deadlineMs = 1000;
const silentPlan = probePlanSchema.parse({
  version: 1,
  targets: [
    ...Array.from({ length: 5 }, (_, i) => ({ id: `tls${i}`, kind: 'tls', host: LOOPBACK, port: tcpPort, timeoutMs: 30_000 })),
    ...Array.from({ length: 5 }, (_, i) => ({ id: `stun${i}`, kind: 'stun', host: LOOPBACK, port: udpPort, timeoutMs: 30_000 })),
    ...Array.from({ length: 5 }, (_, i) => ({ id: `http${i}`, kind: 'http', scheme: 'http', host: LOOPBACK, port: tcpPort, timeoutMs: 30_000 })),
  ],
});
const overshoots: number[] = [];
for (let round = 0; round < 5; round++) {
  const started = performance.now();
  await runProbes(silentPlan, { environment, deadlineMs, planSource: 'file' });
  overshoots.push(performance.now() - started - deadlineMs);
}
console.log(`silent plan, 15 targets, deadline ${deadlineMs} ms: ends ${median(overshoots).toFixed(1)} ms after the deadline (median of 5; max ${Math.max(...overshoots).toFixed(1)})`);
console.log(`ratio phase / deadline  ${((deadlineMs + median(overshoots)) / deadlineMs).toFixed(3)}x`);

const count = 20;
const openPlan = probePlanSchema.parse({ version: 1, targets: Array.from({ length: count }, (_, i) => ({ id: `t${i}`, kind: 'tcp', host: LOOPBACK, port: tcpPort })) });
async function bareConnects(): Promise<void> {
  await Promise.all(
    Array.from({ length: count }, async () => {
      const socket = net.connect(tcpPort, LOOPBACK);
      await once(socket, 'connect');
      socket.destroy();
    }),
  );
}
const bare: number[] = [];
const runner: number[] = [];
for (let round = 0; round < 15; round++) {
  let t = performance.now();
  await bareConnects();
  bare.push(performance.now() - t);
  t = performance.now();
  await runProbes(openPlan, { environment, deadlineMs: 5000, planSource: 'file' });
  runner.push(performance.now() - t);
}
console.log(`${count} open TCP targets: runner median ${median(runner).toFixed(2)} ms, bare net.connect median ${median(bare).toFixed(2)} ms (15 rounds, alternating)`);
console.log(`ratio runner / bare     ${(median(runner) / median(bare)).toFixed(2)}x`);

silentTcp.close();
silentUdp.close();
