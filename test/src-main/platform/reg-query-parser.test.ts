import { describe, expect, it } from 'vitest';
import { decoderForCodePage } from '../../../src-main/platform/code-page-decoder.js';
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

  it('reads the default value under its name in six display languages, from the bytes of each console code page', () => {
    const cases = [
      ['win32/reg-query-default-de.cp850.txt', 850, ''],
      ['win32/reg-query-default-fr.cp850.txt', 850, '"C:\\Program Files\\Mozilla Firefox\\firefox.exe" -osint -url "%1"'],
      ['win32/reg-query-default-ja.cp932.txt', 932, 'openas'],
      ['win32/reg-query-default-ru.cp866.txt', 866, 'C:\\Program Files\\Microsoft Office\\Root\\Office16\\WINWORD.EXE'],
      ['win32/reg-query-default-es.cp850.txt', 850, 'OPC Data Access 2.0 Server for iFix'],
      ['win32/reg-query-default-zh.cp936.txt', 936, '编辑'],
    ] as const;
    for (const [file, codePage, expected] of cases) {
      const values = parseRegQuery(commandFixture(file, decoderForCodePage(codePage)))[0]?.values;
      expect(values?.[''], file).toBe(expected);
      expect(Object.keys(values ?? {}).filter((name) => name.startsWith('(')), file).toEqual([]);
    }
  });

  it('finds nothing in an error or an empty search', () => {
    expect(parseRegQuery(commandFixture('win32/reg-query-missing-key.stderr.txt'))).toEqual([]);
    expect(parseRegQuery(commandFixture('win32/reg-query-no-match.txt'))).toEqual([]);
  });

  it('reads REG_DWORD values as numbers', () => {
    expect([regDword('0x1'), regDword('0xa80'), regDword('12'), regDword(undefined), regDword('zz')]).toEqual([1, 0xa80, 12, undefined, undefined]);
  });
});
