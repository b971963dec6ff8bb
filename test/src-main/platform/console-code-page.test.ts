import { describe, expect, it } from 'vitest';
import { consoleCodePage, parseChcp } from '../../../src-main/platform/console-code-page.js';
import { commandFixture, fixtureRunner } from '../../helpers/fixture-runner.js';

const CHCP = 'cmd /d /c chcp';
const OEMCP = 'reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage /v OEMCP';

describe('parseChcp', () => {
  it("reads the number whatever the language, even before the output's own code page is known", () => {
    expect(parseChcp(commandFixture('win32/chcp-en.txt'))).toBe(437);
    expect(parseChcp(commandFixture('win32/chcp-de.cp850.txt'))).toBe(850);
    // Read as UTF-8, the Japanese and Russian words are garbage; the digits are ASCII in every code page.
    expect(parseChcp(commandFixture('win32/chcp-ja.cp932.txt'))).toBe(932);
    expect(parseChcp(commandFixture('win32/chcp-ru.cp866.txt'))).toBe(866);
    expect(parseChcp('Der Befehl ist falsch geschrieben')).toBeUndefined();
  });
});

describe('consoleCodePage', () => {
  it('asks the console first', async () => {
    expect(await consoleCodePage(fixtureRunner({ [CHCP]: { stdoutFile: 'win32/chcp-ja.cp932.txt' } }))).toBe(932);
  });

  it("falls back to the system's OEM code page in the registry, and to nothing", async () => {
    expect(await consoleCodePage(fixtureRunner({ [OEMCP]: { stdoutFile: 'win32/reg-query-oemcp.txt' } }))).toBe(850);
    expect(await consoleCodePage(fixtureRunner({}))).toBeUndefined();
  });
});
