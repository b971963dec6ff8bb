// Presigned URLs and request links need never be on the command line (other users can read a
// process's arguments): `@FILE` and `-` (standard input) work for every flag that takes one.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { resolveSecretArguments } from '../../../src-main/cli/secret-argument.js';
import { UsageError } from '../../../src-main/cli/usage-error.js';
import { generateRequestKeys } from '../../../src-main/requests/sign-request.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { PROJECT_ROOT, runCli, type CliRun } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const URL_WITH_SIGNATURE = 'https://bucket.s3.example.com/in/b.zip?X-Amz-Signature=abc123&X-Amz-Expires=3600';

/** `zpb` with `input` on its standard input. */
function runWithInput(args: string[], input: string, env: Record<string, string> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'zpb.js'), ...args], { cwd: dir, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.end(input);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('resolveSecretArguments', () => {
  it('reads @FILE and - (first line, trimmed) in both flag forms, and leaves other values and flags alone', async () => {
    writeFileSync(path.join(dir, 'url.txt'), `${URL_WITH_SIGNATURE}\r\nsecond line\n`);
    const argv = ['--ticket', '@not-a-secret-flag', '--upload-url', '@url.txt', '--tus=-', '--key', 'k.pem'];
    expect(await resolveSecretArguments(argv, ['--upload-url', '--tus'], { cwd: dir, stdin: Readable.from(['  https://tus.example.com/files/\n']) })).toEqual([
      '--ticket',
      '@not-a-secret-flag',
      '--upload-url',
      URL_WITH_SIGNATURE,
      '--tus=https://tus.example.com/files/',
      '--key',
      'k.pem',
    ]);
    expect(await resolveSecretArguments(['--upload-url', URL_WITH_SIGNATURE], ['--upload-url'], { cwd: dir })).toEqual(['--upload-url', URL_WITH_SIGNATURE]);
  });

  it('refuses in one line: a missing or empty file, standard input twice, input longer than a link', async () => {
    const refused = async (argv: string[], stdin?: NodeJS.ReadableStream) => {
      const error = await resolveSecretArguments(argv, ['--upload-url', '--tus'], { cwd: dir, stdin }).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      return (error as Error).message;
    };
    writeFileSync(path.join(dir, 'empty.txt'), '\n');
    expect(await refused(['--upload-url', '@missing.txt'])).toBe('--upload-url: missing.txt: no such file');
    expect(await refused(['--upload-url', '@empty.txt'])).toBe('--upload-url: empty.txt is empty');
    expect(await refused(['--upload-url', '-', '--tus', '-'], Readable.from(['x\n']))).toBe('--tus: standard input is already read for --upload-url');
    expect(await refused(['--tus', '-'], Readable.from(['x'.repeat(70_000)]))).toMatch(/^--tus: standard input is longer than a link/);
  });
});

describe('zpb with secrets off the command line (real process)', () => {
  it('request create takes the presigned URL from standard input, and says so in --help', async () => {
    const keys = generateRequestKeys();
    writeFileSync(path.join(dir, 'key.pem'), keys.privateKeyPem, { mode: 0o600 });
    const run = await runWithInput(['request', 'create', '--key', 'key.pem', '--kid', 'desk-1', '--ticket', 'INC-5', '--upload-url', '-'], `${URL_WITH_SIGNATURE}\n`);
    expect(run.code, run.stderr).toBe(0);
    const link = run.stdout.trim().split('\n').at(-1)!;
    const claims = decodeJwt(new URL(link).searchParams.get('request')!);
    expect(claims.upload).toEqual({ kind: 's3-put', url: URL_WITH_SIGNATURE });
    const help = await runCli(['request', '--help'], { cwd: dir });
    expect(help.stdout).toContain('Either URL may be @FILE (read from that file) or - (read from standard');
  });

  it('collect and upload take the request link from a file; their --help says so', async () => {
    writeFileSync(path.join(dir, 'link.txt'), 'zoom-phone-bundle://collect?ticket=INC-6&action=sms\n');
    const out = path.join(dir, 'from-file.zip');
    const run = await runCli(['collect', '--no-probes', '--request-link', '@link.txt', '--out', out], { cwd: dir, env: { HOME: path.join(dir, 'home') } });
    expect(run.code, run.stderr).toBe(0);
    expect((await readVerifiedBundle(out)).manifest.request).toEqual({ ticket: 'INC-6' });
    for (const command of ['collect', 'upload']) {
      const help = await runCli([command, '--help'], { cwd: dir });
      expect(help.stdout, command).toMatch(/@FILE \(read from that file\) or - \(read from standard input\)/);
    }
  });
});
