// Input that must be refused or neutralised: incident times out of range, numbers in forms other
// than plain decimals, control and bidi characters on the terminal and in README.txt, an unknown
// machine time zone, and the help desk's own request fields kept as the link gave them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCollectArgs } from '../../../src-main/cli/collect-command.js';
import { UsageError } from '../../../src-main/cli/usage-error.js';
import { generateRequestKeys, signRequest } from '../../../src-main/requests/sign-request.js';
import type { RequestLink } from '../../../src-shared/request-link.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { runCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();
const now = new Date('2026-11-28T12:00:00Z');

function refused(argv: string[]): string {
  try {
    parseCollectArgs(argv, now);
  } catch (error) {
    expect(error, argv.join(' ')).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

const keys = generateRequestKeys();
const policyFile = path.join(root, 'policy.json');
writeFileSync(policyFile, JSON.stringify({ trustedRequestKeys: { 'desk-1': keys.publicKeyPem } }));

/** A signed request link: only a signed request may say where the bundle goes. */
async function signedLink(claims: RequestLink): Promise<string> {
  const token = await signRequest({ privateKeyPem: keys.privateKeyPem, kid: 'desk-1', claims, now: new Date(), validForSeconds: 3600 });
  return `zoom-phone-bundle://collect?request=${token}`;
}

function home(name: string): string {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, '.zoom', 'logs'), { recursive: true });
  writeFileSync(path.join(dir, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'started\n');
  return dir;
}

/** Characters that must never reach a terminal or README.txt raw. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('--occurred-at range', () => {
  it('refuses a time in the future beyond a few minutes of clock skew, and one before 2011', () => {
    expect(refused(['--occurred-at', '2026-11-29T12:00:00Z'])).toMatch(/^--occurred-at: 2026-11-29T12:00:00Z is in the future \(this machine's clock says 2026-11-28T12:00:00.000Z\)/);
    expect(refused(['--occurred-at', '2026-11-28T13:00:00+00:30'])).toMatch(/is in the future/);
    expect(refused(['--occurred-at', '2010-12-31T23:59:59Z'])).toBe('--occurred-at: 2010-12-31T23:59:59Z is before 2011; check the year');
    expect(refused(['--occurred-at', '1970-01-01T00:00:00Z'])).toMatch(/before 2011/);
  });

  it('accepts the past and a little clock skew', () => {
    for (const at of ['2026-11-28T12:04:00Z', '2026-11-28T11:00:00-01:00', '2011-01-01T00:00:00Z', '2026-11-27T09:30:00+02:00']) {
      expect(parseCollectArgs(['--occurred-at', at], now).report.occurredAt, at).toBe(at);
    }
  });
});

describe('numeric flags', () => {
  it('take plain decimal numbers only', () => {
    for (const flag of ['--log-window', '--max-file-mb', '--max-total-mb']) {
      for (const value of ['1e-9', '1e3', '0x10', '0b1', '0o7', 'Infinity', 'NaN', '+5', '', ' ', '5.', '.5', '5.1234', '1_000', '٣']) {
        expect(refused([flag, value]), `${flag} ${value}`).toMatch(new RegExp(`^${flag}: expected a plain decimal number greater than 0`));
      }
      expect(refused([flag, '0']), flag).toMatch(/greater than 0/);
    }
    expect(parseCollectArgs(['--max-file-mb', '0.5', '--log-window', '72', '--max-total-mb', '200'], now).logSettings).toEqual({ maxFileBytes: 524288, logWindowHours: 72, maxTotalBytes: 200 * 1024 * 1024 });
    expect(refused(['--probe-deadline-ms', '1e4'])).toMatch(/^--probe-deadline-ms: expected whole milliseconds/);
  });
});

describe('zpb collect and hostile text', () => {
  it('escapes control and bidi characters on stderr and in README.txt; the JSON keeps the exact text; the request is kept as given', async () => {
    const out = path.join(root, 'hostile.zip');
    const errorText = 'Call failed (code: 2202400)\u001b[2J\r\nOK\u202egnp.exe';
    // The README's own example request, signed, with a ticket that tries to set the terminal's clipboard (OSC 52).
    const ticket = 'INC-1042\r\nOK\u001b]52;c;aGVsbG8=\u0007';
    const link = await signedLink({ ticket, helpdesk: 'IT Service Desk', returnTo: 'mailto:servicedesk@example.com', action: 'dialing' });
    const run = await runCli(['collect', '--no-probes', '--out', out, '--error-text', errorText, '--request-link', link], { cwd: root, env: { HOME: home('hostile-home'), ZPB_POLICY_FILE: policyFile } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain('Send this bundle to servicedesk@example.com (ticket INC-1042\\r\\nOK\\u001b]52;c;aGVsbG8=\\u0007).\n');
    const { manifest, entries } = await readVerifiedBundle(out);
    const readme = entries.get('README.txt')!.toString();
    expect(readme).not.toMatch(RAW_CONTROL);
    expect(readme).toContain('Error text:  Call failed (code: 2202400)\\u001b[2J\\r\\nOK\\u202egnp.exe\n');
    expect(readme).toContain('Ticket:      INC-1042\\r\\nOK\\u001b]52;c;aGVsbG8=\\u0007\n');
    expect(JSON.parse(entries.get('report.json')!.toString()).errorText).toBe(errorText);
    // The help desk's own fields: not redacted (the return address is where the bundle goes).
    expect(manifest.request).toEqual({ ticket: 'INC-1042\r\nOK\u001b]52;c;aGVsbG8=\u0007', helpdesk: 'IT Service Desk', returnTo: 'mailto:servicedesk@example.com' });
  });

  it('shows an international return host in punycode beside its Unicode form', async () => {
    const out = path.join(root, 'idn.zip');
    const link = await signedLink({ ticket: 'INC-7', returnTo: 'mailto:help@exаmple.com' });
    const run = await runCli(['collect', '--no-probes', '--out', out, '--request-link', link], { cwd: root, env: { HOME: home('idn-home'), ZPB_POLICY_FILE: policyFile } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Send this bundle to help@exаmple.com (host xn--exmple-4nf.com) (ticket INC-7).\n');
  });

  it('falls back to UTC with one warning when the machine time zone is unknown', async () => {
    const out = path.join(root, 'tz.zip');
    const run = await runCli(['collect', '--no-probes', '--out', out], { cwd: root, env: { HOME: home('tz-home'), TZ: 'Mars/Base' } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("zpb: warning: this machine's time zone (TZ=Mars/Base) is not a known IANA zone; using UTC (pass --time-zone to set it)\n");
    const { entries } = await readVerifiedBundle(out);
    expect(JSON.parse(entries.get('report.json')!.toString()).timeZone).toBe('UTC');
  });

  it('escapes what a usage error quotes back', async () => {
    const run = await runCli(['collect', '--action', 'dial\u001b]52;c;eA==\u0007ing\r'], { cwd: root, env: { HOME: home('usage-home') } });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
  });
});
