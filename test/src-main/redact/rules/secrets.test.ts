// Authorization headers of every scheme and base64 user:password anywhere (issue 24, section 1).
// Forms: Hawk's README example header, Twitter's OAuth 1.0a "Authorizing a request" example (other
// values), RFC 7617's Basic example, Docker's config.json "auth" field.
import { describe, expect, it } from 'vitest';
import { Redactor, toLatin1Text } from '../../../../src-main/redact/redactor.js';

function redact(text: string): string {
  return Buffer.from(new Redactor({ profile: 'minimal' }).redactText(toLatin1Text(text)).text, 'latin1').toString('utf8');
}

describe('secrets by header and encoding', () => {
  it('removes every auth-param of Hawk and OAuth 1 headers, also JSON-escaped', () => {
    expect(redact('Authorization: Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", ext="some-app-ext-data", mac="6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE="')).toBe('Authorization: Hawk <auth-1>');
    const oauth = redact('Authorization: OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", oauth_signature="tnnArxj06cWHq44gCs1OSKk%2FjY%3D", oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"\r\nHost: api.example.com');
    expect(oauth).toBe('Authorization: OAuth <auth-1>\r\nHost: api.example.com');
    const json = redact('{"headers":{"Authorization":"Hawk id=\\"dh37fgj492je\\", mac=\\"6R4rV5iE+NPo=\\"","X-Trace":"a1"}}');
    expect(json).toBe('{"headers":{"Authorization":"Hawk <auth-1>","X-Trace":"a1"}}');
    expect(() => JSON.parse(json) as unknown).not.toThrow();
  });

  it('removes OAuth 1 signatures and verifiers in query strings', () => {
    expect(redact('GET /cb?oauth_token=ot123&oauth_signature=sig%3D456&oauth_verifier=ver789&page=2')).toBe('GET /cb?oauth_token=<secret-1>&oauth_signature=<secret-2>&oauth_verifier=<secret-3>&page=2');
  });

  it('removes padded base64 of user:password anywhere, and keeps other base64', () => {
    const creds = Buffer.from('svc-bot:Winter2026!').toString('base64');
    const out = redact(`docker {"auths":{"r.example.com":{"x":"${creds}"}}} pasted ${Buffer.from('ops:hunter22').toString('base64')} and hello ${Buffer.from('hello world!!').toString('base64')} key=value a==b`);
    expect(out).not.toContain(creds);
    expect(out).toContain(Buffer.from('hello world!!').toString('base64'));
    expect(out).toContain('key=value a==b');
  });
});

describe('Basic credentials after any key and access keys in links (issue 24)', () => {
  it('takes "Basic <base64>" of user:password after any key or in a value, and keeps other base64', () => {
    const creds = Buffer.from('bob:s3cr3t-pass').toString('base64').replace(/=+$/, '');
    expect(redact(`proxy_header: Basic ${creds}\nupstream_auth = Basic ${creds}`)).toBe('proxy_header: Basic <auth-1>\nupstream_auth = Basic <auth-1>');
    const kept = `mode: Basic ${Buffer.from('hello world again').toString('base64')} and Basic auth enabled`;
    expect(redact(kept)).toBe(kept);
  });

  it('takes the short access keys of provisioning and device-management links, and keeps flags', () => {
    expect(redact('https://prov.example.com/cfg/boot.cfg?k=Hq72Lp\nhttps://dm.example.com/p?token=ab12cd&auth=Zz81qq&key=9xTq2Lm')).toBe('https://prov.example.com/cfg/boot.cfg?k=<secret-1>\nhttps://dm.example.com/p?token=<secret-2>&auth=<secret-3>&key=<secret-4>');
    const kept = 'https://dm.example.com/p?auth=none&key=1&page=2';
    expect(redact(kept)).toBe(kept);
  });
});
