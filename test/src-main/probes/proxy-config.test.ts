import { describe, expect, it } from 'vitest';
import { bypassesProxy, proxyFor } from '../../../src-main/probes/proxy-config.js';

describe('proxyFor', () => {
  it('reads https_proxy / http_proxy in either case, keeps credentials out of what is reported', () => {
    const { proxy } = proxyFor('https', 'zoom.us', { HTTPS_PROXY: 'http://me:p%40ss@proxy.corp:3128' });
    expect(proxy).toMatchObject({ host: 'proxy.corp', port: 3128, display: 'proxy.corp:3128', variable: 'HTTPS_PROXY' });
    expect(proxy?.authorization).toBe(`Basic ${Buffer.from('me:p@ss').toString('base64')}`);
    expect(proxyFor('http', 'zoom.us', { http_proxy: 'proxy.corp' }).proxy).toMatchObject({ port: 80, variable: 'http_proxy' });
    expect(proxyFor('https', 'zoom.us', { http_proxy: 'http://proxy.corp:8080' }).proxy).toBeNull();
  });

  it('honours no_proxy and explains proxies it cannot probe', () => {
    // curl's reading: a leading dot matches the domain itself and every subdomain.
    expect(proxyFor('https', 'zoom.us', { https_proxy: 'http://p:1', no_proxy: '.zoom.us' }).proxy).toBeNull();
    expect(proxyFor('https', 'zoom.us', { https_proxy: 'http://p:1', no_proxy: 'example.com' }).proxy).not.toBeNull();
    expect(bypassesProxy('provpp.zoom.us', 'localhost, .zoom.us')).toBe(true);
    expect(bypassesProxy('zoom.us', 'zoom.us:443')).toBe(true);
    expect(bypassesProxy('notzoom.us', 'zoom.us')).toBe(false);
    expect(bypassesProxy('anything', '*')).toBe(true);
    expect(proxyFor('https', 'zoom.us', { https_proxy: 'https://p:1' })).toEqual({ proxy: null, problem: 'https_proxy uses https: (only http:// proxies are probed)' });
  });
});
