import { describe, expect, it } from 'vitest';
import { Placeholders } from '../../../src-main/redact/placeholders.js';
import { keyedValue, keyKind } from '../../../src-main/redact/redaction-keys.js';

describe('redaction keys', () => {
  it('knows key kinds case-insensitively and nothing else', () => {
    expect(keyKind('callerNumber')).toBe('phone');
    expect(keyKind('DISPLAYNAME')).toBe('name');
    expect(keyKind('bssid')).toBe('mac');
    expect(keyKind('extension_number')).toBe('extension');
    expect(keyKind('errorCode')).toBeNull();
    expect(keyKind('sequenceNumber')).toBeNull();
  });

  it('gives a placeholder only to values that fit the kind', () => {
    const p = new Placeholders();
    expect(keyedValue('phone', '4155550123', p)).toBe('<phone:10d-1>');
    expect(keyedValue('phone', 'Ann Lee', p)).toBe('<name-1>');
    expect(keyedValue('phone', 'anonymous', p)).toBeNull();
    expect(keyedValue('phone', '12', p)).toBeNull();
    expect(keyedValue('mac', 'not-a-mac', p)).toBeNull();
    expect(keyedValue('extension', '1234', p)).toBe('<ext:4d-1>');
    expect(keyedValue('extension', 'none', p)).toBeNull();
    expect(keyedValue('name', '   ', p)).toBeNull();
  });
});
