// A file's text redacted through the bundle's RedactStream (its steps for tables, LDIF, encodings
// and the rules), written in `pieces` writes, read back as UTF-8: the per-file redaction tests share it.
import { RedactStream } from '../../src-main/redact/redact-stream.js';
import { Redactor, toLatin1Text, type RedactionSettings } from '../../src-main/redact/redactor.js';

/** `text` redacted as a bundle's file with the profile given (or this redactor), in `pieces` writes of latin1 text. */
export async function redactedStream(text: string, profile: RedactionSettings['profile'] | Redactor = 'standard', pieces = 1): Promise<string> {
  const stream = new RedactStream(profile instanceof Redactor ? profile : new Redactor({ profile }));
  const out: Buffer[] = [];
  stream.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => stream.on('end', resolve));
  const latin1 = toLatin1Text(text);
  const size = Math.max(1, Math.ceil(latin1.length / pieces));
  for (let i = 0; i < latin1.length; i += size) stream.write(latin1.slice(i, i + size));
  stream.end();
  await done;
  return Buffer.concat(out).toString('utf8');
}
