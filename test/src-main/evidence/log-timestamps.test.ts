// The timestamp forms on lines as they were published (test/fixtures/real-world/log-evidence/SOURCES.md),
// and forms this step does not know giving no time rather than a wrong one.
import { describe, expect, it } from 'vitest';
import { readLineStamp } from '../../../src-main/evidence/log-timestamps.js';

describe('readLineStamp', () => {
  it.each([
    ['2025-05-14T11:28:12+02:00 ERROR [*unknown*] timed out trying to establish connection', { form: 'iso-8601', year: 2025, month: 5, day: 14, hour: 11, minute: 28, second: 12, ms: 0, offsetMinutes: 120 }],
    ['2017-03-18T01:12:44.757Z - error: Uncaught exception on main process', { form: 'iso-8601', year: 2017, hour: 1, ms: 757, offsetMinutes: 0 }],
    ['2021-08-27 11:14:40,165 - MainThread - INFO - eduvpn.app - app.py:120', { form: 'iso-8601', day: 27, second: 40, ms: 165, offsetMinutes: undefined }],
    ['2021-08-04 15:47:59,991Z 20 INFO cached_data_writer.py:88', { form: 'iso-8601', ms: 991, offsetMinutes: 0 }],
    ['2024-10-23T11:06:26.657707+08:00 [ERROR] Client(error sending request', { form: 'iso-8601', ms: 657, offsetMinutes: 480 }],
    ['[606:611:1007/174153.681604:ERROR:ssl_client_socket_impl.cc(876)] handshake failed', { form: 'chromium', month: 10, day: 7, hour: 17, minute: 41, second: 53, ms: 681 }],
    ['[1125/145732.547:ERROR:ssl_client_socket_impl.cc(975)] handshake failed', { form: 'chromium', month: 11, day: 25, hour: 14, ms: 547 }],
    ['Feb 14 16:19:39 karipc nm-openvpn[292931]: AUTH: Received control message', { form: 'syslog', month: 2, day: 14, hour: 16 }],
    ['Mar  3 11:48:16 xxxxxxxx NetworkManager[7478]: <debug>', { form: 'syslog', month: 3, day: 3 }],
    ['[May 15 13:36:48] ERROR[13623][C-00000000]: netsock2.c:303', { form: 'syslog', month: 5, day: 15, second: 48 }],
    ['Sat Jan 31 19:09:10 2026  {tag:11356861280733566761} Client INFO: Connected', { form: 'ctime', year: 2026, month: 1, day: 31, hour: 19 }],
    ['18:28:35.600    pjsua_acc.c  ....SIP registration failed, status=403', { form: 'time-only', hour: 18, minute: 28, second: 35, ms: 600 }],
    ['02:20:31 fail: ZoomDownloader.Program[0]', { form: 'time-only', hour: 2, second: 31 }],
  ])('reads %s', (line, want) => {
    expect(readLineStamp(line)).toMatchObject(want);
  });

  it('leaves the year (and for a time of day alone, the date) to the resolver when the line has none', () => {
    expect(readLineStamp('[1125/145732.547:ERROR:x.cc(975)] y')?.year).toBeUndefined();
    expect(readLineStamp('Feb 14 16:19:39 host x')?.year).toBeUndefined();
    const timeOnly = readLineStamp('18:28:35.600 pjsua_acc.c x');
    expect([timeOnly?.year, timeOnly?.month, timeOnly?.day]).toEqual([undefined, undefined, undefined]);
  });

  it.each([
    // Forms seen in public logs that are not among the known ones: no time, never a wrong one.
    '2025.04.11 04:14:47.419 <DEBUG> app/appClient.cpp checkNetworkConnection checkNetworkConnection:  false',
    'янв 31 11:35:29 fedora systemd[1699]: Started app-flatpak-us.zoom.Zoom-5141.scope.',
    'indexv2.html:36 Thu Jan 25 2024 11:48:33 GMT-0400 (Horário Padrão do Amazonas) | sip.ua | user requested startup...',
    '1442945883.213434696 atc.p-redis-deployments:radar.scanner-failed',
    'ZoomLauncher started.',
    'SIP/2.0 403 Forbidden',
    '[CZPClientLogMgr::LogClientEnvironment] [MacAddr: 5C:3A:45:D8:6E:C1][client: Linux]',
    // Impossible fields are not a time either.
    '2026-13-40 25:61:00 not a date',
    '[1332/256199.000:ERROR:x.cc(1)] month 13',
  ])('gives no time for %s', (line) => {
    expect(readLineStamp(line)).toBeNull();
  });
});
