import { describe, expect, it } from 'vitest';
import { classifyIPv4, classifyIPv6 } from '../../../src-main/redact/ip-class.js';

describe('ip classes', () => {
  it('classifies IPv4 by range, keeping loopback and Zoom published ranges', () => {
    expect(['10.2.3.4', '172.31.0.1', '192.168.0.1', '100.64.0.1', '100.127.255.1', '169.254.9.9', '239.1.1.1', '203.0.113.7'].map(classifyIPv4)).toEqual([
      'private', 'private', 'private', 'cgnat', 'cgnat', 'link-local', 'multicast', 'public',
    ]);
    expect(['127.0.0.1', '0.0.0.0', '8.5.128.1', '115.117.119.100', '121.244.203.200', '173.231.92.5', '173.231.94.250'].map(classifyIPv4)).toEqual(Array(7).fill('keep'));
    expect(['172.32.0.1', '100.128.0.1', '115.117.119.128', '173.231.93.1'].map(classifyIPv4)).toEqual(Array(4).fill('public'));
  });

  it('puts the first and last address of each range in it and the neighbours outside, the same on a second ask', () => {
    const edges = ['9.255.255.255', '10.0.0.0', '10.255.255.255', '11.0.0.0', '172.15.255.255', '172.16.0.0', '126.255.255.255', '127.255.255.255', '128.0.0.0', '223.255.255.255', '224.0.0.0', '239.255.255.255', '240.0.0.0', '255.255.255.254', '255.255.255.255', '8.5.127.255', '8.5.129.0'];
    const expected = ['public', 'private', 'private', 'public', 'public', 'private', 'public', 'keep', 'public', 'public', 'multicast', 'multicast', 'public', 'public', 'keep', 'public', 'public'];
    expect(edges.map(classifyIPv4)).toEqual(expected);
    expect(edges.map(classifyIPv4)).toEqual(expected);
  });

  it('classifies IPv6, including zone ids and IPv4-mapped addresses, and rejects non-addresses', () => {
    expect(classifyIPv6('fe80::1%eth0')).toBe('link-local');
    expect(classifyIPv6('fd12:3456::1')).toBe('private');
    expect(classifyIPv6('2001:db8::1')).toBe('public');
    expect(classifyIPv6('::1')).toBe('keep');
    expect(classifyIPv6('::ffff:192.168.1.1')).toBe('private');
    expect(classifyIPv6('08:44:11')).toBeNull();
  });
});
