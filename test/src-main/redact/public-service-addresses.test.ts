import { describe, expect, it } from 'vitest';
import { isPublicServiceHost } from '../../../src-main/redact/public-service-addresses.js';
import { redactLine } from '../../helpers/redacted-line.js';

describe('public service host names', () => {
  it('knows Zoom, NTP and DNS services and their sub-domains', () => {
    for (const host of ['us01sipbr01.zoom.us', 'zoom.com', 'x.zoomgov.com', 'time.google.com', '2.pool.ntp.org', 'time.windows.com', 'dns.google', 'one.one.one.one', 'TIME.APPLE.COM.']) {
      expect(isPublicServiceHost(host), host).toBe(true);
    }
    for (const host of ['pbx.example.net', 'zoom.us.example.com', 'notpool.ntp.org.evil.example', 'mytime.google.com.example']) {
      expect(isPublicServiceHost(host), host).toBe(false);
    }
  });

  it('keeps them in strict, where other host names go', () => {
    expect(redactLine('ntp time.google.com and 0.pool.ntp.org, dns.google, pbx01.example.net', { profile: 'strict' })).toBe(
      'ntp time.google.com and 0.pool.ntp.org, dns.google, <host-1>',
    );
  });
});
