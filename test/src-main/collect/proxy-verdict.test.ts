import { describe, expect, it } from 'vitest';
import { decideProxy } from '../../../src-main/collect/proxy-verdict.js';

const read = ['environment variables', 'scutil --proxy'];

describe('decideProxy', () => {
  it('a configured proxy gives "proxy" with where it was set', () => {
    const verdict = decideProxy({ settings: [{ source: 'WinHTTP', kind: 'proxy', value: 'proxy:8080' }], read, unreadable: [] }, []);
    expect(verdict).toEqual({ verdict: 'proxy', evidence: ['WinHTTP: proxy proxy:8080'] });
  });

  it('only a PAC file or WPAD gives "auto-config"', () => {
    const verdict = decideProxy({ settings: [{ source: 'scutil --proxy', kind: 'pac', value: 'http://wpad/wpad.dat' }], read, unreadable: [] }, []);
    expect(verdict).toEqual({ verdict: 'auto-config', evidence: ['scutil --proxy: PAC file http://wpad/wpad.dat'] });
  });

  it("Electron's resolveProxy is the effective answer: a PAC that sends Zoom DIRECT means none", () => {
    const verdict = decideProxy(
      { settings: [{ source: 'scutil --proxy', kind: 'pac', value: 'http://wpad/wpad.dat' }], read, unreadable: [] },
      [{ url: 'https://zoom.us/', answer: 'DIRECT' }],
    );
    expect(verdict).toEqual({ verdict: 'none', evidence: ['scutil --proxy: PAC file http://wpad/wpad.dat', 'Electron resolveProxy(https://zoom.us/) = DIRECT'] });
    expect(decideProxy({ settings: [], read, unreadable: [] }, [{ url: 'https://zoom.us/', answer: 'PROXY proxy:8080; DIRECT' }]).verdict).toBe('proxy');
  });

  it('ignores resolveProxy errors and falls back to the settings', () => {
    expect(decideProxy({ settings: [], read, unreadable: [] }, [{ url: 'https://zoom.us/', answer: 'error: session gone' }])).toEqual({
      verdict: 'none',
      evidence: ['no proxy set in: environment variables, scutil --proxy'],
    });
  });

  it('unknown, not none, when a source that could hold the proxy could not be read (an output in an unknown language)', () => {
    const verdict = decideProxy({ settings: [], read: ['environment variables', 'Windows Internet Settings'], unreadable: ['WinHTTP (unrecognised output)'] }, []);
    expect(verdict).toEqual({
      verdict: 'unknown',
      evidence: ['no proxy set in: environment variables, Windows Internet Settings', 'could not read: WinHTTP (unrecognised output)'],
    });
  });

  it('unknown when nothing could be read', () => {
    expect(decideProxy({ settings: [], read: [], unreadable: ['WinHTTP (timed out)'] }, []).verdict).toBe('unknown');
  });
});
