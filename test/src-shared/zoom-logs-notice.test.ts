// The sentence said when a bundle holds no Zoom log: which case, and where the logs were looked for.
import { describe, expect, it } from 'vitest';
import type { ZoomLogsData } from '../../src-shared/system-json.js';
import { zoomLogsNotice } from '../../src-shared/zoom-logs-notice.js';

const base: ZoomLogsData = {
  locations: [
    { id: 'home', path: '/home/ann/.zoom/logs', found: false, unconfirmed: false },
    { id: 'snap', path: '/home/ann/snap/zoom-client/current/.zoom/logs', found: false, unconfirmed: true },
  ],
  window: { from: '2026-11-24T08:00:00Z', to: '2026-11-26T08:00:00Z', hours: 48 },
  caps: { maxFileBytes: 20, maxTotalBytes: 200 },
  found: 0,
  included: 0,
  truncated: 0,
  includedBytes: 0,
};

describe('zoomLogsNotice', () => {
  it('says nothing when logs went in, or when the collector did not run', () => {
    expect(zoomLogsNotice({ ...base, locations: [{ ...base.locations[0]!, found: true }], found: 3, included: 1 })).toBeUndefined();
    expect(zoomLogsNotice(undefined)).toBeUndefined();
  });

  it('no log folder at all: names every place looked in', () => {
    expect(zoomLogsNotice(base)).toBe(
      'No Zoom Workplace logs were found: none of the places Zoom keeps them exists (looked in /home/ann/.zoom/logs, /home/ann/snap/zoom-client/current/.zoom/logs). ' +
        'The bundle was still written; if Zoom Workplace runs under another account or keeps its logs elsewhere, send those logs with it.',
    );
  });

  it('a folder without log files, and log files all older than the window', () => {
    const found = { ...base, locations: [{ ...base.locations[0]!, found: true }, base.locations[1]!] };
    expect(zoomLogsNotice(found)).toBe('No Zoom Workplace logs were found: /home/ann/.zoom/logs holds no log files. The bundle was still written without them.');
    expect(zoomLogsNotice({ ...found, found: 2 })).toBe(
      'No Zoom Workplace logs were included: the 2 log files in /home/ann/.zoom/logs were last changed before the 48-hour window before the incident. The bundle was still written; widen the log window to include them.',
    );
  });
});
