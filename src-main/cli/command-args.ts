/**
 * A command's flags and positionals through node:util's parseArgs, strict, with a parse failure
 * turned into one usage line in words (exit 2) instead of parseArgs' own multi-line error. A value
 * that starts with "-" ("--log-window -1") is taken as the flag's value, so the flag's own check
 * says what values are allowed, instead of parseArgs' "argument is ambiguous".
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Whether `token` names one of the options ("--out", "--out=x", "-h"). */
function isOption(token: string, options: Options): boolean {
  if (token.startsWith('--')) return Object.hasOwn(options, token.slice(2).split('=')[0]!);
  return token.length === 2 && Object.values(options).some((o) => o.short === token[1]);
}

/** `--flag -1` as `--flag=-1` for flags that take a value, when "-1" is not itself an option. */
function joinDashValues(argv: readonly string[], options: Options): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    const next = argv[i + 1];
    const name = token.startsWith('--') && !token.includes('=') ? token.slice(2) : undefined;
    if (token === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (name && options[name]?.type === 'string' && next !== undefined && next.startsWith('-') && next !== '--' && !isOption(next, options)) {
      out.push(`${token}=${next}`);
      i++;
    } else out.push(token);
  }
  return out;
}

/** parseArgs' error in words: which option or argument, and where to look. */
function parseProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'(-[^' ]+)/.exec(message)?.[1] ?? /'([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) return `${quoted}: needs a value (--help says what it takes)`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) return `unknown option ${quoted} (--help lists the options)`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && quoted) return `unexpected argument "${quoted}" (--help shows what this command takes)`;
  return message.split('\n')[0] ?? 'bad arguments';
}

export function parseCommandArgs<const O extends Options, const P extends boolean = true>(argv: string[], options: O, allowPositionals: P = true as P) {
  try {
    return parseArgs({ args: joinDashValues(argv, options), options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(parseProblem(error));
  }
}
