// The seeded synthetic Zoom-like log corpus the redaction benches share: ordinary log lines with
// varying ids and figures, and about 2 % of lines carrying a planted private value of every
// category (including the forms simple rules miss), the same on every run.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../test/helpers/seeded-random.js';

/** The OS user name and host name planted in the corpus (the redaction settings must name them). */
export const USERNAME = 'pgarcia';
export const HOSTNAME = 'PG-LAPTOP-7';

/** Planted values: [category, value, line template with {} where the value goes]. */
function plantedValues(random: () => number): [string, string, string][] {
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
  const b64 = (n: number) => Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 62)]).join('');
  const d = (n: number) => Array.from({ length: n }, () => String(Math.floor(random() * 10))).join('');
  const out: [string, string, string][] = [];
  const first = ['Peggy', 'Marcus', 'Aiko', 'Lars', 'Fatima', 'Diego', 'Chloe', 'Ravi'];
  const last = ['Garcia', 'Webb', 'Tanaka', 'Nilsen', 'Haddad', 'Lopez', 'Martin', 'Iyer'];
  for (let i = 0; i < 8; i++) {
    const name = `${first[i]} ${last[i]}`;
    out.push(['email', `${first[i]!.toLowerCase()}.${last[i]!.toLowerCase()}${d(2)}@corp-${hex(4)}.example.com`, 'INFO [Auth] sign-in ok account={}']);
    out.push(['phone', `+1${d(10)}`, 'INFO [CallMgr] dial number={} route=pstn']);
    out.push(['phone', `+44${d(10)}`, 'INFO [CallMgr] incoming from {} queue=main']);
    out.push(['phone', `(${d(3)}) ${d(3)}-${d(4)}`, 'DEBUG [Contacts] callback {} saved']);
    out.push(['sip-phone', `+1${d(10)}`, 'SIP INVITE sip:{}@pbx.example.net SIP/2.0']);
    out.push(['ip', `192.168.${Math.floor(random() * 255)}.${1 + Math.floor(random() * 250)}`, 'ICE candidate {} 50000 typ host']);
    out.push(['ip', `100.${64 + Math.floor(random() * 63)}.${Math.floor(random() * 255)}.${1 + Math.floor(random() * 250)}`, 'VPN tunnel address {}']);
    out.push(['ip', `203.0.113.${1 + Math.floor(random() * 250)}`, 'srflx {} port 3478']);
    out.push(['ip', `2001:db8:${hex(4)}::${hex(4)}`, 'v6 candidate [{}]:443']);
    out.push(['mac', Array.from({ length: 6 }, () => hex(2).toUpperCase()).join(':'), 'NIC eth0 hw {}']);
    out.push(['jwt', `eyJhbGciOiJIUzI1NiJ9.eyJ${b64(40)}.${b64(43)}`, 'DEBUG [Web] id_token {}']);
    out.push(['auth', b64(32), 'HTTP Authorization: Bearer {}']);
    out.push(['secret', b64(16), 'GET /v2/phone/users?access_token={}&page_size=30']);
    out.push(['secret', `P@ss${d(4)}`, 'config password={} applied']);
    out.push(['oauth-code', b64(22), 'redirect /oauth/callback?code={}&state=af0ifjsldkj']);
    out.push(['cookie', `_zm_ssid=${b64(24)}`, 'Set-Cookie: {}; Path=/; Secure']);
    out.push(['url-credentials', `s3cr${b64(8)}`, 'proxy http://svc:{}@proxy.example.org:8080/']);
    out.push(['srtp-key', b64(40), 'SDP a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:{}']);
    out.push(['user', `u${hex(6)}`, 'SIP Authorization: Digest username="{}", realm="zoom.us", nonce="x"']);
    out.push(['name', name, 'SIP From: "{}" <sip:1001@pbx.example.net>;tag=1']);
    out.push(['name', `${last[i]} ${first[i]}`, 'XML <contact name="{}" presence="busy"/>']);
    // Forms that simple rules miss (test/src-main/redact/redaction-rules.test.ts has the full set).
    const nz = () => String(1 + Math.floor(random() * 9));
    const nanp = () => String(2 + Math.floor(random() * 8));
    out.push(['name', `${first[i]} Q. ${last[i]}`, 'SIP From: {} <sip:1002@pbx.example.net>;tag=2']);
    out.push(['phone', `0${nz()}${d(1)} ${d(4)} ${d(4)}`, 'INFO [CallMgr] callback {} queued']);
    out.push(['phone', `${nanp()}${d(2)} ${nanp()}${d(2)} ${d(4)}`, 'INFO [Dial] dialing {} now']);
    out.push(['phone', `${nanp()}${d(9)}`, 'DEBUG [Call] {"callerNumber":"{}","state":"ringing"}']);
    out.push(['secret', hex(32), 'SIP Authorization: Digest username="x", realm="zoom.us", response="{}"']);
    out.push(['secret', b64(22), 'SDP a=ice-pwd:{}']);
  }
  out.push(['user', USERNAME, 'open C:\\Users\\{}\\AppData\\Roaming\\Zoom\\logs\\zoom.log']);
  out.push(['host', HOSTNAME, 'INFO [Sys] machine {} ready']);
  return out;
}

/** Ordinary log lines with varying ids and figures, so compression has realistic work. */
export function fillerLine(random: () => number): string {
  const n = (max: number) => Math.floor(random() * max);
  const id = () => n(0xffffffff).toString(16).padStart(8, '0');
  switch (n(7)) {
    case 0: return `INFO [CallMgr] call state changed: ${['IDLE', 'RINGING', 'CONNECTED', 'HELD'][n(4)]} -> ${['RINGING', 'CONNECTED', 'ENDED'][n(3)]} (callId=${id()}${id()})`;
    case 1: return `DEBUG [Net] keepalive sent to 8.5.128.${n(255)}:443 rtt=${n(300)}ms seq=${n(1e6)}`;
    case 2: return `INFO [SIP] REGISTER 200 OK expires=${n(3600)} transport=TLS cseq=${n(1e5)} branch=z9hG4bK${id()}`;
    case 3: return `WARN [Media] jitter ${n(80)}ms loss ${(random() * 3).toFixed(2)}% on stream ${n(8)} ssrc=${id()}`;
    case 4: return `DEBUG [UI] PhoneTab render ${n(40)}ms items=${n(200)} frame=${n(1e7)}`;
    case 5: return `INFO [Ver] Client Version is 6.3.${n(9)}.${n(99999)} module=${['phone', 'chat', 'meeting'][n(3)]}`;
    default: return `TRACE [Http] GET /v2/phone/call_logs?page=${n(50)} 200 ${n(900)}ms req=${id()}-${id()}`;
  }
}

/** Writes about `totalMb` MB of logs into `dir` (4 big files and many small ones); returns the planted values. */
export function generateLogCorpus(dir: string, totalMb: number): Set<string> {
  const random = seededRandom(42);
  const planted = plantedValues(random);
  const big = Math.min(45, totalMb / 6);
  const sizes: number[] = [big, big, big, big];
  let rest = totalMb - 4 * big;
  while (rest > 0) {
    const size = Math.min(rest, 0.2 + random() * 6);
    sizes.push(size);
    rest -= size;
  }
  let plantedIndex = 0;
  sizes.forEach((mb, i) => {
    const target = mb * 1024 * 1024;
    const parts: string[] = [];
    let bytes = 0;
    let t = 1_764_140_400_000 + i * 3_600_000;
    while (bytes < target) {
      const lines: string[] = [];
      for (let j = 0; j < 1000; j++) {
        t += Math.floor(random() * 40);
        const stamp = new Date(t).toISOString().replace('T', ' ').slice(0, 23);
        const template = random() < 0.02 ? planted[plantedIndex++ % planted.length]! : null;
        lines.push(`${stamp} ${template ? template[2].replace('{}', template[1]) : fillerLine(random)}`);
      }
      const block = `${lines.join('\n')}\n`;
      parts.push(block);
      bytes += block.length;
    }
    writeFileSync(path.join(dir, `zoom_${String(i).padStart(2, '0')}.log`), parts.join(''));
  });
  return new Set(planted.map(([, value]) => value));
}
