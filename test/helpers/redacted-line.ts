// A line redacted as a bundle's file content is (its UTF-8 bytes as latin1 text), read back as UTF-8,
// and the checks the per-kind redaction tests share.
import { expect } from 'vitest';
import { Redactor, toLatin1Text, type RedactionSettings } from '../../src-main/redact/redactor.js';

/** The line redacted with the standard profile (or the settings given), as UTF-8 text. */
export function redactLine(line: string, settings: Partial<RedactionSettings> = {}, redactor = new Redactor({ profile: 'standard', ...settings })): string {
  return Buffer.from(redactor.redactText(toLatin1Text(line)).text, 'latin1').toString('utf8');
}

/** Every value of `gone` is gone from the redacted line and every one of `kept` still there. */
export function expectRedacted(line: string, gone: readonly string[], kept: readonly string[] = [], settings: Partial<RedactionSettings> = {}): string {
  const out = redactLine(line, settings);
  for (const value of gone) expect(out, `"${value}" survived in: ${out}`).not.toContain(value);
  for (const value of kept) expect(out, `"${value}" was lost in: ${out}`).toContain(value);
  return out;
}
