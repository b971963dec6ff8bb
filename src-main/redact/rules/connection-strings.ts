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
  replace: (c) => (KERBEROS_SERVICE_CLASS.test(c.group(1)!) ? null : `/${simple(c, 'url-credentials', c.group(2)!)}@`),
};
