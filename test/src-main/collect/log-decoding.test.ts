import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GZIP_LIMITS, decodeLogStream, sniffUtf16 } from '../../../src-main/collect/log-decoding.js';
import { zoomLogsCollector } from '../../../src-main/collect/zoom-logs-collector.js';
import { createBundle } from '../../../src-main/services/create-bundle.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();
const now = new Date('2026-03-10T12:00:00Z');

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

async function decoded(chunks: Buffer[], encoding: Parameters<typeof decodeLogStream>[1]): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of decodeLogStream(Readable.from(chunks), encoding, chunks.reduce((n, c) => n + c.length, 0))) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

function put(file: string, content: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  const when = new Date(now.getTime() - 3600_000);
  utimesSync(file, when, when);
}

describe('log decoding', () => {
  it('knows UTF-16 by its byte-order mark or by the NULs of ASCII text', () => {
    const text = 'INFO call from +1 415 555 0123 failed\r\n';
    expect(sniffUtf16(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe('utf-16le');
    expect(sniffUtf16(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]))).toBe('utf-16be');
    expect(sniffUtf16(Buffer.from(text, 'utf16le'))).toBe('utf-16le');
    expect(sniffUtf16(utf16be(text))).toBe('utf-16be');
    expect(sniffUtf16(Buffer.from(text, 'utf8'))).toBeNull();
    expect(sniffUtf16(Buffer.from([0x4d, 0x44, 0x4d, 0x50, 0x93, 0xa7, 0, 0, 0, 0, 0x0c, 0, 0, 0, 0x20, 0, 0, 0]))).toBeNull();
  });

  it('decodes UTF-16 to UTF-8 whatever the chunk boundaries, without the byte-order mark', async () => {
    const text = 'Zoom Phone: Ünïcode ☎ 😀 line\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]);
    for (const cut of [1, 3, 5, 17]) {
      expect(await decoded([le.subarray(0, cut), le.subarray(cut)], 'utf-16le')).toBe(text);
      expect(await decoded([be.subarray(0, cut), be.subarray(cut)], 'utf-16be')).toBe(text);
    }
  });

  it('decompresses gzip up to the cap, and ends a damaged stream with a note instead of failing', async () => {
    expect(await decoded([gzipSync('rotated line\n')], 'gzip')).toBe('rotated line\n');
    const bomb = gzipSync(Buffer.alloc(2 * 1024 * 1024, 0x41));
    const out = await decoded([bomb], 'gzip');
    expect(out.length).toBeLessThan(Math.max(1024 * 1024, bomb.length * GZIP_LIMITS.maxRatio) + 100);
    expect(out).toMatch(/\[zpb: decompressed content cut at \d+ bytes\]\n$/);
    const damaged = gzipSync('x'.repeat(1000));
    expect(await decoded([damaged.subarray(0, damaged.length - 12)], 'gzip')).toMatch(/\[zpb: decompression stopped: \w+\]\n$/);
  });

  it('puts UTF-16 and rotated .log.gz logs into the bundle as redacted UTF-8, other archives in skipped', async () => {
    const home = path.join(root, 'decode');
    const logs = path.join(home, '.zoom', 'logs');
    put(path.join(logs, 'installer.log'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('caller +1 415 555 0123 from 10.1.2.3\r\n', 'utf16le')]));
    put(path.join(logs, 'nobom.log'), Buffer.from('peer 192.168.9.9 ok\n', 'utf16le'));
    put(path.join(logs, 'zoom.log.1.gz'), gzipSync('Contact: <sip:2125550199@10.9.9.9>\n'));
    put(path.join(logs, 'crash.zip'), Buffer.from('PK\u0003\u0004 not really'));
    put(path.join(logs, 'old.tar.gz'), gzipSync('tarball'));
    const environment = fixtureEnvironment('linux', home, {}, now);
    const bundle = await createBundle({ report: { occurredAt: now.toISOString(), timeZone: 'UTC' }, outPath: path.join(root, 'decode.zip'), environment, collectors: [zoomLogsCollector] });
    const { manifest, entries } = await readVerifiedBundle(bundle.path);
    const text = (name: string) => entries.get(`logs/zoom/home/${name}`)!.toString('utf8');
    expect(text('installer.log')).toMatch(/^caller <phone:\+1:10d-\d+> from <ip:private-\d+>\r\n$/);
    expect(text('nobom.log')).toMatch(/^peer <ip:private-\d+> ok\n$/);
    expect(text('zoom.log.1')).toMatch(/^Contact: <sip:<phone:10d-\d+>@<ip:private-\d+>>\n$/);
    const decodedFrom = Object.fromEntries(manifest.files.filter((f) => f.decodedFrom).map((f) => [f.path, f.decodedFrom]));
    expect(decodedFrom).toEqual({ 'logs/zoom/home/installer.log': 'utf-16le', 'logs/zoom/home/nobom.log': 'utf-16le', 'logs/zoom/home/zoom.log.1': 'gzip' });
    const reasons = Object.fromEntries(manifest.skipped.map((s) => [path.basename(s.source), s.reason]));
    expect(reasons['crash.zip']).toMatch(/^compressed archive/);
    expect(reasons['old.tar.gz']).toMatch(/^compressed archive/);
  });
});
