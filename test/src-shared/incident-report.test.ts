import { describe, expect, it } from 'vitest';
import { incidentReportSchema, isValidTimeZone } from '../../src-shared/incident-report.js';

const base = { occurredAt: '2026-11-26T09:15:00+01:00', timeZone: 'Europe/Berlin' };

describe('incidentReportSchema', () => {
  it('accepts a full report and fills defaults', () => {
    const report = incidentReportSchema.parse({ ...base, errorText: 'Call failed (code: 2202400)', action: 'dialing', scope: 'only-me', network: 'vpn' });
    expect(report.recentChanges).toEqual([]);
    expect(report.notes).toBe('');
  });
  it('rejects unknown actions, scopes and networks', () => {
    for (const bad of [{ action: 'flying' }, { scope: 'everyone' }, { network: 'carrier-pigeon' }, { recentChanges: ['moon-phase'] }]) {
      expect(incidentReportSchema.safeParse({ ...base, ...bad }).success).toBe(false);
    }
  });
  it('requires an offset on the time and a real IANA zone', () => {
    expect(incidentReportSchema.safeParse({ ...base, occurredAt: '2026-11-26 09:15' }).success).toBe(false);
    expect(incidentReportSchema.safeParse({ ...base, timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('')).toBe(false);
  });
});
