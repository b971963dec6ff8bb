/**
 * The few systeminformation calls the collectors make, run on a worker thread. On Linux and macOS
 * the package runs a dozen commands with execSync (ip, lscpu, dmidecode...): on the main thread
 * they stopped the log scan for ~0.25 s of every bundle; on the worker they run beside it.
 * Each module is loaded on first use: the package's index requires all of its ~20 modules
 * (bluetooth, docker, printers...), ~200 ms; the four used here load in ~40 ms. When no worker
 * can be started or it cannot load the package, the call runs here instead: same answers.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Systeminformation } from 'systeminformation';

const load = createRequire(import.meta.url);

/** Where each call lives: [module under systeminformation/lib, exported function]. */
const CALLS = {
  osInfo: ['osinfo', 'osInfo'],
  system: ['system', 'system'],
  cpu: ['cpu', 'cpu'],
  networkInterfaces: ['network', 'networkInterfaces'],
  networkGatewayDefault: ['network', 'networkGatewayDefault'],
  wifiConnections: ['wifi', 'wifiConnections'],
} as const;

type CallName = keyof typeof CALLS;

/** The worker: requires the module file it is given and answers each call by id (CommonJS, eval'd: no file to find in a bundle). */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, file, name }) => {
  let call;
  try {
    call = require(file)[name];
  } catch (error) {
    parentPort.postMessage({ id, unavailable: true });
    return;
  }
  Promise.resolve()
    .then(() => call())
    .then((value) => parentPort.postMessage({ id, value }), (error) => parentPort.postMessage({ id, error: String((error && error.message) || error) }));
});`;

/** A call the worker could not make (it did not start, or could not load the module). */
class WorkerUnavailable extends Error {}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * Idle time after which the worker is ended. The collectors ask their questions within the first
 * moments of a bundle; a worker kept for the rest of the run held ~8 MB (its own V8 heap and the
 * package's modules) through the log work, where a bundle's memory peaks. A later call starts a new one.
 */
const IDLE_MS = 150;

/**
 * One worker at a time, started on the first call, keeping the process alive only while a call is
 * pending, and ended after IDLE_MS without one.
 */
class SystemInformationThread {
  private worker: Worker | null = null;
  private broken = false;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private idleTimer: NodeJS.Timeout | null = null;

  call(file: string, name: string): Promise<unknown> {
    const worker = this.start();
    if (!worker) return Promise.reject(new WorkerUnavailable());
    const id = this.nextId++;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, file, name });
    });
  }

  private start(): Worker | null {
    if (this.broken) return null;
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(WORKER_SOURCE, { eval: true });
      worker.unref();
      worker.on('message', ({ id, value, error, unavailable }: { id: number; value?: unknown; error?: string; unavailable?: boolean }) => {
        const pending = this.pending.get(id);
        if (!pending) return;
        this.settled(id);
        // A module the worker could not load (a packed app's archive, say) is tried here; an error of the call itself is the call's.
        if (unavailable) pending.reject(new WorkerUnavailable());
        else if (error !== undefined) pending.reject(new Error(error));
        else pending.resolve(value);
      });
      const fail = () => {
        // A worker ended for being idle is not a failure; the next call starts another.
        if (this.worker !== worker) return;
        this.broken = true;
        this.worker = null;
        for (const [id, pending] of this.pending) {
          this.settled(id);
          pending.reject(new WorkerUnavailable());
        }
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      this.worker = worker;
      return worker;
    } catch {
      this.broken = true;
      return null;
    }
  }

  private settled(id: number): void {
    this.pending.delete(id);
    if (this.pending.size > 0 || !this.worker) return;
    const worker = this.worker;
    worker.unref();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.worker !== worker || this.pending.size > 0) return;
      this.worker = null;
      void worker.terminate();
    }, IDLE_MS);
    this.idleTimer.unref();
  }

  /** Whether a worker is running now (for tests). */
  get running(): boolean {
    return this.worker !== null;
  }
}

const thread = new SystemInformationThread();

/** One call, on the worker when it can, else on this thread. */
async function run<T>(call: CallName, options: { inThread?: boolean }): Promise<T> {
  const [module, name] = CALLS[call];
  const file = load.resolve(`systeminformation/lib/${module}.js`);
  if (!options.inThread) {
    try {
      return (await thread.call(file, name)) as T;
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  return (load(file) as Record<string, () => Promise<T>>)[name]!();
}

/** How a call runs: `inThread` skips the worker (tests compare the two). */
export interface SystemInformationOptions {
  inThread?: boolean;
}

/** systeminformation's functions of the same names (same answers, same types). */
export function systemInformation(options: SystemInformationOptions = {}) {
  return {
    osInfo: () => run<Systeminformation.OsData>('osInfo', options),
    system: () => run<Systeminformation.SystemData>('system', options),
    cpu: () => run<Systeminformation.CpuData>('cpu', options),
    networkInterfaces: () => run<Systeminformation.NetworkInterfacesData[] | Systeminformation.NetworkInterfacesData>('networkInterfaces', options),
    networkGatewayDefault: () => run<string>('networkGatewayDefault', options),
    wifiConnections: () => run<Systeminformation.WifiConnectionData[]>('wifiConnections', options),
  };
}

/** The collectors' calls: on the worker thread. */
export const si = systemInformation();

/** Whether the shared worker is running (it ends after IDLE_MS without a call). */
export function systemInformationWorkerRunning(): boolean {
  return thread.running;
}
