// JSON string escapes as the escaped-JSON decoder reads and writes them; the stream's use is in encoded-text.test.ts.
import { describe, expect, it } from 'vitest';
import { escapeJsonString, unescapeJsonString } from '../../../src-main/redact/escaped-json.js';

describe('JSON string escapes', () => {
  it('unescapes to the latin1 form of UTF-8 bytes, surrogate pairs included', () => {
    expect(unescapeJsonString('{\\"n\\":\\"Pawe\\u0142 \\ud83d\\ude00\\"}\\n\\/')).toBe(Buffer.from('{"n":"Paweł 😀"}\n/', 'utf8').toString('latin1'));
  });

  it('refuses what is not a JSON string (a lone surrogate, an unknown escape)', () => {
    expect(unescapeJsonString('a\\ud83d b')).toBeNull();
    expect(unescapeJsonString('C:\\Users')).toBeNull();
  });

  it('escapes so JSON.parse gives the text back', () => {
    const text = '{"a":"b\\c"}\r\n\t\u0001';
    expect(JSON.parse(`"${escapeJsonString(text)}"`)).toBe(text);
  });
});
