// Markdown tables in pasted tickets: each cell judged by its column's header.
import { describe, expect, it } from 'vitest';
import { MarkdownTables, tableCells } from '../../../src-main/redact/markdown-tables.js';
import { TEXT_PIECE_BYTES } from '../../../src-main/redact/redact-stream.js';
import { Redactor } from '../../../src-main/redact/redactor.js';
import { redactedStream } from '../../helpers/redacted-stream.js';

describe('markdown tables', () => {
  it('replaces the private columns of a pasted table and keeps its layout and the text around it', async () => {
    const text =
      'Affected users (see below), all on 6.3.1:\n\n' +
      '| Name | E-mail | Ext | MAC | Status |\n' +
      '|------|--------|----:|-----|--------|\n' +
      '| Priya Raman | priya.raman@example.com | 3303 | 00:1A:2B:3C:4D:5E | ok |\n' +
      '| Okafor, Chidi | chidi@example.com | 3304 | 001a2b3c4d5f | error 400 |\n' +
      '\n' +
      'Ext 3305 was not tested.\n';
    const out = await redactedStream(text);
    expect(out).toBe(
      'Affected users (see below), all on 6.3.1:\n\n' +
        '| Name | E-mail | Ext | MAC | Status |\n' +
        '|------|--------|----:|-----|--------|\n' +
        '| <name-1> | <email-1> | <ext:4d-1> | <mac-1> | ok |\n' +
        '| <name-2> | <email-2> | <ext:4d-2> | <mac-2> | error 400 |\n' +
        '\n' +
        out.split('\n').at(-2)! +
        '\n',
    );
  });

  it('reads tables without outer pipes, with alignment colons and bold headers', async () => {
    const out = await redactedStream('**Employee ID** | **Date of Birth** | Department\n:--- | :---: | ---\nE-20931 | 1988-07-21 | Finance\n');
    expect(out).toBe('**Employee ID** | **Date of Birth** | Department\n:--- | :---: | ---\n<member-id-1> | <birth-date-1> | Finance\n');
  });

  it('carries an open table into the next piece', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `| user${i}x | ${i % 2 === 0 ? 'ok' : 'failed'} |`).join('\n');
    const text = `| Username | Result |\n| --- | --- |\n${rows}\n`;
    expect(text.length).toBeGreaterThan(TEXT_PIECE_BYTES);
    const out = await redactedStream(text);
    expect(out).not.toMatch(/user\d+x/);
    expect(out.split('\n')[3999]).toMatch(/^\| <user-\d+> \| (?:ok|failed) \|$/);
  });

  it('keeps tables of diagnostics, rule lines without a header, and log lines with pipes', async () => {
    for (const text of [
      '| Version | Error Code | Time Zone |\n|---|---|---|\n| 6.3.1.12345 | 400 | Europe/Berlin |\n',
      '-----------------------------\n| a | b |\n',
      '2026-12-01 10:00:01 INFO [Sip] state=1|2|3 ---- done\n--- | ---\n',
    ]) {
      expect(await redactedStream(text)).toBe(text);
    }
  });

  it('splits cells at unescaped pipes', () => {
    expect(tableCells('| a | b\\|c |')).toEqual({ lead: '|', cells: [' a ', ' b\\|c '], tail: '|' });
    expect(tableCells('a | b')).toEqual({ lead: '', cells: ['a ', ' b'], tail: '' });
    expect(tableCells('no pipes')).toBeNull();
  });

  it('costs an indexOf or two on text that holds no rule line', () => {
    const redactor = new Redactor({ profile: 'standard' });
    const tables = new MarkdownTables({ placeholders: redactor.placeholders, redactText: (t) => redactor.redactText(t), secretsOnly: false });
    const log = '2026-12-01 10:00:01 INFO [Sip] | Name | Ext |\n';
    expect(tables.redact(log)).toEqual({ text: log, count: 0 });
  });
});
