/**
 * `zpb request keygen --out DIR` and `zpb request create ...`: the help desk's side of signed
 * requests. keygen writes an Ed25519 key pair (the private key mode 0600, never replaced); create
 * signs a request and prints its link as the last line of stdout.
 */
import { localDateTimeFromNow } from '../../src-shared/local-time.js';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { keyIdSchema } from '../../src-shared/org-policy.js';
import { printable } from '../../src-shared/printable-text.js';
import { signedRequestLink } from '../../src-shared/signed-request.js';
import { presignedExpiry } from '../../src-shared/presigned-expiry.js';
import { destinationProblem, destinationUrl, isLoopbackHost, type UploadDestination } from '../../src-shared/upload-destination.js';
import { currentEnvironment } from '../platform/environment.js';
import { loadPolicy } from '../platform/load-policy.js';
import { readRegularFile, RegularFileError } from '../platform/regular-file.js';
import { generateRequestKeys, signRequest } from '../requests/sign-request.js';
import { CLOCK_SKEW_SECONDS } from '../requests/verify-request.js';
import type { CliIo } from './cli-io.js';
import { resolveFromCwd } from './cli-path.js';
import { checkOutputFlag, writeOutputFlag } from './output-flag.js';
import { parsePositiveNumber } from './number-flag.js';
import { keyFingerprint } from './policy-command.js';
import { EXIT } from './cli-io.js';
import { UsageError } from './usage-error.js';
import { parseCommandArgs } from './command-args.js';
import { resolveSecretArguments } from './secret-argument.js';

export const REQUEST_USAGE = `Usage: zpb request keygen --out DIR
       zpb request create --key FILE --kid ID --ticket REF [options]

keygen writes DIR/request-key.pem (the private key, mode 0600: keep it on the help desk) and
DIR/request-key.pub.pem (add it to the organisation policy's trustedRequestKeys under its key id).
It never replaces either file: when one exists, choose another folder.

create signs a request with the private key and prints the link as the last line of stdout:
  --key FILE            the private key from keygen
  --kid ID              the key id the policy lists the public key under
  --ticket REF          the help-desk ticket reference
  --helpdesk NAME       who asks (shown to the user)
  --return ADDRESS      mailto: address or https:// page to tell the user
  --upload-url URL      send the bundle with a presigned S3 PUT to URL: one object, so one
                        answer. The PUT is conditional (If-None-Match: *): a second person or
                        computer using the link is told it was already answered and keeps
                        their bundle; nothing received is overwritten
  --tus URL             send the bundle to a tus 1.0 endpoint (resumable). Every answer is its
                        own upload: use this for a request many people may answer
                        Either URL may be @FILE (read from that file) or - (read from standard
                        input): other users can see command-line arguments, and a presigned
                        URL's signature is a secret
  --expires DURATION    how long the link stays valid: 30m, 72h, 7d (default 72h, at most 30d)
  --action ACTION       pre-fill what failed
  --scope SCOPE         pre-fill who is affected
  --network NETWORK     pre-fill the network
  --redaction PROFILE   standard, strict or minimal
  --no-probes           ask for no network probes
  --log-window HOURS    Zoom logs from this many hours before the incident
  --admin               offer admin-level choices
  -h, --help            show this help
`;

const CREATE_OPTIONS = {
  key: { type: 'string' },
  kid: { type: 'string' },
  ticket: { type: 'string' },
  helpdesk: { type: 'string' },
  return: { type: 'string' },
  'upload-url': { type: 'string' },
  tus: { type: 'string' },
  expires: { type: 'string' },
  action: { type: 'string' },
  scope: { type: 'string' },
  network: { type: 'string' },
  redaction: { type: 'string' },
  'no-probes': { type: 'boolean', default: false },
  'log-window': { type: 'string' },
  admin: { type: 'boolean', default: false },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const PRIVATE_NAME = 'request-key.pem';
const PUBLIC_NAME = 'request-key.pub.pem';
const MAX_VALID_SECONDS = 30 * 24 * 3600;
const UNIT_SECONDS: Record<string, number> = { m: 60, h: 3600, d: 86400 };

/** --expires "72h" as seconds: whole minutes, hours or days, at most 30 days. */
export function parseDuration(value: string): number {
  const match = /^(\d{1,4})([mhd])$/.exec(value.trim());
  const seconds = match ? Number(match[1]) * UNIT_SECONDS[match[2]!]! : 0;
  if (!match || seconds <= 0) throw new UsageError(`--expires: expected a duration such as 30m, 72h or 7d, got "${value}"`);
  if (seconds > MAX_VALID_SECONDS) throw new UsageError(`--expires: ${value} is longer than the limit of 30d`);
  return seconds;
}

/** The upload flag as a destination; https only, or http to this machine (tests). */
function uploadOf(values: { 'upload-url'?: string; tus?: string }): UploadDestination | undefined {
  if (values['upload-url'] !== undefined && values.tus !== undefined) throw new UsageError('request create: give --upload-url or --tus, not both');
  const [flag, text] = values['upload-url'] !== undefined ? ['--upload-url', values['upload-url']] : values.tus !== undefined ? ['--tus', values.tus] : [];
  if (!flag || text === undefined) return undefined;
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname)))) throw new UsageError(`${flag}: expected an https:// URL`);
  return flag === '--tus' ? { kind: 'tus', endpoint: text } : { kind: 's3-put', url: text };
}

/**
 * What the help desk should know before sending the link: a destination this organisation's policy
 * refuses (the user's app will refuse it too), and an upload URL that stops working before the link does.
 */
async function destinationWarnings(upload: UploadDestination, linkExpires: Date, io: CliIo): Promise<string[]> {
  const warnings: string[] = [];
  const problem = destinationProblem(upload, await loadPolicy(io.environment ?? currentEnvironment()));
  if (problem) warnings.push(`${problem} Computers under this policy will refuse to send there; add the host to allowedUploadHosts or use another destination.`);
  const urlExpires = upload.kind === 's3-put' ? presignedExpiry(destinationUrl(upload)) : undefined;
  if (urlExpires && urlExpires.getTime() < linkExpires.getTime()) {
    warnings.push(`the presigned upload URL expires at ${urlExpires.toISOString()}, before the link (${linkExpires.toISOString()}): anyone answering after that cannot send; presign it for longer or shorten --expires.`);
  }
  return warnings;
}

async function keygen(out: string | undefined, io: CliIo): Promise<number> {
  if (!out) throw new UsageError('request keygen: name the folder for the keys (--out DIR)');
  const folder = resolveFromCwd(io.cwd, out, '--out');
  await fs.mkdir(folder, { recursive: true, mode: 0o700 }).catch(() => {
    throw new UsageError(`--out: cannot create the folder ${folder}`);
  });
  const keys = generateRequestKeys();
  const privatePath = path.join(folder, PRIVATE_NAME);
  const publicPath = path.join(folder, PUBLIC_NAME);
  // Neither file is ever replaced (the private key may be the only copy of one the policy trusts),
  // nor written through a link, FIFO or device: both are checked before either is written.
  const keep = { replaceHint: 'choose another folder' };
  for (const file of [privatePath, publicPath]) await checkOutputFlag('--out', file, keep);
  await writeOutputFlag('--out', privatePath, keys.privateKeyPem, { ...keep, mode: 0o600 });
  try {
    await writeOutputFlag('--out', publicPath, keys.publicKeyPem, keep);
  } catch (error) {
    await fs.rm(privatePath, { force: true });
    throw error;
  }
  io.stdout.write(`Private key (keep it on the help desk): ${privatePath}\nPublic key for the policy's trustedRequestKeys: ${publicPath} (${keyFingerprint(keys.publicKeyPem)})\n`);
  return EXIT.ok;
}

async function create(values: Partial<Record<keyof typeof CREATE_OPTIONS, string | boolean>>, io: CliIo): Promise<number> {
  const text = (name: keyof typeof CREATE_OPTIONS) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const keyFile = text('key');
  if (!keyFile) throw new UsageError('request create: name the private key (--key FILE)');
  const kid = keyIdSchema.safeParse(text('kid'));
  if (!kid.success) throw new UsageError(`--kid: ${text('kid') === undefined ? 'name the key id the policy lists the public key under' : kid.error.issues[0]?.message}`);
  const validFor = parseDuration(text('expires') ?? '72h');
  const upload = uploadOf({ 'upload-url': text('upload-url'), tus: text('tus') });
  const logWindowHours = parsePositiveNumber('--log-window', text('log-window'), 24 * 366);
  let privateKeyPem: string;
  try {
    privateKeyPem = (await readRegularFile(resolveFromCwd(io.cwd, keyFile, '--key'), 64 * 1024)).toString('utf8');
  } catch (error) {
    if (error instanceof RegularFileError) throw new UsageError(`--key: ${keyFile}: ${error.message}`);
    throw error;
  }
  const claims = {
    ticket: text('ticket'),
    helpdesk: text('helpdesk'),
    returnTo: text('return'),
    action: text('action'),
    scope: text('scope'),
    network: text('network'),
    redaction: text('redaction'),
    ...(values['no-probes'] ? { probes: false } : {}),
    ...(logWindowHours !== undefined ? { logWindowHours } : {}),
    ...(values.admin ? { admin: true } : {}),
    ...(upload ? { upload } : {}),
  };
  const now = (io.environment ?? currentEnvironment()).now();
  let token: string;
  try {
    token = await signRequest({ privateKeyPem, kid: kid.data, claims: claims as Parameters<typeof signRequest>[0]['claims'], now, validForSeconds: validFor });
  } catch (error) {
    if (error instanceof z.ZodError) {
      const issue = error.issues[0];
      const field = String(issue?.path[0] ?? 'request');
      throw new UsageError(`--${field === 'returnTo' ? 'return' : field}: ${issue?.message ?? 'invalid'}`);
    }
    throw new UsageError(`--key: ${keyFile} is not an Ed25519 private key (PEM, from zpb request keygen)`);
  }
  const expiresAt = new Date(now.getTime() + validFor * 1000);
  // In this computer's time, with how far away it is: never a raw ISO time.
  const expires = localDateTimeFromNow(expiresAt, now, { showZone: true });
  const minutes = CLOCK_SKEW_SECONDS / 60;
  io.stderr.write(
    `${printable(
      `Signed request for ticket ${claims.ticket}, key ${kid.data}, valid until ${expires}; ` +
        `a computer whose clock is off by up to ${minutes} minutes still accepts it ${minutes} minutes longer` +
        `${upload ? `; sending to ${destinationUrl(upload).host}` : ''}.`,
    )}\n`,
  );
  for (const warning of upload ? await destinationWarnings(upload, expiresAt, io) : []) io.stderr.write(`zpb: warning: ${printable(warning)}\n`);
  io.stdout.write(`${signedRequestLink(token)}\n`);
  return EXIT.ok;
}

/** Runs `zpb request`; returns the exit code. */
export async function runRequest(given: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(await resolveSecretArguments(given, ['--upload-url', '--tus'], io), CREATE_OPTIONS);
  const [action, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    io.stdout.write(REQUEST_USAGE);
    return EXIT.ok;
  }
  if (extra.length > 0) throw new UsageError(`request: unexpected "${extra[0]}"`);
  if (action === 'keygen') return keygen(parsed.values.out, io);
  if (action === 'create') return create(parsed.values, io);
  throw new UsageError('request: expected "zpb request keygen --out DIR" or "zpb request create ..." (zpb request --help)');
}
