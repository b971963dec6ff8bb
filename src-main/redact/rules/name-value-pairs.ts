/**
 * Name/value pairs: objects whose key is in one field and the value in another. HAR headers,
 * cookies, query strings and form params ({"name": "Authorization", "value": ...}), Postman
 * environments ({"key": "client_secret", "value": ..., "type": "secret"}), AWS tags ({"Key":
 * "Owner", "Value": ...}), Kubernetes env lists ("- name: DB_PASSWORD" then "value: ...", either
 * order, block or flow YAML), Terraform state ("db_password": {"value": ..., "sensitive": true}).
 *
 * Found from the key rule's "value" key (keyed-values.ts: no new start in the scan): the object
 * around it is read from the text (its fields before and after, in JSON or YAML), and the value is
 * judged by the name field's meaning (pair-keys.ts), exactly as if it were `name: value`.
 */
import { cookieValues, looksLikeCookieString } from '../cookie-values.js';
import { pairKind, type PairKind } from '../pair-keys.js';
import { keyedValue, tokenKeyValue } from '../redaction-keys.js';
import { simple, type MatchContext } from './rule-types.js';

/** How the key rule replaces a pair's value: the placeholder of a value, and whether a bare value runs on over spaces. */
export interface PairValue {
  placeholder: (value: string) => string | null;
  words: boolean;
}

/** How far around a "value" key its object is read. */
const REACH = 2048;

/** Fields that name the value of their object, most telling first. */
const NAME_FIELDS = ['name', 'key', 'label', 'field', 'attribute', 'attr', 'property', 'param', 'parameter', 'header', 'variable', 'var', 'setting', 'option'];

/** Fields of a HAR cookie object (and of a browser's cookie export) beside its name and value. */
const COOKIE_FIELDS = /^(?:httponly|samesite|domain|expires|expirationdate|hostonly|secure|path)$/;

/** Cookie values that hold nothing. */
const EMPTY_COOKIE = /^(?:deleted|null|undefined)?$/;

/** One field of a flat object: key, then a quoted or bare value. */
const FIELD = /(?:^|[{,\s])["']?([A-Za-z_][\w.-]{0,63})["']?[ \t]*:[ \t]*(?:"((?:[^"\\\r\n]|\\.)*)"|'([^'\r\n]*)'|([^\s,{}[\]"'][^,{}\r\n]*))/g;

/** An unclosed HAR or browser "cookies": [ array before the value. */
const IN_COOKIES_ARRAY = /"cookies"[ \t]*:[ \t]*\[[^\]]*$/;

/** A key whose value is an object: its line's end ("db_password": {, db:). */
const PARENT_KEY = /["']?([\w.-]{1,80})["']?[ \t]*:[ \t]*\{?[ \t]*\r?$/;

/** The fields of flat object text, keys folded to lower case (first one wins). */
function fields(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(FIELD)) {
    const key = m[1]!.toLowerCase();
    if (!found.has(key)) found.set(key, (m[2] ?? m[3] ?? m[4] ?? '').trim());
  }
  return found;
}

/** The start of the innermost '{' left open at the end of `text` (strings skipped roughly), or -1. */
function openBrace(text: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '}' || ch === ']') depth++;
    else if (ch === '{' || ch === '[') {
      if (depth === 0) return ch === '{' ? i : -1;
      depth--;
    }
  }
  return -1;
}

/** The end of the object that `text` continues (the first '}' or ']' not inside a string or a nested object), or the text's length. */
function closeBrace(text: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote || ch === '\n') quote = '';
    } else if (ch === '"') quote = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.length;
}

/** The object around the value: its fields before and after it, and the key it sits under. */
interface PairObject {
  siblings: Map<string, string>;
  /** The key the object itself is the value of ("db_password": {"value": ...}), or ''. */
  parentKey: string;
  inCookies: boolean;
}

/** A JSON or flow-YAML object ({...}) around the value. */
function flowObject(before: string, after: string): PairObject | null {
  const open = openBrace(before);
  if (open < 0) return null;
  const head = before.slice(open + 1);
  const tail = after.slice(0, closeBrace(after));
  const siblings = fields(head);
  // The value's own text is in `tail` first: skip to the first field after it.
  const rest = /^[ \t]*(?:"(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*'|[^,}\r\n]*)/.exec(tail)![0];
  for (const [key, value] of fields(tail.slice(rest.length))) if (!siblings.has(key)) siblings.set(key, value);
  const parent = PARENT_KEY.exec(before.slice(Math.max(0, open - 100), open + 1));
  return { siblings, parentKey: parent?.[1] ?? '', inCookies: IN_COOKIES_ARRAY.test(before) };
}

/** A block-YAML mapping around the value (Kubernetes' env list): the lines at the value key's indentation. */
function blockObject(before: string, after: string): PairObject | null {
  const lineStart = before.lastIndexOf('\n') + 1;
  const keyLine = /^([ \t]*)(-[ \t]+)?["']?(?:value|Value|VALUE)["']?[ \t]*$/.exec(before.slice(lineStart));
  if (!keyLine) return null;
  const column = keyLine[1]!.length + (keyLine[2]?.length ?? 0);
  const lines: string[] = [];
  let parentKey = '';
  // Upwards: the lines at the same column, up to the one with the item's '-' or the parent key.
  if (!keyLine[2]) {
    const above = before.slice(0, Math.max(0, lineStart - 1)).split('\n').reverse();
    for (const line of above) {
      const m = /^([ \t]*)(-[ \t]+)?(\S?)/.exec(line)!;
      if (!m[3]) continue;
      const indent = m[1]!.length;
      if (m[2] && indent + m[2].length === column) {
        lines.push(line.slice(column));
        break;
      }
      if (indent < column) {
        parentKey = m[2] ? '' : (PARENT_KEY.exec(line)?.[1] ?? '');
        break;
      }
      if (indent === column && !m[2]) lines.push(line.slice(column));
    }
  }
  // Downwards: the lines after the value's at the same column, without a '-' of their own.
  const below = after.split('\n').slice(1);
  for (const line of below) {
    const m = /^([ \t]*)(\S?)/.exec(line)!;
    if (!m[2]) continue;
    if (m[1]!.length !== column || m[2] === '-') {
      if (m[1]!.length < column) break;
      continue;
    }
    lines.push(line.slice(column));
  }
  return { siblings: fields(lines.map((line) => `\n${line}`).join('')), parentKey, inCookies: IN_COOKIES_ARRAY.test(before) };
}

/** An Authorization value: its scheme stays ("Bearer <auth-1>"); a Digest's parameters are left to the key rule. */
function authValue(c: MatchContext, value: string): string | null {
  const scheme = /^([A-Za-z][\w-]*)([ \t]+)(\S+)$/.exec(value);
  if (scheme) return /^digest$/i.test(scheme[1]!) ? null : `${scheme[1]}${scheme[2]}${simple(c, 'auth', scheme[3]!)}`;
  return /\s/.test(value) ? null : simple(c, 'auth', value);
}

/** The placeholder of a value of this kind (null: it does not fit, the other rules look at it). */
function judge(c: MatchContext, kind: PairKind, value: string): string | null {
  switch (kind) {
    case 'secret':
      return simple(c, 'secret', value);
    case 'token':
      return tokenKeyValue(value) ? simple(c, 'secret', value) : null;
    case 'cookie':
      return looksLikeCookieString(value) ? cookieValues(value, c.placeholders) : simple(c, 'cookie', value);
    case 'auth':
      return authValue(c, value);
    default:
      return c.profile === 'minimal' ? null : keyedValue(kind, value, c.placeholders);
  }
}

/**
 * How to replace the value after a "value" key, judged by its object (see the file comment), or
 * null when nothing around it says it is private.
 */
export function pairValue(c: MatchContext): PairValue | null {
  const before = c.contextBefore(REACH);
  const after = c.textAfter(0, REACH);
  const object = blockObject(before, after) ?? flowObject(before, after) ?? queryPair(before);
  if (!object) return null;
  const { siblings } = object;
  let kind: PairKind | null = null;
  // Postman's secret variables and Terraform's sensitive values say so themselves.
  if (siblings.get('type') === 'secret' || siblings.get('sensitive') === 'true') kind = 'secret';
  else if (siblings.has('name') && (object.inCookies || [...siblings.keys()].some((key) => COOKIE_FIELDS.test(key)))) {
    // A cookie of a HAR "cookies" list or a browser's cookie export: its value goes whatever its name.
    return { placeholder: (value) => (EMPTY_COOKIE.test(value) ? null : simple(c, 'cookie', value)), words: false };
  }
  if (kind === null) {
    const nameField = NAME_FIELDS.find((field) => siblings.has(field));
    const name = nameField !== undefined ? siblings.get(nameField)! : object.parentKey;
    kind = name ? pairKind(name) : null;
  }
  if (kind === null) return null;
  const chosen = kind;
  const words = chosen === 'name' || chosen === 'address' || chosen === 'phone';
  return { placeholder: (value) => judge(c, chosen, value), words };
}


/** The value of a "name" key, and what follows it up to its object's end. */
const NAME_FIELD_VALUE = /^[ \t]*(?:"(?:[^"\\\r\n]|\\.){1,128}"|'[^'\r\n]{1,128}'|[^\s,{}"'[\]][^\r\n,{}]{0,127})/;
/** A "value" key after the name in the same object (JSON, flow or block YAML, a form body). */
const VALUE_AFTER = /^(?:[^{}[\]\r\n]|\r?\n(?![ \t]*-[ \t])){0,400}?(?:^|[\s{,;&"'])["']?(?:value|Value|VALUE)["']?[ \t]*[:=]/;
/** A "value" key before the name in the same object. */
const VALUE_BEFORE = /(?<=(?:^|[\s{,;&"'])["']?(?:value|Value|VALUE)["']?[ \t]*[:=](?:[^{}[\]\r\n]|\r?\n){0,400})/y;

/**
 * The name field of a name/value pair ({"name": "Content-Type", "value": ...}) is a key, not a
 * person: kept as written (and covered, so no name rule reads "Content-Type" or "Referer" after
 * the word "name" as someone's name). Null when no "value" key shares its object.
 */
export function keepPairName(c: MatchContext): string | null {
  const value = NAME_FIELD_VALUE.exec(c.textAfter(0, 160));
  if (!value) return null;
  const rest = c.textAfter(value[0].length, 480);
  if (!VALUE_AFTER.test(rest) && c.execHere(VALUE_BEFORE) === null) return null;
  c.coverAfter(value[0].length);
  return `${c.group(0)}${value[0]}`;
}

/** A form or query string's name=...&value=... pair. */
function queryPair(before: string): PairObject | null {
  const m = /(?:^|[?&;\s])name=([^&=\s]{1,64})&(?:amp;)?value$/i.exec(before);
  return m ? { siblings: new Map([['name', decodeURIComponentSafe(m[1]!)]]), parentKey: '', inCookies: false } : null;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
