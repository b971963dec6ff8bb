// The Windows installer's scheme registration (assets/installer.nsh, included by electron-builder's
// NSIS script), checked at the level that runs here: the registry entries it writes and removes,
// and that the command line Windows builds from them hands the link to the app's argv reader.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, it } from 'vitest';
import { REQUEST_LINK_SCHEME, requestLinkFromArgv } from '../../src-shared/request-link.js';
import { PROJECT_ROOT } from '../helpers/run-cli.js';

const scheme = REQUEST_LINK_SCHEME.replace(/:$/, '');

/** The body of one `!macro NAME ... !macroend` block. */
function macro(source: string, name: string): string {
  const match = new RegExp(`^!macro ${name}\\s*$([\\s\\S]*?)^!macroend`, 'm').exec(source);
  if (!match) throw new Error(`no macro ${name}`);
  return match[1]!;
}

/** `WriteRegStr ROOT "key" "name" value` lines as {key, name, value} (NSIS strings in "..." or '...'). */
function writes(body: string): { root: string; key: string; name: string; value: string }[] {
  return [...body.matchAll(/^\s*WriteRegStr\s+(\S+)\s+"([^"]*)"\s+"([^"]*)"\s+("([^"]*)"|'([^']*)')\s*$/gm)].map((m) => ({
    root: m[1]!,
    key: m[2]!,
    name: m[3]!,
    value: m[5] ?? m[6]!,
  }));
}

/** Splits a Windows command line the way the C runtime does for simple quoted arguments. */
function splitCommandLine(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe('Windows installer: zoom-phone-bundle: scheme', async () => {
  const config = await getConfig(PROJECT_ROOT, null, null);
  const includePath = path.join(PROJECT_ROOT, String(config.nsis?.include));
  const source = readFileSync(includePath, 'utf8');
  const classKey = `Software\\Classes\\${scheme}`;

  it('is included by the NSIS installer', () => {
    expect(path.relative(PROJECT_ROOT, includePath)).toBe(path.join('assets', 'installer.nsh'));
  });

  it('writes the scheme as a URL protocol under the install context (HKCU for a per-user install)', () => {
    const install = writes(macro(source, 'customInstall'));
    expect(install.every((w) => w.root === 'SHELL_CONTEXT')).toBe(true);
    expect(install).toContainEqual(expect.objectContaining({ key: classKey, name: 'URL Protocol', value: '' }));
    expect(install.find((w) => w.key === classKey && w.name === '')?.value).toMatch(/^URL:/);
  });

  it('opens the app with the link as an argument the app reads, after "--" so no switch can come from a link', () => {
    const command = writes(macro(source, 'customInstall')).find((w) => w.key === `${classKey}\\shell\\open\\command`);
    expect(command).toBeDefined();
    const link = `${scheme}://collect?ticket=INC-7&helpdesk=Desk%20Two`;
    const argv = splitCommandLine(command!.value.replace('$appExe', 'C:\\Users\\u\\AppData\\Local\\Programs\\app\\App.exe').replace('%1', link));
    expect(argv).toEqual(['C:\\Users\\u\\AppData\\Local\\Programs\\app\\App.exe', '--', link]);
    expect(requestLinkFromArgv(argv)).toBe(link);
    // A link that closes the quote to add a switch leaves it after "--", where Chromium reads none.
    const crafted = splitCommandLine(command!.value.replace('$appExe', 'App.exe').replace('%1', `${scheme}://x" --inspect=9229 "`));
    expect(crafted).toContain('--inspect=9229');
    expect(crafted.indexOf('--inspect=9229')).toBeGreaterThan(crafted.indexOf('--'));
  });

  it('removes the registration on uninstall', () => {
    expect(macro(source, 'customUnInstall')).toMatch(new RegExp(`DeleteRegKey SHELL_CONTEXT "${classKey.replace(/\\/g, '\\\\')}"`));
  });
});
