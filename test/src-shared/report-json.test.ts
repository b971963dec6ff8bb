import { describe, expect, it } from 'vitest';
import { readErrorCode } from '../../src-shared/error-code.js';
import { incidentReportSchema } from '../../src-shared/incident-report.js';
import { readReportJson, type ReportJson } from '../../src-shared/report-json.js';

describe('readReportJson', () => {
  it('reads what create-bundle writes, the parsed code included', () => {
    const report = incidentReportSchema.parse({ errorText: 'Call failed (code: 2202400)', occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC', action: 'dialing', ticket: 'INC-1' });
    const written: ReportJson = { ...report, errorCode: readErrorCode(report.errorText) };
    // Through JSON, as it lies in the bundle.
    expect(readReportJson(JSON.parse(JSON.stringify(written)))).toEqual({
      ticket: 'INC-1',
      errorText: 'Call failed (code: 2202400)',
      errorCode: { code: '400', fullNumber: '2202400', meaning: expect.stringMatching(/^Bad request/) },
      occurredAt: '2026-11-26T08:00:00Z',
      timeZone: 'UTC',
      action: 'dialing',
    });
  });

  it('keeps every field in shape from an older or edited report, and reads nothing from a non-object', () => {
    expect(readReportJson({ ticket: 42, errorText: ['x'], errorCode: 'oops', scope: 'just-me' })).toEqual({ scope: 'just-me' });
    expect(readReportJson({ errorCode: null })).toEqual({ errorCode: null });
    expect(readReportJson('report')).toEqual({});
    expect(readReportJson(undefined)).toEqual({});
  });
});
