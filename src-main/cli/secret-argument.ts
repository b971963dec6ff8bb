/**
 * Flags whose values are secrets (a presigned URL's signature, a signed request link): other local
 * users can read a process's arguments (ps, /proc/PID/cmdline), so such a value may also be given
 * as `@FILE` (read from that file) or `-` (read from standard input), never only on the command
 * line. The value is the file's or input's first line, trimmed; a URL never starts with "@" or "-".
 */
import { readRegularFile, RegularFileError } from '../platform/regular-file.js';
import { resolveFromCwd } from './cli-path.js';
import { UsageError } from './usage-error.js';

/** A link or URL is a line; anything longer is not one. */
const MAX_SECRET_BYTES = 64 * 1024;


/** Where a secret may be read from. */
export interface SecretSources {
  cwd: string | undefined;
  stdin?: NodeJS.ReadableStream;
}

/** The first line of `text`, trimmed; refused when empty. */
function firstLine(flag: string, text: string, from: string): string {
  const line = text.split(/\r?\n/, 1)[0]!.trim();
  if (line === '') throw new UsageError(`${flag}: ${from} is empty`);
  return line;
}

async function readStdin(flag: string, stdin: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stdin) throw new UsageError(`${flag}: standard input cannot be read here`);
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stdin as AsyncIterable<Buffer | string>) {
    const piece = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(piece);
    bytes += piece.length;
    if (bytes > MAX_SECRET_BYTES) throw new UsageError(`${flag}: standard input is longer than a link (over ${MAX_SECRET_BYTES} bytes)`);
  }
  return firstLine(flag, Buffer.concat(chunks).toString('utf8'), 'standard input');
}

async function readFile(flag: string, name: string, cwd: string | undefined): Promise<string> {
  const file = resolveFromCwd(cwd, name, flag);
  try {
    return firstLine(flag, (await readRegularFile(file, MAX_SECRET_BYTES)).toString('utf8'), name);
  } catch (error) {
    if (error instanceof RegularFileError) throw new UsageError(`${flag}: ${name}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    throw error;
  }
}

/**
 * `argv` with the values of `flags` given as `@FILE` or `-` replaced by what they name (both the
 * `--flag VALUE` and `--flag=VALUE` forms). Standard input can be read for one flag only.
 */
export async function resolveSecretArguments(argv: readonly string[], flags: readonly string[], sources: SecretSources): Promise<string[]> {
  const out = [...argv];
  let stdinUsedBy: string | undefined;
  const resolve = async (flag: string, value: string): Promise<string> => {
    if (value === '-') {
      if (stdinUsedBy) throw new UsageError(`${flag}: standard input is already read for ${stdinUsedBy}`);
      stdinUsedBy = flag;
      return readStdin(flag, sources.stdin);
    }
    return value.startsWith('@') ? readFile(flag, value.slice(1), sources.cwd) : value;
  };
  for (let i = 0; i < out.length; i++) {
    const arg = out[i]!;
    if (arg === '--') break;
    const flag = flags.find((f) => arg === f || arg.startsWith(`${f}=`));
    if (!flag) continue;
    if (arg === flag) {
      if (i + 1 < out.length) out[i + 1] = await resolve(flag, out[i + 1]!);
      i++;
    } else out[i] = `${flag}=${await resolve(flag, arg.slice(flag.length + 1))}`;
  }
  return out;
}
