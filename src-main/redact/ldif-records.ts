/**
 * LDIF (RFC 2849) records, as ldapsearch, ldifde and directory exports write them: from a `dn:` line
 * to the next empty line, `attr: value`, `attr:: base64`, values folded over lines that start with
 * one space. The attribute decides (pair-keys.ts, plus the directory's own names below): cn, sn,
 * givenName and displayName are names, uid an account, telephoneNumber and mobile phone numbers,
 * street, l and postalAddress places, userPassword a secret ({SSHA}, {CRYPT}$6$..., $2b$...).
 * Base64 values are decoded and judged by the same attribute; binary values of photos and
 * certificates go whole. Names inside DNs (cn=Jane Doe,ou=People,dc=example,dc=com) go, the
 * directory's structure (ou, dc, o) stays.
 *
 * Lines are judged one piece of the stream at a time (pieces hold whole lines): a record's state
 * carries over, so a photo folded over a piece's end still goes. Whether a file is LDIF is read once,
 * from its first piece (a `dn:` or `version: 1` line), as CSV headers are: a test of every 64 KiB of
 * every log for a `dn:` line cost 2-3 ms per 8 MB, over the speed budget for a kind.
 */
import { pairKind, type PairKind } from './pair-keys.js';
import type { PlaceholderIssuer } from './placeholders.js';
import { keyedValue } from './redaction-keys.js';
import { simplePlaceholder } from './typed-placeholders.js';

/** Attributes whose value is binary and personal (a face, a certificate naming its holder): replaced whole. */
const BINARY = new Set(['jpegphoto', 'photo', 'thumbnailphoto', 'thumbnaillogo', 'usercertificate', 'usersmimecertificate', 'userpkcs12', 'audio', 'msexchblockedsendershash', 'mssfu30password']);
/** Attributes holding DNs: the names in them go. */
const DN_VALUED = new Set(['dn', 'manager', 'member', 'uniquemember', 'memberof', 'owner', 'secretary', 'seealso', 'distinguishedname', 'directreports', 'roleoccupant', 'modifiersname', 'creatorsname']);
/** Directory identifiers without a key list of their own. */
const IDS = new Set(['employeenumber', 'employeeid', 'carlicense', 'licenseplate']);
/** RDN types whose value names a person or an account. */
const DN_PERSON: Record<string, 'name' | 'user'> = { cn: 'name', uid: 'user', userid: 'user', sn: 'name', givenname: 'name', displayname: 'name', samaccountname: 'user', mail: 'user' };

/** One attribute line: its type (with options such as ;binary), ':' or '::' or ':<', the value. */
const ATTRIBUTE_LINE = /^([A-Za-z][\w-]*(?:;[\w-]+)*)(::?|:<)[ ]?(.*)$/;

/** What an attribute's value is. */
type LdifKind = PairKind | 'binary' | 'dn' | 'id';

/** A DN under a container of groups, roles, machines or services (ou=Groups, CN=Computers, ou=Service Accounts). */
const NOBODY_CONTAINER = /[,;][ ]*(?:ou|cn)=(?:groups?|roles?|security groups|distribution lists?|teams|queues|computers|devices|machines|servers|printers|resources|rooms|services|service accounts|applications|apps|builtin)[ ]*(?:[,;]|$)/i;
/** The object classes of groups, machines and services (a record may say so only after its dn line). */
const NOBODY_CLASS = /^objectClass: *(?:group|groupOfNames|groupOfUniqueNames|posixGroup|groupOfURLs|organizationalRole|computer|device|ieee802Device|ipHost|applicationProcess|msDS-GroupManagedServiceAccount)\s*$/i;
/** The attributes that name the entry itself: no person's name in such a record. */
const NOBODY_NAMES = new Set(['cn', 'displayname', 'name', 'description']);

function attributeKind(type: string): LdifKind | null {
  const base = type.split(';')[0]!.toLowerCase();
  if (BINARY.has(base) || type.toLowerCase().includes(';binary')) return 'binary';
  if (DN_VALUED.has(base)) return 'dn';
  if (IDS.has(base)) return 'id';
  if (base === 'mail' || base === 'o' || base === 'ou' || base === 'dc' || base === 'objectclass') return null;
  return pairKind(base);
}

/** Printable text (latin1 bytes of UTF-8): no control characters but tab. */
const PRINTABLE = /^[^\x00-\x08\x0a-\x1f\x7f]*$/;

/** Finds and replaces the private values of LDIF records in a stream of whole lines. */
export class LdifRecords {
  private state: 'unknown' | 'ldif' | 'other' = 'unknown';
  private inRecord = false;
  /** The attribute whose folded continuation lines are dropped (its value was replaced whole). */
  private folding = false;
  /** The record is a group's, a machine's or a service's: the names of the entry itself stay. */
  private nobody = false;

  constructor(
    private readonly placeholders: PlaceholderIssuer,
    /** The text rules, for decoded base64 values no attribute names. */
    private readonly redactText: (text: string) => { text: string; count: number },
    private readonly secretsOnly: boolean,
  ) {}

  /** Replaces the private values of the LDIF records in `text` (whole lines); the text is returned as it is when it holds none. */
  redact(text: string): { text: string; count: number } {
    if (this.state === 'unknown') this.state = /^(?:dn::? |version: *1\r?$)/m.test(text) ? 'ldif' : 'other';
    if (this.state === 'other') return { text, count: 0 };
    const lines = text.split('\n');
    // Text that ends with its newline: the '' after it is no line (an empty line would end the record).
    const last = text.endsWith('\n') ? lines.length - 2 : lines.length - 1;
    let count = 0;
    const out: string[] = [];
    for (let n = 0; n <= last; n++) {
      const raw = lines[n]!;
      const cr = raw.endsWith('\r') ? '\r' : '';
      const line = cr ? raw.slice(0, -1) : raw;
      if (!this.inRecord) {
        this.inRecord = /^dn::? ?/.test(line);
        this.folding = false;
        this.nobody = false;
        if (!this.inRecord) {
          out.push(raw);
          continue;
        }
      }
      if (line === '') {
        this.inRecord = false;
        this.folding = false;
        out.push(raw);
        continue;
      }
      if (line.startsWith(' ')) {
        if (!this.folding) out.push(raw);
        continue;
      }
      this.folding = false;
      // The value with its folded continuation lines (in this piece).
      let value = line;
      let end = n;
      while (end < last && lines[end + 1]!.startsWith(' ')) value += lines[++end]!.replace(/\r$/, '').slice(1);
      const replaced = line.startsWith('#') ? null : this.attribute(value);
      if (replaced === null) {
        out.push(raw);
        continue;
      }
      count += replaced.count;
      out.push(replaced.text + cr);
      n = end;
      // A folded value cut by the piece's end: its rest (in the next piece) goes too.
      this.folding = end === last;
    }
    if (last === lines.length - 2) out.push('');
    return count === 0 ? { text, count: 0 } : { text: out.join('\n'), count };
  }

  /** An attribute line (folds joined) with its private value replaced, or null to keep it. */
  private attribute(line: string): { text: string; count: number } | null {
    const m = ATTRIBUTE_LINE.exec(line);
    if (!m) return null;
    const [, type, separator, written] = m as unknown as [string, string, string, string];
    if (separator === ':<' || written === '') return null;
    if (NOBODY_CLASS.test(`${type}: ${written}`)) this.nobody = true;
    const kind = this.nobody && NOBODY_NAMES.has(type.toLowerCase()) ? null : attributeKind(type);
    const base64 = separator === '::';
    const decoded = base64 ? Buffer.from(written.replace(/\s+/g, ''), 'base64').toString('latin1') : written;
    if (kind === 'binary') return this.secretsOnly ? null : { text: `${type}:: ${simplePlaceholder(this.placeholders, 'secret', written.replace(/\s+/g, ''))}`, count: 1 };
    if (base64 && !PRINTABLE.test(decoded)) return null;
    let placeholder: string | null = null;
    if (kind === 'secret' || kind === 'token' || kind === 'auth' || kind === 'cookie') placeholder = simplePlaceholder(this.placeholders, 'secret', decoded);
    else if (this.secretsOnly) placeholder = null;
    else if (kind === 'dn') return this.dn(type, decoded);
    else if (kind === 'id') placeholder = simplePlaceholder(this.placeholders, type.toLowerCase() === 'carlicense' ? 'licence-plate' : 'member-id', decoded.trim());
    else if (kind !== null) placeholder = keyedValue(kind, decoded.replace(/\$/g, ', '), this.placeholders);
    if (placeholder !== null) return { text: `${type}: ${placeholder}`, count: 1 };
    if (!base64) return null;
    // A base64 value no attribute names (description::, a name with accents): the text rules judge it decoded.
    const result = this.redactText(decoded);
    if (result.count === 0) return null;
    const safe = /^[\x21-\x39\x3b\x3d-\x7e][\x20-\x7e]*$/.test(result.text);
    return { text: safe ? `${type}: ${result.text}` : `${type}:: ${Buffer.from(result.text, 'latin1').toString('base64')}`, count: result.count };
  }

  /** A DN with the person's and account's values of its RDNs replaced. */
  private dn(type: string, value: string): { text: string; count: number } | null {
    // A group's, a machine's or a service's DN names no person (cn=Zoom Phone Admins,ou=Groups); the
    // record's own dn says so for its cn and displayName lines too. A member's DN is judged on its own.
    const nobody = NOBODY_CONTAINER.test(value);
    if (type.toLowerCase() === 'dn') this.nobody = nobody;
    let count = 0;
    const text = value.replace(/(^|[,+;][ ]*)([A-Za-z][\w-]*)[ ]*=((?:\\.|[^,+;\\])*)/g, (whole, lead: string, attr: string, rdn: string) => {
      const kind = nobody ? undefined : DN_PERSON[attr.toLowerCase()];
      const plain = rdn.replace(/\\(.)/g, '$1').trim();
      const placeholder = kind && plain ? keyedValue(kind, plain, this.placeholders) ?? simplePlaceholder(this.placeholders, kind === 'name' ? 'name' : 'user', plain) : null;
      if (placeholder === null) return whole;
      count++;
      return `${lead}${attr}=${placeholder}`;
    });
    return count === 0 ? null : { text: `${type}: ${text}`, count };
  }
}
