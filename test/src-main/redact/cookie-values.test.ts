import { describe, expect, it } from 'vitest';
import { cookieStringLength, cookieValues } from '../../../src-main/redact/cookie-values.js';
import { Placeholders } from '../../../src-main/redact/placeholders.js';
import { Redactor, toLatin1Text } from '../../../src-main/redact/redactor.js';

function redact(text: string, profile: 'minimal' | 'standard' = 'standard'): string {
  return Buffer.from(new Redactor({ profile }).redactText(toLatin1Text(text)).text, 'latin1').toString('utf8');
}

describe('cookieValues', () => {
  it('takes every value and keeps names and attributes', () => {
    expect(cookieValues('_zm_ssid=aw1_c_abc; JSESSIONID=9AF0; __Secure-next-auth.session-token=eyJzZXNz', new Placeholders())).toBe(
      '_zm_ssid=<cookie-1>; JSESSIONID=<cookie-2>; __Secure-next-auth.session-token=<cookie-3>',
    );
    expect(cookieValues('__Host-id="q1w2e3"; Path=/; Expires=Thu, 01 Jan 2027 00:00:00 GMT; Max-Age=3600; HttpOnly; SameSite=Strict; Secure', new Placeholders())).toBe(
      '__Host-id="<cookie-1>"; Path=/; Expires=Thu, 01 Jan 2027 00:00:00 GMT; Max-Age=3600; HttpOnly; SameSite=Strict; Secure',
    );
  });

  it('reads Set-Cookie headers joined by a comma or an escaped newline', () => {
    expect(cookieValues('a=one1; Path=/, b=two2; Domain=.zoom.us\\nc=three3; HttpOnly', new Placeholders())).toBe('a=<cookie-1>; Path=/, b=<cookie-2>; Domain=.zoom.us\\nc=<cookie-3>; HttpOnly');
  });

  it('leaves a deleted cookie and a string of attributes alone', () => {
    expect(cookieValues('sid=deleted; Expires=Thu, 01 Jan 1970 00:00:00 GMT', new Placeholders())).toBeNull();
    expect(cookieValues('Path=/; Secure', new Placeholders())).toBeNull();
  });
});

describe('cookie headers in text', () => {
  it('keeps the cookie names of Cookie and Set-Cookie lines in every profile', () => {
    for (const profile of ['minimal', 'standard'] as const) {
      const out = redact('GET /wc/home\nCookie: _zm_ssid=aw1_c_k9; zm_aid=Trk88x; _ga=GA1.2.1234.5678\nSet-Cookie: JSESSIONID=F00DBEEF; Path=/; Secure; HttpOnly\n', profile);
      for (const value of ['aw1_c_k9', 'Trk88x', 'GA1.2.1234.5678', 'F00DBEEF']) expect(out, out).not.toContain(value);
      for (const kept of ['Cookie: _zm_ssid=<', '; zm_aid=<', '; _ga=<', 'Set-Cookie: JSESSIONID=<', '; Path=/; Secure; HttpOnly']) expect(out, out).toContain(kept);
    }
  });

  it('reads a cookie string under a quoted key', () => {
    const out = redact('{"cookie": "sid=Qs8x; lang=de", "Set-Cookie": "tok=Zz9; Path=/"}');
    expect(out).toBe('{"cookie": "sid=<cookie-1>; lang=<cookie-2>", "Set-Cookie": "tok=<cookie-3>; Path=/"}');
  });
});

describe('the end of a cookie string', () => {
  it('ends at the first item not joined by ";" or ",", so text after it on the line is judged by the other rules', () => {
    expect(cookieStringLength('a=1; b=2 | From: "Peggy Garcia" <sip:p@x.net>')).toBe('a=1; b=2'.length);
    expect(cookieStringLength('_zm_ssid=aw1; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly')).toBe('_zm_ssid=aw1; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly'.length);
    expect(cookieStringLength('JSESSIONID=ABC, __Secure-id=qq')).toBe('JSESSIONID=ABC, __Secure-id=qq'.length);
  });
});
