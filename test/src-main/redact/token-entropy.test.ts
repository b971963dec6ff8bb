import { describe, expect, it } from 'vitest';
import { entropyBits, isBase64Credentials, looksLikeToken } from '../../../src-main/redact/token-entropy.js';

describe('token entropy', () => {
  it('finds random tokens and base64 user:password, not ids, words or counters', () => {
    for (const token of ['Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1Jh0Gf', 'a4zy0c5c6bkZq2yevlfcw0', '9f86d081884c7d659a2feaa0c55ad015', 'dXNlcjpwYXNzd29yZA==', 'Ym9iOmh1bnRlcjI']) expect(looksLikeToken(token), token).toBe(true);
    for (const value of ['550e8400-e29b-41d4-a716-446655440000', 'audio_device_name', 'aaaaaaaaaaaaaaaa1', '12345678901234567890', 'short1A', 'Connected to server']) expect(looksLikeToken(value), value).toBe(false);
  });

  it('decodes base64 (padded or not, standard or URL-safe) to user:password only', () => {
    expect(isBase64Credentials(Buffer.from('svc-bot:P@ss w0rd').toString('base64'))).toBe(true);
    expect(isBase64Credentials(Buffer.from('alice:hunter2').toString('base64url'))).toBe(true);
    expect(isBase64Credentials(Buffer.from('hello world').toString('base64'))).toBe(false);
    expect(isBase64Credentials(Buffer.from('no colon here at all').toString('base64'))).toBe(false);
    expect(entropyBits('abab')).toBe(1);
  });
});
