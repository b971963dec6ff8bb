import { describe, expect, it } from 'vitest';
import { pairKind } from '../../../src-main/redact/pair-keys.js';

describe('pairKind', () => {
  it('reads a key written apart from its value as the key lists do', () => {
    expect(pairKind('DB_PASSWORD')).toBe('secret');
    expect(pairKind('SipPassword')).toBe('secret');
    expect(pairKind('client_secret')).toBe('secret');
    expect(pairKind('x-api-key')).toBe('secret');
    expect(pairKind('passwordHash')).toBe('secret');
    expect(pairKind('userPassword')).toBe('secret');
    expect(pairKind('Cookie')).toBe('cookie');
    expect(pairKind('set-cookie')).toBe('cookie');
    expect(pairKind('Authorization')).toBe('auth');
    expect(pairKind('session_id')).toBe('token');
    expect(pairKind('displayName')).toBe('name');
    expect(pairKind('Registered Owner')).toBe('name');
    expect(pairKind('OWNER_PHONE')).toBe('phone');
    expect(pairKind('MobilePhone')).toBe('phone');
    expect(pairKind('X-Zm-User')).toBe('user');
    expect(pairKind('SamAccountName')).toBe('user');
    expect(pairKind('telephoneNumber')).toBe('phone');
    expect(pairKind('StreetAddress')).toBe('address');
  });

  it('says nothing of diagnostic keys', () => {
    for (const key of ['Content-Type', 'LogLevel', 'Environment', 'PasswordLastSet', 'PasswordNeverExpires', 'token_type', 'Version', 'firmwareVersion', 'User-Agent', 'ProcessUid', 'page', 'Status', 'CostCenter', '']) {
      expect(pairKind(key), key).toBeNull();
    }
  });
});
