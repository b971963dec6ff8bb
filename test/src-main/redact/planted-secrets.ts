// Planted private values of every category, with the line that carries each one, shared by the
// redaction tests (the bench has its own seeded generator).
import type { PlaceholderKind } from '../../../src-main/redact/placeholder-kinds.js';

export interface Planted {
  /** The placeholder kind it gets (counted under PLACEHOLDER_CATEGORY of it). */
  category: PlaceholderKind;
  /** The private value that must not survive. */
  value: string;
  /** A realistic log line containing it. */
  line: string;
}

export const PLANTED: Planted[] = [
  { category: 'email', value: 'peggy.garcia@example.com', line: 'INFO login ok for peggy.garcia@example.com' },
  { category: 'phone', value: '+14155550123', line: 'CallManager dial +14155550123 state=ringing' },
  { category: 'phone', value: '(415) 555-0199', line: 'caller id (415) 555-0199 presented' },
  { category: 'phone', value: '4155550777', line: 'From: <sip:4155550777@pbx.example.net>;tag=9f' },
  { category: 'ip', value: '192.168.1.20', line: 'local candidate 192.168.1.20:50000 typ host' },
  { category: 'ip', value: '100.72.1.9', line: 'vpn address 100.72.1.9' },
  { category: 'ip', value: '93.184.216.34', line: 'srflx 93.184.216.34 port 3478' },
  { category: 'ip', value: '2001:db8:85a3::8a2e:370:7334', line: 'v6 [2001:db8:85a3::8a2e:370:7334]:443' },
  { category: 'mac', value: '00:1A:2B:3C:4D:5E', line: 'adapter mac 00:1A:2B:3C:4D:5E up' },
  { category: 'jwt', value: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', line: 'jwt=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U' },
  { category: 'auth', value: 'ZGVtbzpwQDU1dzByZA==', line: 'Authorization: Basic ZGVtbzpwQDU1dzByZA==' },
  { category: 'auth', value: 'tok_live_4f8a9b7c6d5e4f3a2b1c', line: 'header Authorization: Bearer tok_live_4f8a9b7c6d5e4f3a2b1c' },
  { category: 'secret', value: 'Sup3rS3cret!', line: 'config password=Sup3rS3cret! loaded' },
  { category: 'secret', value: 'at-998877665544', line: 'GET /v2/users?access_token=at-998877665544&page=1' },
  { category: 'secret', value: 'k3y-ab12cd34', line: '{"api_key": "k3y-ab12cd34"}' },
  { category: 'oauth-code', value: 'SplxlOBeZQQYbYS6WxSbIA', line: 'redirect /callback?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz' },
  { category: 'cookie', value: 'ZM_SID=a1b2c3d4e5', line: 'Cookie: ZM_SID=a1b2c3d4e5; _zm_lang=en' },
  { category: 'url-credentials', value: 'hunter2pass', line: 'proxy http://bob:hunter2pass@proxy.example.org:8080/' },
  { category: 'srtp-key', value: 'WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVzcyAoZXR', line: 'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVzcyAoZXR' },
  { category: 'user', value: 'jdoe-sip', line: 'Authorization: Digest username="jdoe-sip", realm="zoom.us", nonce="1"' },
  { category: 'name', value: 'Peggy Garcia', line: 'From: "Peggy Garcia" <sip:peggy@pbx.example.net>' },
  { category: 'name', value: 'Marcus Webb', line: '<contact name="Marcus Webb" />' },
  { category: 'user', value: 'fixture-user', line: 'open C:\\Users\\fixture-user\\AppData\\Roaming\\Zoom\\logs' },
  { category: 'user', value: 'alice', line: 'reading /home/alice/.zoom/logs/zoom.log' },
  { category: 'host', value: 'fixture-host', line: 'machine fixture-host joined' },
  // Real-world forms that simple rules miss (see redaction-rules.test.ts for the full set).
  { category: 'name', value: 'Ann Lee', line: "To: 'Ann Lee' <sip:alee@pbx.example.net>" },
  { category: 'name', value: 'Lars Nilsen', line: 'From: Lars Nilsen <sip:1001@pbx.example.net>;tag=7' },
  { category: 'phone', value: '4155550142', line: 'To: <tel:4155550142;phone-context=+1>' },
  { category: 'phone', value: '2125550188', line: '{"callerNumber":"2125550188","state":"ringing"}' },
  { category: 'phone', value: '7183 8750', line: 'UK callback 020 7183 8750 queued' },
  { category: 'extension', value: '4821', line: 'transfer to ext. 4821 failed' },
  { category: 'secret', value: '0a1b2c3d4e5f60718293a4b5c6d7e8f9', line: 'Authorization: Digest username="x", realm="zoom.us", response="0a1b2c3d4e5f60718293a4b5c6d7e8f9"' },
  { category: 'secret', value: 'x9cml/YzichV2+XlhiMu8g', line: 'a=ice-pwd:x9cml/YzichV2+XlhiMu8g' },
  { category: 'mac', value: '001a.2b3c.4d5e', line: 'neighbor 001a.2b3c.4d5e on Gi1/0/1' },
  { category: 'user', value: 'Marcus Webb', line: 'profile C:\\Users\\Marcus Webb\\AppData\\Roaming\\Zoom' },
];
