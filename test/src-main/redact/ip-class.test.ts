import { BlockList } from 'node:net';
import { describe, expect, it } from 'vitest';
import zoomRanges from '../../../assets/zoom-ip-ranges.json';
import { classifyIPv4, classifyIPv6, isNetmask } from '../../../src-main/redact/ip-class.js';
import { PUBLIC_RESOLVERS_V6 } from '../../../src-main/redact/public-service-addresses.js';
import { seededRandom } from '../../helpers/seeded-random.js';

/** The straightforward classification with node:net's BlockList: what the numeric one must equal. */
function referenceIPv6(address: string): string {
  const list = (cidr: string) => {
    const block = new BlockList();
    const [network, prefix] = cidr.split('/');
    block.addSubnet(network!, Number(prefix), 'ipv6');
    return block;
  };
  if (list('::1/128').check(address, 'ipv6') || list('::/128').check(address, 'ipv6')) return 'keep';
  // Well-known multicast groups (ff02::1, ff02::1:2): everything between the first group and the last 32 bits is zero.
  if (list('ff00::/8').check(address, 'ipv6') && list(`${address.split(':')[0]}::/96`).check(address, 'ipv6')) return 'keep';
  if (PUBLIC_RESOLVERS_V6.some((resolver) => list(`${resolver}/128`).check(address, 'ipv6')) || zoomRanges.ranges6.some((cidr) => list(cidr).check(address, 'ipv6'))) return 'keep';
  for (const [name, cidr] of [['private', 'fc00::/7'], ['link-local', 'fe80::/10'], ['multicast', 'ff00::/8']] as const) if (list(cidr).check(address, 'ipv6')) return name;
  return 'public';
}

/** A random IPv6 address in one of the spellings logs use: full, "::"-compressed, upper case, a dotted IPv4 tail. */
function randomIPv6(random: () => number): string {
  const firsts = [0, 0, 1, 0x2001, 0xfc00, 0xfdff, 0xfe80, 0xfebf, 0xfec0, 0xff02, 0xfeff, 0xfbff, 0x100];
  const groups = Array.from({ length: 8 }, (_, i) => (i === 0 ? firsts[Math.floor(random() * firsts.length)]! : random() < 0.5 ? 0 : Math.floor(random() * 65536)));
  if (random() < 0.2) groups.fill(0, 0, 7);
  const hex = groups.map((g) => g.toString(16));
  let text = hex.join(':');
  if (random() < 0.3) text = `${hex.slice(0, 6).join(':')}:${groups[6]! >> 8}.${groups[6]! & 255}.${groups[7]! >> 8}.${groups[7]! & 255}`;
  const zeros = /(?:^|:)0(?::0)+(?::|$)/.exec(text);
  if (zeros && random() < 0.8) text = `${text.slice(0, zeros.index)}::${text.slice(zeros.index + zeros[0].length)}`;
  return random() < 0.3 ? text.toUpperCase() : text;
}

describe('ip classes', () => {
  it('classifies IPv4 by range, keeping loopback and Zoom published ranges', () => {
    expect(['10.2.3.4', '172.31.0.1', '192.168.0.1', '100.64.0.1', '100.127.255.1', '169.254.9.9', '239.1.1.1', '203.0.113.7'].map(classifyIPv4)).toEqual([
      'private', 'private', 'private', 'cgnat', 'cgnat', 'link-local', 'multicast', 'public',
    ]);
    expect(['127.0.0.1', '0.0.0.0', '8.5.128.1', '115.117.119.100', '121.244.203.200', '173.231.92.5', '173.231.94.250'].map(classifyIPv4)).toEqual(Array(7).fill('keep'));
    expect(['172.32.0.1', '100.128.0.1', '115.117.119.128', '173.231.96.1'].map(classifyIPv4)).toEqual(Array(4).fill('public'));
  });

  it('puts the first and last address of each range in it and the neighbours outside, the same on a second ask', () => {
    const edges = ['9.255.255.255', '10.0.0.0', '10.255.255.255', '11.0.0.0', '172.15.255.255', '172.16.0.0', '126.255.255.255', '127.255.255.255', '128.0.0.0', '223.255.255.255', '224.0.0.0', '239.255.255.255', '240.0.0.0', '255.255.255.254', '255.255.255.255', '8.5.127.255', '8.5.130.0'];
    // 224.0.0.0 is in the local network control block (a protocol's group); 240.0.0.0/4 is reserved
    // (class E: no host, and the multicast route's netmask in Windows' route print).
    const expected = ['public', 'private', 'private', 'public', 'public', 'private', 'public', 'keep', 'public', 'public', 'keep', 'multicast', 'keep', 'keep', 'keep', 'public', 'public'];
    expect(edges.map(classifyIPv4)).toEqual(expected);
    expect(edges.map(classifyIPv4)).toEqual(expected);
  });

  it('keeps netmasks, Zoom\'s whole published ranges, public resolvers, protocol multicast groups and cloud link-local services', () => {
    expect(['255.255.255.0', '255.255.240.0', '255.0.0.0', '255.255.255.252', '0.0.0.255'].map(classifyIPv4)).toEqual(Array(5).fill('keep'));
    expect(['255.255.0.255', '255.254.255.0'].map(isNetmask)).toEqual([false, false]);
    // One address from every range of the data file (Zoom.txt, ZoomPhone.txt, ZoomCDN.txt).
    expect(zoomRanges.ranges.length).toBeGreaterThan(60);
    expect(zoomRanges.ranges.map((cidr) => classifyIPv4(cidr.split('/')[0]!.replace(/\.0$/, '.1'))).filter((c) => c !== 'keep')).toEqual([]);
    expect(['3.7.35.20', '170.114.52.9', '206.247.1.2', '144.195.77.1', '134.224.9.9'].map(classifyIPv4)).toEqual(Array(5).fill('keep'));
    const services = ['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220', '224.0.0.251', '224.0.0.252', '224.0.1.1', '239.255.255.250', '169.254.169.254'];
    expect(services.map(classifyIPv4)).toEqual(Array(services.length).fill('keep'));
    expect(['8.8.8.9', '239.1.2.3', '169.254.10.20', '1.1.1.4'].map(classifyIPv4)).toEqual(['public', 'multicast', 'link-local', 'public']);
    expect(['ff02::1', 'ff02::fb', 'ff02::1:2', 'ff05::1:3', '2001:4860:4860::8888', '2606:4700:4700::1111', '2407:30c0:180::12'].map(classifyIPv6)).toEqual(Array(7).fill('keep'));
    expect(['ff02::1:ff00:1234', '2001:4860:4860::1'].map(classifyIPv6)).toEqual(['multicast', 'public']);
  });

  it('classifies IPv6, including zone ids and IPv4-mapped addresses, and rejects non-addresses', () => {
    expect(classifyIPv6('fe80::1%eth0')).toBe('link-local');
    expect(classifyIPv6('fd12:3456::1')).toBe('private');
    expect(classifyIPv6('2001:db8::1')).toBe('public');
    expect(classifyIPv6('::1')).toBe('keep');
    expect(classifyIPv6('::ffff:192.168.1.1')).toBe('private');
    expect(classifyIPv6('08:44:11')).toBeNull();
  });

  it('gives what node:net BlockList gives for 5,000 seeded IPv6 addresses in every spelling', () => {
    const random = seededRandom(6);
    const addresses = [...Array.from({ length: 5000 }, () => randomIPv6(random)), '::', '::1', '0:0:0:0:0:0:0:1', '::0.0.0.1', '::2', 'fe80::', 'FF02::1:2', '2001:db8::10.0.0.1'];
    const differ = addresses.filter((address) => classifyIPv6(address) !== referenceIPv6(address)).map((address) => `${address}: ${classifyIPv6(address)} vs ${referenceIPv6(address)}`);
    expect(new Set(addresses.map(referenceIPv6)).size).toBe(5);
    expect(differ).toEqual([]);
  });
});
