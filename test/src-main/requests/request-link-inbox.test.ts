import { describe, expect, it } from 'vitest';
import { RequestLinkInbox } from '../../../src-main/requests/request-link-inbox.js';

describe('RequestLinkInbox', () => {
  it('keeps a link until it is taken once, and tells listeners', () => {
    const inbox = new RequestLinkInbox();
    const heard: unknown[] = [];
    inbox.onDelivery((d) => heard.push(d));
    inbox.deliver('zoom-phone-bundle://collect?ticket=INC-9&action=sms');
    expect(inbox.take()).toEqual({ link: { ticket: 'INC-9', action: 'sms' }, error: null });
    expect(inbox.take()).toBeNull();
    expect(heard).toHaveLength(1);
  });

  it('turns a bad link into a sentence naming the field in words, the parser\u2019s text kept as details', () => {
    const inbox = new RequestLinkInbox();
    inbox.deliver('zoom-phone-bundle://collect?action=sms');
    expect(inbox.take()).toEqual({
      link: null,
      error: 'The help desk\'s link could not be used: the ticket number is missing. Ask them for a new link, or fill in the form yourself.',
      details: expect.stringMatching(/^ticket: /),
    });
    for (const [query, words] of [['scope=everyone', 'who is affected'], ['action=dance', 'what you were doing'], ['return=ftp://x', 'where to send the bundle'], ['logWindowHours=-1', 'how many hours of logs']]) {
      inbox.deliver(`zoom-phone-bundle://collect?ticket=T-1&${query}`);
      const taken = inbox.take()!;
      expect(taken.error).toBe(`The help desk's link could not be used: its value for \u201c${words}\u201d is not one this app can use. Ask them for a new link, or fill in the form yourself.`);
      expect(taken.error).not.toMatch(/Invalid|expected/);
    }
    inbox.deliver('not a link at all');
    expect(inbox.take()!.error).toBe('The help desk\'s link could not be used: it is not a link. Ask them for a new link, or fill in the form yourself.');
  });
});

describe('RequestLinkInbox and signed requests', () => {
  it('drops what an unsigned link may not ask (a lower redaction, a return address) and says which', async () => {
    const inbox = new RequestLinkInbox();
    await inbox.deliver('zoom-phone-bundle://collect?ticket=INC-11&return=mailto:someone@example.net&redaction=minimal&action=sms');
    expect(inbox.take()).toEqual({ link: { ticket: 'INC-11', action: 'sms' }, error: null, verification: { signed: false, ignoredFields: ['redaction', 'return'] } });
    await inbox.deliver('zoom-phone-bundle://collect?ticket=INC-12&redaction=strict');
    expect(inbox.take()).toEqual({ link: { ticket: 'INC-12', redaction: 'strict' }, error: null });
  });

  it('marks an unsigned link that names an upload as not verified, keeping its answers', async () => {
    const inbox = new RequestLinkInbox();
    await inbox.deliver('zoom-phone-bundle://collect?ticket=INC-10&upload=https://uploads.example.com/x');
    expect(inbox.take()).toEqual({ link: { ticket: 'INC-10' }, error: null, verification: { signed: false, uploadIgnored: true } });
  });

  it('refuses a signed link it cannot check, and keeps a verified one behind an id', async () => {
    const token = 'eyJhbGciOiJFZERTQSJ9.eyJ0aWNrZXQiOiJUIn0.c2ln';
    const unchecked = new RequestLinkInbox();
    expect((await unchecked.deliver(`zoom-phone-bundle://collect?request=${token}`)).error).toMatch(/^The help desk's signed request was refused: signed requests cannot be checked here\. /);
    const verified = { request: { ticket: 'INC-11' }, upload: { kind: 'tus' as const, endpoint: 'https://uploads.example.com/files/?token=secret' }, kid: 'k1', jti: 'jti-inbox-1', expiresAt: '2030-01-01T00:00:00.000Z' };
    const inbox = new RequestLinkInbox(async () => verified);
    const delivery = await inbox.deliver(`zoom-phone-bundle://collect?request=${token}`);
    expect(delivery).toMatchObject({ link: { ticket: 'INC-11' }, error: null, verification: { signed: true, kid: 'k1', destination: { kind: 'tus', host: 'uploads.example.com', path: '/files/' } } });
    expect(JSON.stringify(delivery)).not.toContain('secret');
    expect(inbox.verifiedRequest(delivery.verification!.requestId!)).toBe(verified);
  });
});

describe('RequestLinkInbox under a signed-only policy', () => {
  it('refuses an unsigned link in a sentence, and reads it when the policy allows unsigned ones', async () => {
    let only = true;
    const inbox = new RequestLinkInbox(undefined, async () => only);
    const refused = await inbox.deliver('zoom-phone-bundle://collect?ticket=INC-12');
    expect(refused).toEqual({ link: null, error: expect.stringMatching(/^The help desk\u2019s link could not be used: your organisation accepts signed requests only/) });
    only = false;
    expect((await inbox.deliver('zoom-phone-bundle://collect?ticket=INC-12')).link).toEqual({ ticket: 'INC-12' });
  });
});
