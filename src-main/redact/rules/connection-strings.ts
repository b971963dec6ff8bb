/**
 * Oracle's user/password@ connect strings (sqlplus scott/tiger@//host:1521/svc, JDBC thin
 * scott/tiger@host:1521:SID, user/pass@TNSALIAS): the other connection strings are key=value
 * (keyed-values.ts: Password=, Pwd={...}) or URLs with credentials (network.ts).
 */
import { ALL, simple, type RedactionRule } from './rule-types.js';

/** Service classes of Kerberos principals (service/host@REALM), from the SPN registrations Windows and MIT Kerberos use. */
const KERBEROS_SERVICE_CLASS = /^(?:HTTP|HTTPS|HOST|host|ldap|LDAP|cifs|CIFS|MSSQLSvc|krbtgt|nfs|NFS|DNS|dns|GC|RestrictedKrbHost|TERMSRV|WSMAN|RPCSS|imap|smtp|pop|postgres|MSServerClusterMgmtAPI|exchangeMDB|exchangeAB|SIP|sip)$/;

/** Oracle user/password@connect-identifier. */
export const ORACLE_CONNECT_RULE: RedactionRule = {
  rare: true,
  category: 'url-credentials',
  profiles: ALL,
  // From the '/' between user and password, the user checked behind it (a word that starts a
  // token: after a space, ':', '=' or a quote), the connect identifier ahead: //host, a dotted host
  // or host:port before /service or :SID, or a TNS alias at the end of the token. Paths (a/b@c inside a longer path) fail
  // the check behind.
  pattern: `/(?<=(?:^|[\\s:="'(])([A-Za-z][\\w$#]{0,29})/)([^\\s/@"']{1,128})@(?=//|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?::\\d{2,5})?[/:][A-Za-z]|[A-Za-z0-9.-]+:\\d{2,5}[/:][A-Za-z]|[A-Za-z][A-Za-z0-9_.-]*(?:[\\s"')]|$))`,
  // A Kerberos service principal (HTTP/web01@CORP) has the same shape: its service class names it.
  // So has a GitHub Actions step (uses: actions/checkout@v4, owner/repo@<commit sha>): a version
  // or a commit after the '@', or "uses:" before, says so.
  replace: (c) => (KERBEROS_SERVICE_CLASS.test(c.group(1)!) || ACTION_REF.test(c.textAfter(0, 48)) || ACTION_USES.test(c.contextBefore(64)) ? null : `/${simple(c, 'url-credentials', c.group(2)!)}@`),
};

/** A GitHub Actions step's ref: a version tag (v4, v1.2.3) or a full commit sha. */
const ACTION_REF = /^(?:v\d+(?:\.\d+){0,2}|[0-9a-f]{40})(?![\w.-])/;
/** The "uses:" key of a workflow step before the action's owner. */
const ACTION_USES = /(?:^|\s)-?[ \t]*uses:[ \t]*["']?[A-Za-z0-9_.-]*$/;
