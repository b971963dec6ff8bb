// Fuzz: thousands of hostile request links, probe plans, flag sets and damaged bundles through the
// CLI's own entry (main(), as bin/zpb.js calls it), plus a few through the real process. Every case
// must end with exit 0, 1 or 2, at most one line on stderr, no stack trace, no partial file, and
// within a bound (a hang fails naming the case). fast-check prints the seed and the smallest
// failing case; ZPB_FUZZ_SEED replays another seed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src-main/cli/zpb.js';
import type { Environment } from '../../../src-main/platform/environment.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { runCli, type CliRun } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir('zpb-fuzz-');
const SEED = Number(process.env.ZPB_FUZZ_SEED ?? 20261128);
/** A case that takes longer has hung: the contract is an answer, not a wait. */
const CASE_BOUND_MS = 10_000;

const home = path.join(root, 'home');
mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'Linux Client Version is 6.0.0.1\n');
const outDir = path.join(root, 'out');
mkdirSync(outDir);
/** Exists already: a collect that gets past every input check stops here with exit 2 (full runs are the process cases'). */
const existingOut = path.join(outDir, 'existing.zip');
writeFileSync(existingOut, 'not a bundle');
const environment: Environment = { ...fixtureEnvironment('linux', home, { PATH: process.env.PATH ?? '' }), runCommand: async () => ({ ok: false, stdout: '', stderr: '', exitCode: null, reason: 'not found' }) };

/** Control, bidi, escapes, numbers in odd forms, paths to special files, and random text. */
const hostile = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '1e-9', '0x10', 'Infinity', 'NaN', '-1', '0', '', ' ', '%', '%zz', '%C3%28', '%ED%A0%80', '\u001b]52;c;aGk=\u0007', '\r\n', '\u202egnp.exe',
    '../../etc/passwd', '/dev/zero', '/dev/urandom', 'a'.repeat(5000), '2099-01-01T00:00:00Z', '1999-12-31T23:59:59Z', '2026-11-28T10:00:00+01:00',
    'Mars/Base', 'Europe/Berlin', 'dialing', 'only-me', 'vpn', 'strict', 'none', 'mailto:help@exаmple.com', 'https://desk.example.com/x', '__proto__',
  ),
  fc.integer().map(String),
  fc.double().map(String),
);

function encodeLoosely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text; // lone surrogates: sent as they are
  }
}

const linkName = fc.constantFrom('ticket', 'helpdesk', 'return', 'action', 'scope', 'network', 'redaction', 'probes', 'logWindowHours', 'x', '__proto__', 'constructor', '%61ction', 'ticket%');
const requestLink = fc
  .tuple(
    fc.constantFrom('zoom-phone-bundle://collect?', 'https://desk.example.com/r?', 'zoom-phone-bundle://x/?', 'http://a/?', '', 'zoom-phone-bundle:collect?ticket=T&'),
    fc.array(fc.tuple(linkName, fc.oneof(hostile, hostile.map(encodeLoosely))), { maxLength: 8 }),
  )
  .map(([prefix, pairs]) => prefix + pairs.map(([name, value]) => `${name}=${value}`).join('&'));

const FLAG_VALUES = ['--error-text', '--occurred-at', '--time-zone', '--action', '--scope', '--network', '--recent-change', '--notes', '--ticket', '--redaction', '--log-window', '--max-file-mb', '--max-total-mb', '--probe-deadline-ms', '--save-mapping', '--request-link'];
const FLAG_SWITCHES = ['--no-probes', '--json', '--unknown', '-x', '--', 'positional'];
const flagSet = fc.array(fc.oneof(fc.tuple(fc.constantFrom(...FLAG_VALUES), hostile).map(([flag, value]) => [flag, value]), fc.constantFrom(...FLAG_SWITCHES).map((flag) => [flag])), { maxLength: 8 }).map((parts) => parts.flat());

const target = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b'), hostile),
    kind: fc.constantFrom('tcp', 'tls', 'stun', 'dns', 'http', 'status', 'udp-range', 'ftp'),
    host: fc.oneof(fc.constantFrom('127.0.0.1', 'zoom.us', '::1', ''), hostile),
    port: fc.oneof(fc.integer({ min: -5, max: 70000 }), fc.constant('443'), fc.double()),
    portEnd: fc.integer({ min: 0, max: 70000 }),
    timeoutMs: fc.oneof(fc.integer({ min: -1, max: 10_000_000 }), fc.constant(1e-9)),
    resolver: hostile,
    required: fc.oneof(fc.boolean(), hostile),
  },
  { requiredKeys: ['id', 'kind'] },
);
const probePlan = fc.oneof(
  fc.record({ version: fc.oneof(fc.constant(1), fc.integer()), name: hostile, targets: fc.array(target, { maxLength: 4 }) }, { requiredKeys: ['version', 'targets'] }).map((plan) => JSON.stringify(plan)),
  fc.json({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Runs main() as bin/zpb.js does, capturing what it prints. */
async function callMain(argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) => ({ write: (text: string | Uint8Array) => (append(String(text)), true) }) as unknown as NodeJS.WritableStream;
  const code = await main(argv, { stdout: sink((t) => (stdout += t)), stderr: sink((t) => (stderr += t)), cwd: root, environment });
  return { code, stdout, stderr };
}

/** One fuzz case: callMain under the hang bound. */
async function runInProcess(argv: string[]): Promise<CliRun> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CASE_BOUND_MS} ms: zpb ${JSON.stringify(argv)}`)), CASE_BOUND_MS);
  });
  try {
    return await Promise.race([callMain(argv), hung]);
  } finally {
    clearTimeout(timer);
  }
}

/** The contract every case keeps. */
function expectContract(run: CliRun, what: string): void {
  expect([0, 1, 2], `${what}: exit ${run.code}\n${run.stderr}`).toContain(run.code);
  expect(run.stderr.split('\n').filter(Boolean).length, `${what}: ${run.stderr}`).toBeLessThanOrEqual(1);
  expect(run.stderr, what).not.toMatch(/\n\s+at |node:internal|^\s*at .*:\d+:\d+/m);
  expect(run.stderr, what).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  expect(readdirSync(outDir).filter((n) => n.endsWith('.partial')), what).toEqual([]);
}

const planFile = path.join(root, 'plan.json');
let bundleBytes: Buffer;

beforeAll(async () => {
  // A whole collect to damage later, not a fuzz case: the hook's timeout bounds it, not the case bound
  // (a full run took over 10 s on a loaded machine and failed the file before any case ran).
  const run = await callMain(['collect', '--no-probes', '--out', path.join(root, 'base.zip')]);
  expect(run.code, run.stderr).toBe(0);
  bundleBytes = readFileSync(path.join(root, 'base.zip'));
});

describe('zpb fuzz, in process', () => {
  it('request links', async () => {
    await fc.assert(
      fc.asyncProperty(requestLink, async (link) => {
        expectContract(await runInProcess(['collect', '--request-link', link, '--out', existingOut]), `link ${JSON.stringify(link)}`);
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('flag sets', async () => {
    await fc.assert(
      fc.asyncProperty(flagSet, async (flags) => {
        expectContract(await runInProcess(['collect', ...flags, '--out', existingOut]), `flags ${JSON.stringify(flags)}`);
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('probe plans', async () => {
    await fc.assert(
      fc.asyncProperty(probePlan, async (plan) => {
        writeFileSync(planFile, plan);
        expectContract(await runInProcess(['collect', '--probe-plan', planFile, '--out', existingOut]), `plan ${plan.slice(0, 300)}`);
      }),
      { numRuns: 600, seed: SEED },
    );
  });

  it('damaged bundles', async () => {
    const damage = fc.oneof(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        for (const [at, value] of flips) copy[at % copy.length] = value;
        return copy;
      }),
      fc.nat().map((cut) => (bytes: Buffer) => bytes.subarray(0, cut % bytes.length)),
      fc.uint8Array({ maxLength: 64 }).map((tail) => (bytes: Buffer) => Buffer.concat([bytes, Buffer.from(tail)])),
      fc.tuple(fc.nat(), fc.nat({ max: 4096 })).map(([at, length]) => (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        const start = at % copy.length;
        copy.fill(0, start, Math.min(copy.length, start + length));
        return copy;
      }),
    );
    const file = path.join(root, 'damaged.zip');
    await fc.assert(
      fc.asyncProperty(damage, fc.boolean(), async (harm, json) => {
        writeFileSync(file, harm(bundleBytes));
        expectContract(await runInProcess(['inspect', ...(json ? ['--json'] : []), file]), 'damaged bundle');
      }),
      { numRuns: 400, seed: SEED },
    );
  });
});

describe('zpb fuzz, real processes', () => {
  it('keeps the contract as a process too, full runs included', async () => {
    // Fewer cases: a process costs ~0.3 s to start. Arguments cannot hold NUL bytes in a real process.
    const noNul = (args: string[]) => !args.some((a) => a.includes('\u0000'));
    const cases = [
      ...fc.sample(requestLink, { numRuns: 4, seed: SEED }).map((link) => ['collect', '--no-probes', '--request-link', link, '--out', `${outDir}/`]),
      ...fc.sample(flagSet, { numRuns: 4, seed: SEED }).map((flags) => ['collect', '--no-probes', ...flags, '--out', `${outDir}/`]),
      ['inspect', path.join(root, 'damaged.zip')],
    ].filter(noNul);
    for (const args of cases) {
      const run = await runCli(args, { cwd: root, env: { HOME: home } });
      expectContract(run, `process ${JSON.stringify(args)}`);
    }
    // Nine processes, some of them whole collects: 27 s of the 30 s default on a loaded machine.
  }, 120_000);
});
