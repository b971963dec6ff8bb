/**
 * Kubernetes Secret manifests: every value under `data:` (base64) or `stringData:` of a `kind:
 * Secret` is a secret whatever its key (username, host, tls.crt, .dockerconfigjson), in block
 * YAML and in JSON (kubectl get secret -o json). Found from the key rule's `data`/`stringData`
 * key (keyed-values.ts: no new start in the scan); the manifest's kind is read around it.
 */
import { simple, type MatchContext } from './rule-types.js';

/** How far back and ahead the manifest's `kind` is looked for. */
const REACH = 8192;

/** `kind: Secret` on a line of its own (YAML) or as a JSON member. */
const KIND_SECRET = /(?:^|\n)[ \t]*["']?kind["']?[ \t]*:[ \t]*["']?Secret["']?[ \t]*,?[ \t]*\r?$|"kind"[ \t]*:[ \t]*"Secret"/m;

/** The column a line's key starts at, past its indentation and list markers ("  - data:" -> 4), or -1 for a blank or comment line. */
function keyColumn(line: string): number {
  const lead = /^(?:[ \t]*-[ \t]+)*[ \t]*/.exec(line)![0].length;
  return lead === line.length || line[lead] === '#' ? -1 : lead;
}

/** The `kind` of the YAML mapping the key on the last line of `before` belongs to (keys at its column, up to where the mapping ends), or null. */
function ownYamlKind(before: string, after: string): string | null {
  const lines = before.split('\n');
  const keyLine = lines.pop()!;
  const column = keyColumn(keyLine);
  const kindOf = (line: string) => (keyColumn(line) === column ? /^(?:[ \t]*-[ \t]+)*[ \t]*["']?kind["']?[ \t]*:[ \t]*["']?([A-Za-z]+)/.exec(line)?.[1] ?? null : null);
  // Back to the line that starts this mapping (a list item's "- ") or a parent key; ahead to the next item or parent.
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const at = keyColumn(line);
    if (at < 0) continue;
    if (at < column) break;
    const kind = kindOf(line);
    if (kind) return kind;
    if (at === column && /^[ \t]*-[ \t]/.test(line)) break;
  }
  for (const line of after.split('\n').slice(1)) {
    const at = keyColumn(line);
    if (at < 0) continue;
    if (at < column || (at === column && /^[ \t]*-[ \t]/.test(line))) break;
    const kind = kindOf(line);
    if (kind) return kind;
  }
  return null;
}

/**
 * True when the key belongs to a Secret: in YAML the `kind` of its own mapping (kubectl's `kind:
 * List` holds Secrets and ConfigMaps side by side, each item's `kind` after its `data`); in JSON
 * the document around it, back to the previous `---` and ahead to the next.
 */
function isSecretManifest(c: MatchContext, flow: boolean): boolean {
  const before = c.contextBefore(REACH);
  const after = c.textAfter(0, REACH);
  if (!flow) return ownYamlKind(before, after) === 'Secret';
  const start = before.lastIndexOf('\n---');
  const end = after.search(/\n---/);
  return KIND_SECRET.test(start < 0 ? before : before.slice(start + 4)) || KIND_SECRET.test(end < 0 ? after : after.slice(0, end));
}

/** One child line of the block: indentation, key and separator, then its value. */
const CHILD = /^([ \t]+["']?[^\s:"']+["']?[ \t]*:[ \t]*)(.*)$/;

/** The block under the key: lines indented more than the key's line (blank lines inside kept). */
function blockLines(c: MatchContext, head: string): { lines: string[]; length: number } | null {
  const keyLine = c.contextBefore(400);
  const keyIndent = /(?:^|\n)([ \t]*)[^\n]*$/.exec(keyLine)![1]!.length;
  const after = c.textAfter(head.length, 64 * 1024);
  const lines: string[] = [];
  let length = 0;
  for (const line of after.split('\n')) {
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (line.trim() !== '' && indent <= keyIndent) break;
    lines.push(line);
    length += line.length + 1;
  }
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') length -= lines.pop()!.length + 1;
  if (lines.length === 0) return null;
  return { lines, length: Math.min(length - 1, after.length) };
}

/** A YAML block of `key: value` children: each value one secret, a child's block scalar (`config.yaml: |`) one secret on one line. */
function replaceBlock(c: MatchContext, head: string): string | null {
  const block = blockLines(c, head);
  if (!block) return null;
  const { lines } = block;
  const out: string[] = [];
  let childIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = /^[ \t]*/.exec(line)![0].length;
    const cr = line.endsWith('\r') ? '\r' : '';
    const child = CHILD.exec(line.slice(0, line.length - cr.length));
    if (childIndent < 0 && child) childIndent = indent;
    if (!child || indent !== childIndent) {
      out.push(line);
      continue;
    }
    const value = child[2]!.replace(/[ \t]+$/, '');
    if (/^[|>][-+]?$/.test(value)) {
      let j = i + 1;
      while (j < lines.length && (lines[j]!.trim() === '' || /^[ \t]*/.exec(lines[j]!)![0].length > indent)) j++;
      const body = lines.slice(i + 1, j).join('\n').replace(/\s+$/, '');
      out.push(line);
      if (body.trim()) {
        const pad = /^[ \t]*/.exec(body)![0];
        out.push(`${pad}${simple(c, 'secret', body.slice(pad.length))}${cr}`);
      }
      i = j - 1;
      continue;
    }
    const quoted = /^(["'])(.*)\1$/.exec(value);
    const inner = quoted ? quoted[2]! : value;
    const quote = quoted ? quoted[1]! : '';
    out.push(inner === '' ? line : `${child[1]}${quote}${simple(c, 'secret', inner)}${quote}${child[2]!.slice(value.length)}${cr}`);
  }
  c.coverAfter(head.length + block.length);
  return `${c.group(0)}${head}${out.join('\n')}`;
}

/** A JSON object after the key ("data": {"username": "YWRtaW4=", ...}): every string member's value one secret. */
function replaceFlow(c: MatchContext, head: string): string | null {
  const after = c.textAfter(head.length, 64 * 1024);
  const end = after.indexOf('}');
  if (end < 0) return null;
  const body = after.slice(0, end + 1);
  let found = false;
  const replaced = body.replace(/("[^"\\\r\n]+"[ \t]*:[ \t]*")((?:[^"\\\r\n]|\\.)+)"/g, (_, key: string, value: string) => {
    found = true;
    return `${key}${simple(c, 'secret', value)}"`;
  });
  if (!found) return null;
  c.coverAfter(head.length + body.length);
  return `${c.group(0)}${head}${replaced}`;
}

/**
 * The values under a Secret's `data:` or `stringData:` key, or null when the key has no block
 * or object after it, or its manifest is no Secret (a ConfigMap's data stays).
 */
export function replaceSecretManifest(c: MatchContext): string | null {
  const head = /^["']?[ \t]*(?:\r?\n|\{)/.exec(c.textAfter(0, 8));
  if (!head || !isSecretManifest(c, head[0].endsWith('{'))) return null;
  if (head[0].endsWith('{')) return replaceFlow(c, head[0].slice(0, -1));
  return replaceBlock(c, head[0]);
}
