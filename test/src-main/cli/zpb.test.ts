import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { runCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();

function fixtureHome(name: string): string {
  const home = path.join(root, name);
  mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
  writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'Linux Client Version is 5.4.57862.0110\n');
  writeFileSync(path.join(home, '.zoom', 'logs', 'cef.log'), 'Zoom/7.1.5 (4332)\n');
  writeFileSync(path.join(home, '.zoom', 'logs', 'data.db'), 'private');
  return home;
}

describe('zpb collect (real process)', () => {
  it('writes a verified bundle with report, system and the Zoom logs, and prints its path last', async () => {
    const home = fixtureHome('home1');
    const out = path.join(root, 'b.zip');
    const run = await runCli(
      ['collect', '--no-probes', '--out', out, '--error-text', 'Call failed (code: 2202400)', '--time-zone', 'Europe/Berlin', '--action', 'dialing', '--scope', 'only-me', '--recent-change', 'app-update'],
      { cwd: root, env: { HOME: home } },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe(out);
    const { manifest, entries } = await readVerifiedBundle(out);
    expect([...entries.keys()]).toEqual(expect.arrayContaining(['manifest.json', 'report.json', 'system.json', 'README.txt', 'logs/zoom/home/zoom_stdout_stderr.log', 'logs/zoom/home/cef.log']));
    expect(entries.has('logs/zoom/home/data.db')).toBe(false);
    // HOME is a /tmp folder no home-path rule knows: it is redacted whole (issue 10).
    expect(manifest.skipped).toContainEqual({ source: path.join('<home-1>', '.zoom', 'logs', 'data.db'), reason: expect.stringContaining('never collected') });
    const report = JSON.parse(entries.get('report.json')!.toString());
    expect(report).toMatchObject({ errorText: 'Call failed (code: 2202400)', errorCode: { code: '400' }, timeZone: 'Europe/Berlin', action: 'dialing', recentChanges: ['app-update'] });
    // No --occurred-at: now, written with Berlin's offset (+01:00 or +02:00), never a bare Z.
    expect(report.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
    expect(Math.abs(Date.parse(report.occurredAt) - Date.now())).toBeLessThan(120_000);
    const system = JSON.parse(entries.get('system.json')!.toString());
    expect(system.system.os.platform).toBe(process.platform);
    expect(manifest.collectors.map((c) => c.id)).toEqual(expect.arrayContaining(['system', 'zoom-logs']));
    expect(entries.get('README.txt')!.toString()).toContain('Error code:  400');
  });

  it('uses the default name in the current folder, and --json prints one object', async () => {
    const cwd = path.join(root, 'cwd');
    mkdirSync(cwd);
    const run = await runCli(['collect', '--no-probes', '--json'], { cwd, env: { HOME: fixtureHome('home2') } });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(path.basename(result.path)).toMatch(/^zoom-phone-bundle-\d{8}-\d{6}\.zip$/);
    expect(path.dirname(result.path)).toBe(cwd);
    expect(result).toMatchObject({ ok: true, files: expect.any(Number) });
    await readVerifiedBundle(result.path);
  });

  it('exits 2 with one clear line and writes nothing for bad input', async () => {
    const cwd = path.join(root, 'bad');
    mkdirSync(cwd);
    const cases: [string[], RegExp][] = [
      [['collect', '--action', 'not-an-action'], /^zpb: --action: .*dialing/],
      [['collect', '--occurred-at', 'yesterday'], /^zpb: --occurred-at: /],
      [['collect', '--time-zone', 'Mars/Base'], /^zpb: --time-zone: not a known IANA time zone/],
      [['collect', '--unknown-flag'], /^zpb: unknown option --unknown-flag \(--help lists the options\)\n$/],
      [['collect', '--out', path.join(cwd, 'missing', 'x.zip')], /^zpb: --out: the folder .* does not exist/],
      [['frobnicate'], /^zpb: unknown command "frobnicate"/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, { cwd, env: { HOME: fixtureHome('home3') } });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const cwd = path.join(root, 'exists');
    mkdirSync(cwd);
    writeFileSync(path.join(cwd, 'b.zip'), 'keep');
    const run = await runCli(['collect', '--no-probes', '--out', 'b.zip'], { cwd, env: { HOME: fixtureHome('home4') } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/already exists.*--force/);
    const forced = await runCli(['collect', '--no-probes', '--out', 'b.zip', '--force'], { cwd, env: { HOME: fixtureHome('home4') } });
    expect(forced.code).toBe(0);
    await readVerifiedBundle(path.join(cwd, 'b.zip'));
  });

  it('prints help and the version', async () => {
    const help = await runCli(['collect', '--help'], { cwd: root });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--error-text');
    const version = await runCli(['--version'], { cwd: root });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('zpb collect redaction flags (real process)', () => {
  function homeWithSecrets(name: string): string {
    const home = fixtureHome(name);
    writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_phone.log'), 'login peggy@example.com password=hunter2\n');
    return home;
  }

  it('redacts with the standard profile by default and saves the mapping 0600 beside the bundle', async () => {
    const cwd = path.join(root, 'redact-default');
    mkdirSync(cwd);
    const run = await runCli(['collect', '--no-probes', '--out', 'b.zip', '--save-mapping', 'b.mapping.json'], { cwd, env: { HOME: homeWithSecrets('home5') } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { manifest, entries } = await readVerifiedBundle(path.join(cwd, 'b.zip'));
    expect(entries.get('logs/zoom/home/zoom_phone.log')!.toString()).toBe('login <email-1> password=<secret-1>\n');
    expect(manifest.redaction).toMatchObject({ profile: 'standard', byCategory: { email: 1, secret: 1 } });
    expect(statSync(path.join(cwd, 'b.mapping.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path.join(cwd, 'b.mapping.json'), 'utf8')).mapping).toMatchObject({ '<email-1>': 'peggy@example.com', '<secret-1>': 'hunter2' });
    expect([...entries.keys()].some((name) => name.includes('mapping'))).toBe(false);
  });

  it('never replaces an existing file with --save-mapping unless --force, and names the flag', async () => {
    const cwd = path.join(root, 'redact-mapping-exists');
    mkdirSync(cwd);
    // Yesterday's mapping: the only way back from yesterday's bundle's placeholders.
    writeFileSync(path.join(cwd, 'mapping.json'), 'yesterday\n');
    const run = await runCli(['collect', '--no-probes', '--out', 'b.zip', '--save-mapping', 'mapping.json'], { cwd, env: { HOME: homeWithSecrets('home8') } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`zpb: --save-mapping: ${path.join(cwd, 'mapping.json')} already exists; choose another name or pass --force to replace it\n`);
    expect(readFileSync(path.join(cwd, 'mapping.json'), 'utf8')).toBe('yesterday\n');
    expect(readdirSync(cwd)).toEqual(['mapping.json']);
    const missing = await runCli(['collect', '--no-probes', '--out', 'c.zip', '--save-mapping', 'nowhere/m.json'], { cwd, env: { HOME: homeWithSecrets('home9') } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`zpb: --save-mapping: the folder ${path.join(cwd, 'nowhere')} does not exist\n`);
    const forced = await runCli(['collect', '--no-probes', '--out', 'd.zip', '--save-mapping', 'mapping.json', '--force'], { cwd, env: { HOME: homeWithSecrets('home10') } });
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(cwd, 'mapping.json'), 'utf8')).mapping).toMatchObject({ '<secret-1>': 'hunter2' });
  });

  it('--redaction minimal keeps identities but not secrets; a bad profile is a usage error', async () => {
    const cwd = path.join(root, 'redact-minimal');
    mkdirSync(cwd);
    const run = await runCli(['collect', '--no-probes', '--out', 'b.zip', '--redaction', 'minimal'], { cwd, env: { HOME: homeWithSecrets('home6') } });
    expect(run.code).toBe(0);
    const { manifest, entries } = await readVerifiedBundle(path.join(cwd, 'b.zip'));
    expect(entries.get('logs/zoom/home/zoom_phone.log')!.toString()).toBe('login peggy@example.com password=<secret-1>\n');
    expect(manifest.redaction.profile).toBe('minimal');
    const bad = await runCli(['collect', '--no-probes', '--redaction', 'loose'], { cwd, env: { HOME: homeWithSecrets('home7') } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('zpb: --redaction: expected one of standard, strict, minimal, none\n');
  });
});

describe('zpb collect --request-link (real process)', () => {
  it('fills ticket, questions and settings from the link, flags win, and the manifest records the request', async () => {
    const out = path.join(root, 'link.zip');
    const link = 'zoom-phone-bundle://collect?ticket=INC-1042&helpdesk=IT%20Desk&action=sms&scope=many-users-one-network&probes=0&redaction=strict';
    const run = await runCli(['collect', '--request-link', link, '--scope', 'only-me', '--out', out], { cwd: root, env: { HOME: fixtureHome('home-link') } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const { manifest, entries } = await readVerifiedBundle(out);
    const report = JSON.parse(entries.get('report.json')!.toString());
    expect(report).toMatchObject({ ticket: 'INC-1042', action: 'sms', scope: 'only-me' });
    // The link's answer no flag replaced is the help desk's (triage says who said it); the scope given as a flag is the user's.
    expect(report.answeredByLink).toEqual({ helpdesk: 'IT Desk', fields: ['action'] });
    expect(manifest.request).toEqual({ ticket: 'INC-1042', helpdesk: 'IT Desk' });
    // An unsigned link may raise redaction.
    expect(manifest.redaction.profile).toBe('strict');
    expect(manifest.collectors).toContainEqual(expect.objectContaining({ id: 'probes', status: 'skipped', message: 'network probes turned off for this bundle' }));
  });

  it('an unsigned link cannot lower redaction nor say where to send the bundle: both ignored with one line, the default applies', async () => {
    const out = path.join(root, 'lowering-link.zip');
    const link = 'zoom-phone-bundle://collect?ticket=INC-1043&helpdesk=IT%20Desk&return=mailto:attacker@example.net&probes=0&redaction=minimal';
    const run = await runCli(['collect', '--request-link', link, '--out', out], { cwd: root, env: { HOME: fixtureHome('home-lowering') } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('zpb: --request-link: the link is not signed, so its lower redaction (the default, standard, applies) and where it says to send the bundle are ignored\n');
    expect(run.stderr).not.toContain('attacker@');
    const { manifest } = await readVerifiedBundle(out);
    expect(manifest.redaction.profile).toBe('standard');
    expect(manifest.request).toEqual({ ticket: 'INC-1043', helpdesk: 'IT Desk' });
    // The person running it may still choose less redaction themselves.
    const own = await runCli(['collect', '--request-link', link, '--redaction', 'minimal', '--out', path.join(root, 'own-choice.zip')], { cwd: root, env: { HOME: fixtureHome('home-own-choice') } });
    expect(own.code, own.stderr).toBe(0);
    expect((await readVerifiedBundle(path.join(root, 'own-choice.zip'))).manifest.redaction.profile).toBe('minimal');
  });

  it('exits 2 naming the bad field of a malformed link, writing nothing', async () => {
    const cwd = path.join(root, 'bad-link');
    mkdirSync(cwd);
    const run = await runCli(['collect', '--request-link', 'zoom-phone-bundle://collect?ticket=1&return=javascript:alert(1)'], { cwd, env: { HOME: fixtureHome('home-link2') } });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('zpb: --request-link: return: must be a mailto: address or an https:// page');
    expect(readdirSync(cwd)).toEqual([]);
  });
});
