import { describe, expect, it } from 'vitest';
import { printable, printableDeep, printableLines } from '../../src-shared/printable-text.js';

describe('printable', () => {
  it('escapes controls and bidi overrides, as before', () => {
    expect(printable('OK\r\u001b[2J\u202egnp.exe\n')).toBe('OK\\r\\u001b[2J\\u202egnp.exe\\n');
  });

  it('escapes the other invisible formatting characters: zero-width, soft hyphen, word joiner, BOM, tags', () => {
    expect(printable('a\u200bb\u200cc\u200dd\u00ade\u2060f\ufeffg\u180eh\u2064i')).toBe('a\\u200bb\\u200cc\\u200dd\\u00ade\\u2060f\\ufeffg\\u180eh\\u2064i');
    expect(printable('x\u{e0041}\u{e007f}y')).toBe('x\\u{e0041}\\u{e007f}y');
  });

  it('leaves ordinary text alone, other scripts and emoji included', () => {
    expect(printable('Grüße, Привет, 東京, שלום 😀')).toBe('Grüße, Привет, 東京, שלום 😀');
  });
});

describe('printableLines and printableDeep', () => {
  it('keeps line breaks in multi-line text, escaping the rest', () => {
    expect(printableLines('one\u202e\r\ntwo\u200b\nthree')).toBe('one\\u202e\ntwo\\u200b\nthree');
  });

  it('escapes every string of a record, keeping its shape, numbers and booleans', () => {
    const record = { path: 'x\u202e.log', files: [{ path: 'a\u200b', bytes: 3 }], ok: true, none: null };
    expect(printableDeep(record)).toEqual({ path: 'x\\u202e.log', files: [{ path: 'a\\u200b', bytes: 3 }], ok: true, none: null });
    expect(record.path).toBe('x\u202e.log');
  });
});
