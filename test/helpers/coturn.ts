// A real STUN server for tests: Debian's coturn `turnserver` on 127.0.0.1, STUN only, with a temp
// database and pid file. Returns null (with the reason) when turnserver is not installed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import path from 'node:path';
import { closedUdpPort, LOOPBACK } from './loopback-servers.js';

export interface Coturn {
  port: number;
  stop(): Promise<void>;
}

/** Why turnserver cannot run here, or null when it can. */
export function coturnMissing(): string | null {
  const probe = spawnSync('turnserver', ['--help'], { stdio: 'ignore' });
  return probe.error ? `turnserver not found (${(probe.error as NodeJS.ErrnoException).code}); install coturn` : null;
}

/** Resolves once something on the port answers a raw 20-byte STUN Binding Request. */
async function waitForAnswer(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const socket = dgram.createSocket('udp4');
  socket.on('error', () => undefined);
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      if (child.exitCode !== null) throw new Error(`turnserver exited ${child.exitCode}: ${log().slice(-500)}`);
      const request = Buffer.concat([Buffer.from([0, 1, 0, 0, 0x21, 0x12, 0xa4, 0x42]), randomBytes(12)]);
      const answered = new Promise<boolean>((resolve) => {
        socket.once('message', () => resolve(true));
        setTimeout(() => resolve(false), 100);
      });
      socket.send(request, port, LOOPBACK);
      if (await answered) return;
    }
    throw new Error(`turnserver did not answer on ${port}: ${log().slice(-500)}`);
  } finally {
    socket.close();
  }
}

/** Starts turnserver on one free loopback UDP port; throws when it does not answer there. */
async function startOnce(dir: string): Promise<Coturn> {
  const port = await closedUdpPort();
  // UDP only: TCP listeners on the same port number are one more chance of a clash with other tests.
  const args = ['-n', `--listening-ip=${LOOPBACK}`, `--listening-port=${port}`, '--stun-only', '--no-tcp', '--no-tls', '--no-dtls', '--no-cli', '--no-auth',
    `--db=${path.join(dir, 'turndb.sqlite')}`, `--pidfile=${path.join(dir, 'turnserver.pid')}`, '--log-file=stdout', '--simple-log'];
  const child = spawn('turnserver', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitForAnswer(port, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, stop };
}

/**
 * Starts turnserver on a free loopback UDP port. The port is free when picked but turnserver also
 * takes the next one (its alternate port), which a test running in parallel may hold: a clash is
 * retried on another port.
 */
export async function startCoturn(dir: string): Promise<Coturn> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await startOnce(dir);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
