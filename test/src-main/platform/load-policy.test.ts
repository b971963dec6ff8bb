import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../src-main/platform/load-policy.js';
import { FAILED_CLOSED_SOURCE } from '../../../src-shared/org-policy.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { fixtureRunner, type RecordedCommand } from '../../helpers/fixture-runner.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'policy');
const KEY_A = readFileSync(path.join(FIXTURES, 'keys-a.pub.pem'), 'utf8');
const KEY_B = readFileSync(path.join(FIXTURES, 'keys-b.pub.pem'), 'utf8');
const HKLM = 'HKLM\\SOFTWARE\\Policies\\ZoomPhoneSupportBundle';
const HKCU = 'HKCU\\SOFTWARE\\Policies\\ZoomPhoneSupportBundle';
const MISSING: RecordedCommand = { stdoutFile: '../policy/win32/reg-query-missing-key.stderr.txt', exitCode: 1 };
const me = process.getuid?.() ?? 0;
const tmp = useTempDir('zpb-policy-');
let rootCount = 0;

/** A fresh fixture root with `files` (relative path -> fixture file or text) at mode 0644. */
function fixtureRoot(files: Record<string, { fixture?: string; text?: string; mode?: number }>): string {
  const root = path.join(tmp, `root-${rootCount++}`);
  for (const [relative, file] of Object.entries(files)) {
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    if (file.fixture) copyFileSync(path.join(FIXTURES, file.fixture), target);
    else writeFileSync(target, file.text ?? '');
    chmodSync(target, file.mode ?? 0o644);
  }
  return root;
}

function windows(hklm: RecordedCommand, hkcu: RecordedCommand, more: Record<string, RecordedCommand> = {}) {
  const runner = fixtureRunner({ [`reg query ${HKLM} /s`]: hklm, [`reg query ${HKCU} /s`]: hkcu, ...more });
  return { environment: { ...fixtureEnvironment('win32', tmp), runCommand: runner }, runner };
}

const normalise = (pem: string | undefined) => pem?.replace(/\s+/g, '');

describe('loadPolicy on Windows (reg query HKLM, then HKCU)', () => {
  it('takes each key from HKLM when set there, else from HKCU, with registry text turned into the key types', async () => {
    const { environment, runner } = windows({ stdoutFile: '../policy/win32/reg-query-hklm-policy.txt' }, { stdoutFile: '../policy/win32/reg-query-hkcu-policy.txt' });
    const policy = await loadPolicy(environment);
    expect(runner.calls.filter((call) => call.includes('Policies'))).toEqual([`reg query ${HKLM} /s`, `reg query ${HKCU} /s`]);
    expect(policy.problems).toEqual([]);
    expect(policy.failedClosed).toBe(false);
    const s = policy.settings;
    // Value names match whatever their case (RequireSignedRequests, MaxTotalMb), as the registry does.
    expect(s.requireSignedRequests).toEqual({ value: true, source: HKLM });
    expect(s.allowedUploadHosts).toEqual({ value: ['uploads.example.com', 'tus.example.net'], source: HKLM });
    expect(s.minimumRedaction).toEqual({ value: 'standard', source: HKLM });
    expect(s.maxLogWindowHours).toEqual({ value: 72, source: HKLM });
    expect(s.maxTotalMb).toEqual({ value: 50, source: HKCU });
    expect(s.allowScreenshots).toEqual({ value: false, source: HKCU });
    expect(s.probePlan?.value).toBe('C:\\ProgramData\\ZoomPhoneSupportBundle\\probe-plan.json');
    // A bare base64 key (REG_SZ) becomes a PEM; HKLM's whole map wins over HKCU's.
    expect(Object.keys(s.trustedRequestKeys!.value!)).toEqual(['helpdesk-2026']);
    expect(normalise(s.trustedRequestKeys!.value!['helpdesk-2026'])).toBe(normalise(KEY_A));
    expect(policy.sources).toEqual([HKLM, HKCU]);
  });

  it('reads HKCU alone when HKLM has no key, PEM lines from a REG_MULTI_SZ included', async () => {
    const { environment } = windows(MISSING, { stdoutFile: '../policy/win32/reg-query-hkcu-policy.txt' });
    const policy = await loadPolicy(environment);
    expect(policy.failedClosed).toBe(false);
    expect(policy.settings.minimumRedaction).toEqual({ value: 'minimal', source: HKCU });
    expect(policy.settings.maxLogWindowHours?.value).toBe(168);
    expect(normalise(policy.settings.trustedRequestKeys?.value?.['field-desk'])).toBe(normalise(KEY_B));
  });

  it('is empty when neither key exists', async () => {
    const policy = await loadPolicy(windows(MISSING, MISSING).environment);
    expect(policy).toMatchObject({ settings: {}, sources: [], problems: [], failedClosed: false });
  });

  it("on a German Windows, reg's localized not-found sentence still means no key: told by the parent's list of subkeys", async () => {
    const GERMAN_MISSING: RecordedCommand = { stderrFile: '../policy/win32/reg-query-missing-key-de.cp850.stderr.txt', exitCode: 1 };
    const { environment } = windows(GERMAN_MISSING, GERMAN_MISSING, {
      'cmd /d /c chcp': { stdoutFile: 'win32/chcp-de.cp850.txt' },
      'reg query HKLM\\SOFTWARE\\Policies': { stdoutFile: '../policy/win32/reg-query-hklm-policies.txt' },
      // HKCU\SOFTWARE\Policies is often missing too: its parent decides.
      'reg query HKCU\\SOFTWARE\\Policies': GERMAN_MISSING,
      'reg query HKCU\\SOFTWARE': { stdout: '\r\nHKEY_CURRENT_USER\\SOFTWARE\r\nHKEY_CURRENT_USER\\SOFTWARE\\Microsoft\r\n' },
    });
    expect(await loadPolicy(environment)).toMatchObject({ settings: {}, sources: [], problems: [], failedClosed: false });
  });

  it('a key that its parent lists but reg cannot read still fails closed, whatever the language', async () => {
    const { environment } = windows({ stderrFile: '../policy/win32/reg-query-missing-key-de.cp850.stderr.txt', exitCode: 1 }, MISSING, {
      'reg query HKLM\\SOFTWARE\\Policies': { stdout: '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\ZoomPhoneSupportBundle\r\n' },
    });
    expect((await loadPolicy(environment)).failedClosed).toBe(true);
  });

  it('a localized default value line in TrustedRequestKeys is no key id', async () => {
    const hklm = [
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\ZoomPhoneSupportBundle',
      '    requireSignedRequests    REG_DWORD    0x1',
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\ZoomPhoneSupportBundle\\TrustedRequestKeys',
      '    (Standard)    REG_SZ    (Wert nicht festgelegt)',
      `    helpdesk-2026    REG_SZ    ${KEY_A.replace(/-----[^-]+-----|\s/g, '')}`,
      '',
    ].join('\r\n');
    const policy = await loadPolicy(windows({ stdout: hklm }, MISSING).environment);
    expect(policy.problems).toEqual([]);
    expect(Object.keys(policy.settings.trustedRequestKeys?.value ?? {})).toEqual(['helpdesk-2026']);
  });

  it('fails closed on an invalid HKLM value and never falls back to the looser HKCU value for that key', async () => {
    const { environment } = windows({ stdoutFile: '../policy/win32/reg-query-hklm-policy-invalid.txt' }, { stdoutFile: '../policy/win32/reg-query-hkcu-policy.txt' });
    const policy = await loadPolicy(environment);
    expect(policy.failedClosed).toBe(true);
    expect(policy.problems).toHaveLength(2);
    expect(policy.problems[0]).toMatch(/^HKLM\\SOFTWARE\\Policies\\ZoomPhoneSupportBundle: minimumRedaction: /);
    expect(policy.problems[1]).toMatch(/maxLogWindowHours/);
    expect(policy.settings.minimumRedaction).toBeUndefined();
    expect(policy.settings.maxLogWindowHours).toBeUndefined();
    expect(policy.settings.requireSignedRequests).toEqual({ value: true, source: FAILED_CLOSED_SOURCE });
    expect(policy.settings.allowedUploadHosts).toEqual({ value: [], source: FAILED_CLOSED_SOURCE });
    // Keys HKLM did not set still come from HKCU.
    expect(policy.settings.maxTotalMb?.value).toBe(50);
  });

  it('fails closed when reg cannot run', async () => {
    const { environment } = windows({ stdout: '', exitCode: 5 }, MISSING);
    const policy = await loadPolicy(environment);
    expect(policy.failedClosed).toBe(true);
    expect(policy.problems).toEqual([`${HKLM}: could not be read (exit 5)`]);
  });
});

describe('loadPolicy on macOS (managed preferences, then /Library/Preferences)', () => {
  const MANAGED = 'Library/Managed Preferences/io.github.zoomphonesupportbundle.app.plist';
  const PREFS = 'Library/Preferences/io.github.zoomphonesupportbundle.app.plist';

  it('takes forced values from the managed XML plist over the binary preferences plist', async () => {
    const root = fixtureRoot({ [MANAGED]: { fixture: 'darwin/managed.plist' }, [PREFS]: { fixture: 'darwin/preferences.bplist' } });
    const policy = await loadPolicy({ ...fixtureEnvironment('darwin', tmp), rootDir: root }, { trustedOwnerUid: me });
    const managed = path.join(root, MANAGED);
    const prefs = path.join(root, PREFS);
    expect(policy.problems).toEqual([]);
    expect(policy.sources).toEqual([managed, prefs]);
    expect(policy.settings.requireSignedRequests).toEqual({ value: true, source: managed });
    expect(policy.settings.minimumRedaction).toEqual({ value: 'strict', source: managed });
    expect(Object.keys(policy.settings.trustedRequestKeys!.value!)).toEqual(['helpdesk-2026']);
    expect(policy.settings.maxTotalMb).toEqual({ value: 75, source: prefs });
    expect(policy.settings.maxLogWindowHours).toEqual({ value: 24.5, source: prefs });
    expect(policy.settings.allowScreenshots).toEqual({ value: false, source: prefs });
    expect(policy.settings.reporterKey?.value).toBe('0123456789abcdef-org-secret');
  });

  it('fails closed on values of the wrong type and on a damaged plist, naming the file', async () => {
    const root = fixtureRoot({ [MANAGED]: { fixture: 'darwin/wrong-types.plist' }, [PREFS]: { text: 'bplist00 cut short' } });
    const policy = await loadPolicy({ ...fixtureEnvironment('darwin', tmp), rootDir: root }, { trustedOwnerUid: me });
    expect(policy.failedClosed).toBe(true);
    expect(policy.problems).toEqual([`${path.join(root, MANAGED)}: requireSignedRequests: Invalid input: expected boolean, received string`, `${path.join(root, PREFS)}: is not a valid property list`]);
    expect(policy.settings.maxTotalMb?.value).toBe(75);
  });

  it('ignores a preferences file another account could have written', async () => {
    const root = fixtureRoot({ [PREFS]: { fixture: 'darwin/preferences.bplist', mode: 0o666 } });
    const policy = await loadPolicy({ ...fixtureEnvironment('darwin', tmp), rootDir: root }, { trustedOwnerUid: me });
    expect(policy.settings).toEqual({});
    expect(policy.failedClosed).toBe(false);
    expect(policy.notes).toEqual([`${path.join(root, PREFS)}: ignored (writable by everyone (mode 666))`]);
  });
});

describe('loadPolicy on Linux (/etc/zoom-phone-support-bundle/policy.json, then ZPB_POLICY_FILE)', () => {
  const ETC = 'etc/zoom-phone-support-bundle/policy.json';

  it('uses the root-owned file, and ZPB_POLICY_FILE only for keys it leaves unset', async () => {
    const root = fixtureRoot({ [ETC]: { fixture: 'linux/policy.json' } });
    const userFile = path.join(FIXTURES, 'linux', 'user-policy.json');
    const policy = await loadPolicy({ ...fixtureEnvironment('linux', tmp, { ZPB_POLICY_FILE: userFile }), rootDir: root }, { trustedOwnerUid: me });
    const etc = path.join(root, ETC);
    expect(policy.problems).toEqual([]);
    expect(policy.settings.requireSignedRequests).toEqual({ value: true, source: etc });
    // Host names are compared in lower case.
    expect(policy.settings.allowedUploadHosts).toEqual({ value: ['uploads.example.com', '127.0.0.1:9000'], source: etc });
    expect(policy.settings.maxTotalMb).toEqual({ value: 20, source: userFile });
    expect(policy.settings.allowScreenshots).toEqual({ value: false, source: userFile });
  });

  for (const [label, mode, owner, note] of [
    ['group-writable', 0o664, me, 'writable by its group (mode 664)'],
    ['world-writable', 0o646, me, 'writable by everyone (mode 646)'],
    ['owned by another account', 0o644, me + 1, `owned by uid ${me}, not ${me + 1 === 0 ? 'root' : `uid ${me + 1}`}`],
  ] as const) {
    it(`ignores a policy file that is ${label}, and says why`, async () => {
      const root = fixtureRoot({ [ETC]: { fixture: 'linux/policy.json', mode } });
      const policy = await loadPolicy({ ...fixtureEnvironment('linux', tmp), rootDir: root }, { trustedOwnerUid: owner });
      expect(policy.settings).toEqual({});
      expect(policy.notes).toEqual([`${path.join(root, ETC)}: ignored (${note})`]);
    });
  }

  it('takes ZPB_POLICY_FILE alone when there is no managed file', async () => {
    const userFile = path.join(FIXTURES, 'linux', 'user-policy.json');
    const policy = await loadPolicy({ ...fixtureEnvironment('linux', tmp, { ZPB_POLICY_FILE: userFile }), rootDir: fixtureRoot({}) });
    expect(policy.settings.allowedUploadHosts).toEqual({ value: ['evil.example.org'], source: userFile });
    expect(policy.settings.requireSignedRequests?.value).toBe(false);
  });

  for (const [label, text, problem] of [
    ['not JSON', '{"requireSignedRequests": tru', 'is not valid JSON'],
    ['a JSON array', '[]', 'is not a JSON object'],
    ['an unknown host form', '{"allowedUploadHosts": ["https://uploads.example.com/"]}', 'allowedUploadHosts.0: expected a host name'],
    ['an RSA request key', JSON.stringify({ trustedRequestKeys: { old: readFileSync(path.join(FIXTURES, 'rsa.pub.pem'), 'utf8') } }), 'trustedRequestKeys.old is a rsa key; request keys are Ed25519'],
    ['a key that is no key', JSON.stringify({ trustedRequestKeys: { bad: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----' } }), 'trustedRequestKeys.bad is not a readable public key'],
  ] as const) {
    it(`fails closed when the policy file holds ${label}`, async () => {
      const root = fixtureRoot({ [ETC]: { text } });
      const policy = await loadPolicy({ ...fixtureEnvironment('linux', tmp), rootDir: root }, { trustedOwnerUid: me });
      expect(policy.failedClosed).toBe(true);
      expect(policy.problems).toHaveLength(1);
      expect(policy.problems[0]).toContain(`${path.join(root, ETC)}: ${problem}`);
      expect(policy.settings.allowedUploadHosts?.value).toEqual([]);
    });
  }

  it('fails closed when ZPB_POLICY_FILE names a file that is missing or not a regular file', async () => {
    for (const named of [path.join(tmp, 'no-such-policy.json'), tmp]) {
      const policy = await loadPolicy({ ...fixtureEnvironment('linux', tmp, { ZPB_POLICY_FILE: named }), rootDir: fixtureRoot({}) });
      expect(policy.failedClosed).toBe(true);
      expect(policy.problems[0]).toMatch(/does not exist|not a regular file/);
    }
  });
});
