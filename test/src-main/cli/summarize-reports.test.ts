// `zpb summarize --csv/--html` from the real binary on real bundles: the CSV parsed back (one row
// per file, formula-leading cells quoted), the HTML opened in Chromium (self-contained: nothing
// loaded but the page, hostile text shown as text, the timeline's dots, axe clean).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CSV_COLUMNS } from '../../../src-main/fleet/summary/summary-csv.js';
import { launchChromium } from '../../helpers/chromium.js';
import { writeFleetBundle } from '../../helpers/fleet-bundles.js';
import { a11yViolations } from '../../helpers/renderer-harness.js';
import { runCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const inbox = path.join(dir, 'inbox');
const out = path.join(dir, 'out');
// Texts a spreadsheet would run as formulas, and markup a page would run.
const HOSTILE = ['=1+2 Call failed (code: 2202400)', '+SUM(1) Call failed', '-2+3 Call failed', '@SUM(1) Call failed', '<img src=x onerror=alert(1)> "quoted" & failed'];
let runCode: number | null;

beforeAll(async () => {
  mkdirSync(inbox);
  mkdirSync(out);
  await Promise.all([
    writeFleetBundle(inbox, 'a.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z', proxy: 'proxy' }),
    writeFleetBundle(inbox, 'b.zip', { user: 'bob', occurredAt: '2026-11-26T08:40:00Z', proxy: 'proxy', zoomVersion: '6.2.5' }),
    writeFleetBundle(inbox, 'c.zip', { user: 'cy', occurredAt: '2026-11-26T14:00:00Z', proxy: 'proxy', connection: 'wifi' }),
    ...HOSTILE.map((errorText, i) => writeFleetBundle(inbox, `h${i}.zip`, { user: `h${i}`, occurredAt: `2026-11-27T0${i}:00:00Z`, errorText })),
  ]);
  writeFileSync(path.join(inbox, '=cmd.zip'), 'not a zip');
  const run = await runCli(['summarize', 'inbox', '--csv', 'out/summary.csv', '--html', 'out/summary.html'], { cwd: dir });
  runCode = run.code;
  expect(run.stderr).toBe('');
});

describe('zpb summarize --csv', () => {
  it('writes one row per file with its group, and files not counted with why', () => {
    expect(runCode).toBe(1);
    const rows = parse(readFileSync(path.join(out, 'summary.csv')), { columns: true }) as Array<Record<(typeof CSV_COLUMNS)[number], string>>;
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(9);
    const counted = rows.filter((r) => r.status === 'counted');
    expect(counted.map((r) => r.file)).toEqual(['inbox/a.zip', 'inbox/b.zip', 'inbox/c.zip', ...HOSTILE.map((_, i) => `inbox/h${i}.zip`)]);
    const a = counted[0]!;
    expect(a).toMatchObject({ group: '1', fingerprint: '400|dialing|call failed (code: <num>)', group_verdict: 'shared-network', episode: '1', error_code: '400', action: 'dialing', proxy: 'proxy' });
    expect(counted[2]!.episode).toBe('2');
    const bad = rows.find((r) => r.status === 'not counted')!;
    expect(bad.file).toBe('inbox/=cmd.zip');
    expect(bad.reason).toMatch(/^not a readable zip/);
  });

  it('quotes every cell a spreadsheet would run as a formula', () => {
    const rows = parse(readFileSync(path.join(out, 'summary.csv')), { columns: true }) as Array<Record<string, string>>;
    for (const row of rows) for (const [column, value] of Object.entries(row)) expect(value, `${column}: ${value}`).not.toMatch(/^[=+\-@\t\r]/);
    const texts = rows.map((r) => r.error_text);
    expect(texts).toEqual(expect.arrayContaining(["'=1+2 Call failed (code: 2202400)", "'+SUM(1) Call failed", "'-2+3 Call failed", "'@SUM(1) Call failed"]));
  });
});

describe('zpb summarize --html', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is one self-contained page: nothing else is loaded, markup from bundles stays text, a dot per incident, axe clean', async () => {
    const file = path.join(out, 'summary.html');
    const html = readFileSync(file, 'utf8');
    // No element that loads anything, no reference outside the page (only #anchors).
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b|url\(/i);
    expect(html).not.toMatch(/\s(src|href)="(?!#)/i);
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(pathToFileURL(file).href);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
    expect(await page.locator('img, script').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('<img src=x onerror=alert(<num>)> "quoted" & failed');
    expect(await page.locator('svg circle').count()).toBe(8);
    expect(await page.locator('svg rect').count()).toBeGreaterThanOrEqual(6);
    const groups = page.locator('table').first().locator('tbody tr');
    expect(await groups.count()).toBe(6);
    expect(await groups.first().innerText()).toContain('shared-network');
    expect(await page.getByRole('heading', { name: 'Not counted' }).count()).toBe(1);
    expect(await page.locator('section').first().innerText()).toContain('all 3 bundles behind a proxy (verdict proxy)');
    expect(await a11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('leaves no temporary file beside the reports, and a missing folder is bad usage with no file written', async () => {
    expect(readdirSync(out).sort()).toEqual(['summary.csv', 'summary.html']);
    const run = await runCli(['summarize', 'inbox', '--html', 'nowhere/summary.html'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^zpb: --html: the folder .*nowhere does not exist\n$/);
  });
});

describe('zpb summarize reports and terminal escapes', () => {
  it('writes control, bidi-override and invisible characters from a bundle escaped in the CSV and the HTML (a `cat` of either acts on none)', async () => {
    const own = path.join(dir, 'escapes');
    mkdirSync(own);
    // OSC 52 sets the terminal's clipboard, ESC[2J clears the screen, U+202E reverses, U+200B hides.
    const errorText = 'Call failed\u001b]52;c;aGk=\u0007 (code: 2202400)\u001b[2J \u202egnp.exe\u200b';
    await writeFleetBundle(own, 'ctl.zip', { user: 'ctl', occurredAt: '2026-11-27T08:00:00Z', errorText });
    const run = await runCli(['summarize', 'escapes', '--csv', 'escapes/r.csv', '--html', 'escapes/r.html'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const raw = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u202e]/;
    const csv = readFileSync(path.join(own, 'r.csv'), 'utf8');
    const html = readFileSync(path.join(own, 'r.html'), 'utf8');
    expect(csv).not.toMatch(raw);
    expect(html).not.toMatch(raw);
    expect(csv).toContain('Call failed\\u001b]52;c;aGk=\\u0007 (code: 2202400)\\u001b[2J \\u202egnp.exe\\u200b');
    expect(html).toContain('\\u202egnp.exe\\u200b');
  });
});
