// Login names written without a key, after a word that says an account follows, and the words,
// files and technical tokens after the same words that must stay.
import { describe, expect, it } from 'vitest';
import { isLogin } from '../../../../src-main/redact/rules/account-words.js';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('logins after account words', () => {
  it.each([
    ['token refresh for bkrueger failed', 'bkrueger'],
    ['user vpatel logged in', 'vpatel'],
    ['User vpatel logged in', 'vpatel'],
    ['USER: vpatel', 'vpatel'],
    ['login as a.bianchi', 'a.bianchi'],
    ['logged in as s_okafor', 's_okafor'],
    ['signed in as hwang2', 'hwang2'],
    ['sudo -u ops.lindgren systemctl restart', 'ops.lindgren'],
    ['failed for user \u2018dmorales\u2019', 'dmorales'],
    ["password reset for user 'dmorales'", 'dmorales'],
    ['account kfischer locked', 'kfischer'],
    ['Benutzer fweber angemeldet', 'fweber'],
    ['Benutzername: fweber', 'fweber'],
    ['utilisateur lmoreau connect\u00e9', 'lmoreau'],
    ['usuario jlopez conectado', 'jlopez'],
    ['usu\u00e1rio mcosta conectado', 'mcosta'],
    ['\u30e6\u30fc\u30b6\u30fc sato42 \u30ed\u30b0\u30a4\u30f3', 'sato42'],
    ['\u30e6\u30fc\u30b6\u30fc\u540d\uff1asato42', 'sato42'],
  ])('%s', (line, login) => {
    expect(expectRedacted(line, [login])).toMatch(/<user-1>/);
  });

  it('gives a login the same placeholder as after a key', () => {
    expect(redactLine('user vpatel logged in; userName=vpatel')).toBe('user <user-1> logged in; userName=<user-1>');
  });

  it.each([
    'User-Agent: Zoom/6.3.1 (Windows 10.0.19045)',
    'user agent is ZoomPhone',
    'user clicked the button',
    'user successfully logged in',
    'user not found; user canceled the call; user is busy',
    'login failed for device',
    'logged in as admin',
    'Sign in with SSO',
    'waiting for response from server',
    'timeout for keepalive',
    'retry for registration failed',
    'account locked after 5 attempts; account settings updated',
    'account email=x',
    'ps -u root; sort -u names.txt',
    'Benutzer angemeldet; usuario conectado; utilisateur connect\u00e9',
    'sign-in ok account=x',
    'for zoom.us and for meeting',
  ])('keeps %s', (line) => {
    expect(redactLine(line)).not.toMatch(/<user-/);
  });

  it('leaves curl -u user:password to the command-line rule', () => {
    expect(redactLine('curl -u jdoe:s3cret https://example.com')).toBe('curl -u <user-1>:<secret-1> https://example.com');
  });

  it('judges tokens with the lexicon and the context before a weak word', () => {
    expect(isLogin('m.rossi', false, '')).toBe(true);
    expect(isLogin('admin', false, '')).toBe(false);
    expect(isLogin('user.settings', false, '')).toBe(false);
    expect(isLogin('report.log', false, '')).toBe(false);
    expect(isLogin('zoom.us', false, '')).toBe(false);
    expect(isLogin('keepalive', true, 'timeout ')).toBe(false);
    expect(isLogin('jweissmueller', true, 'token refresh ')).toBe(true);
    expect(isLogin('jsmith', true, 'waiting ')).toBe(true);
  });

  it('takes nothing in minimal', () => {
    expect(redactLine('user vpatel logged in', { profile: 'minimal' })).toBe('user vpatel logged in');
  });
});
