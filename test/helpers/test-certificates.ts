// Certificate chains made at test time with the openssl CLI: a CA, and leaf certificates it signs
// (valid, or already expired). Nothing is committed: every key is fresh.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Pem {
  key: string;
  cert: string;
}

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A self-signed CA with this common name and organisation. */
export function makeCa(dir: string, name: string, organisation: string): Pem & { files: { key: string; cert: string } } {
  const key = path.join(dir, `${name}.key`);
  const cert = path.join(dir, `${name}.crt`);
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', `/CN=${name}/O=${organisation}`]);
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8'), files: { key, cert } };
}

/** A leaf for CN=localhost signed by the CA; `days` < 0 makes one that has already expired. The cert is leaf + CA. */
export function makeLeaf(dir: string, name: string, ca: ReturnType<typeof makeCa>, days = 30): Pem {
  const key = path.join(dir, `${name}.key`);
  const csr = path.join(dir, `${name}.csr`);
  const cert = path.join(dir, `${name}.crt`);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', csr, '-subj', `/CN=localhost/O=${name}`]);
  openssl(['x509', '-req', '-in', csr, '-CA', ca.files.cert, '-CAkey', ca.files.key, '-CAcreateserial', '-out', cert, '-days', String(days)]);
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') + ca.cert };
}
