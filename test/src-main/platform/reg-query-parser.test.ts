import { describe, expect, it } from 'vitest';
import { parseRegQuery, regDword } from '../../../src-main/platform/reg-query-parser.js';
import { commandFixture } from '../../helpers/fixture-runner.js';

describe('parseRegQuery', () => {
  it('reads a key with names that contain spaces, empty values and CRLF line ends', () => {
    const keys = parseRegQuery(commandFixture('win32/reg-query-internet-settings-proxy.txt'));
    expect(keys[0]?.path).toBe('HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings');
    expect(keys[0]?.values).toMatchObject({ 'User Agent': 'Mozilla/4.0 (compatible; MSIE 8.0; Win32)', ProxyEnable: '0x1', ProxyOverride: '*.corp.example;<local>' });
    expect(keys.map((k) => k.path.split('\\').pop())).toEqual(['Internet Settings', '5.0', 'Cache', 'Connections', 'ZoneMap']);
    expect(parseRegQuery(commandFixture('win32/reg-query-hklm-zoom-msi.txt'))[0]?.values.Comments).toBe('');
  });

  it('finds nothing in an error or an empty search', () => {
    expect(parseRegQuery(commandFixture('win32/reg-query-missing-key.stderr.txt'))).toEqual([]);
    expect(parseRegQuery(commandFixture('win32/reg-query-no-match.txt'))).toEqual([]);
  });

  it('reads REG_DWORD values as numbers', () => {
    expect([regDword('0x1'), regDword('0xa80'), regDword('12'), regDword(undefined), regDword('zz')]).toEqual([1, 0xa80, 12, undefined, undefined]);
  });
});
