// Device, member and Wi-Fi identifiers after their keys in every syntax (issue 24), and the ids
// whose key says they are no one's: request, call and trace ids, meeting UUIDs, firmware versions.
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../src-main/redact/redactor.js';
import { wifiListingBefore } from '../../../src-main/redact/device-id-keys.js';
import { expectRedacted, redactLine } from '../../helpers/redacted-line.js';

describe('device identifiers after their keys', () => {
  it.each([
    ['"advertisingIdentifier": "5E1A09C7-3B2D-4F6A-9C8E-21D4B7A0F3E6",', ['5E1A09C7'], ['"advertisingIdentifier": "<device-id-']],
    ['advertisingIdentifier=5E1A09C7-3B2D-4F6A-9C8E-21D4B7A0F3E6 idfv=77C3D2E1-AAAA-4BBB-8CCC-0D0E0F101112', ['5E1A09C7', '77C3D2E1'], ['advertisingIdentifier=<device-id-', 'idfv=<device-id-']],
    ['"identifierForVendor" : "A9B8C7D6-1234-4A4A-9B9B-FEDCBA987654"', ['A9B8C7D6'], ['"identifierForVendor" : "']],
    ['      Provisioning UDID: 00008112-001C4D5E6F70801E', ['00008112-001C'], ['Provisioning UDID: <device-id-']],
    ['      Hardware UUID: 5B6C7D8E-0042-3510-8051-C5D04E5F6A71', ['5B6C7D8E'], ['Hardware UUID: ']],
    ['      Serial Number (system): C02ZK1XYMD6R', ['C02ZK1XYMD6R'], ['Serial Number (system): <device-id-']],
    ['    |   "IOPlatformSerialNumber" = "C02ZK1XYMD6R"', ['C02ZK1XYMD6R'], ['"IOPlatformSerialNumber" = "']],
    ['{"serialNumber":"R3CT70ABCDQ","model":"SM-G991B"}', ['R3CT70ABCDQ'], ['"model":"SM-G991B"']],
    ['[ro.serialno]: [R3CT70ABCDQ] and ro.boot.serialno=R3CT70ABCDQ', ['R3CT70ABCDQ'], ['[ro.serialno]: [<device-id-1>]', 'ro.boot.serialno=<device-id-1>']],
    ['Android ID: 3f9a61c2d4b8e057 and "androidId":"3f9a61c2d4b8e057"', ['3f9a61c2d4b8e057'], ['Android ID: <device-id-1>', '"androidId":"<device-id-1>"']],
    ['EID: 89049032005008882600047193210455', ['89049032005008882600047193210455'], ['EID: <device-id-']],
    ['MEID: A1000049D2F7C3 IMEI ok', ['A1000049D2F7C3'], ['MEID: <device-id-']],
    ['[    3.215301] usb 1-1.2: SerialNumber: 7F3A0C19E2B44D', ['7F3A0C19E2B44D'], ['usb 1-1.2: SerialNumber: <device-id-']],
    ['Jabra Evolve2 75 S/N: 0A7C3F1D9E firmware 3.12.1', ['0A7C3F1D9E'], ['firmware 3.12.1', 'S/N: <device-id-']],
    ['Poly Voyager SN: PV1187342209 Version 5.9.2', ['PV1187342209'], ['Version 5.9.2']],
    ['"objectId": "0c7d5e3a-9b1f-4e2d-8a6c-3f4b5d6e7f80"', ['0c7d5e3a'], ['"objectId": "<device-id-']],
    ['"azureADDeviceId": "61d2c3b4-a5e6-4f70-8b9c-d0e1f2a3b4c5" deviceId=72e3d4c5-b6f7-4a81-9cad-e1f2a3b4c5d6', ['61d2c3b4', '72e3d4c5'], ['deviceId=<device-id-']],
    ['          DeviceId : 83f4e5d6-c7a8-4b92-8dbe-f2a3b4c5d6e7', ['83f4e5d6'], ['DeviceId : <device-id-']],
    ['Intune Device ID: 94a5f6e7-d8b9-4ca3-9ecf-a3b4c5d6e7f8 Management ID: a5b6a7f8-e9ca-4db4-8fd0-b4c5d6e7f8a9', ['94a5f6e7', 'a5b6a7f8'], ['Intune Device ID: ']],
    ['Asset Tag: IT-007731 and asset_tag=LT-2219', ['IT-007731', 'LT-2219'], ['Asset Tag: <device-id-']],
  ])('redacts %s', (line, gone, kept) => {
    expectRedacted(line, gone, kept);
  });

  it('gives one device the same placeholder whatever case its UUID is written in', () => {
    expect(redactLine('idfa=5E1A09C7-3B2D-4F6A-9C8E-21D4B7A0F3E6 "advertisingId":"5e1a09c7-3b2d-4f6a-9c8e-21d4b7a0f3e6"')).toBe('idfa=<device-id-1> "advertisingId":"<device-id-1>"');
  });

  it.each([
    'requestId=0c7d5e3a-9b1f-4e2d-8a6c-3f4b5d6e7f80 "callId": "61d2c3b4-a5e6-4f70-8b9c-d0e1f2a3b4c5" trace_id: 72e3d4c5-b6f7-4a81-9cad-e1f2a3b4c5d6',
    'meetingUUID=83f4e5d6-c7a8-4b92-8dbe-f2a3b4c5d6e7 x-zm-trackingid=v=2.0;clid=aw1',
    'advertisingIdentifier=00000000-0000-0000-0000-000000000000',
    'serial=3 and serialNumber: unknown and deviceId=default and device_id={0.0.1.00000000}',
    'eid=4471 firmware_version=3.12.1',
  ])('keeps ids no device owns: %s', (line) => {
    expect(redactLine(line)).toBe(line);
  });

  it('keeps device ids in the minimal profile (secrets only)', () => {
    const line = 'deviceId=72e3d4c5-b6f7-4a81-9cad-e1f2a3b4c5d6 Serial Number (system): C02ZK1XYMD6R';
    expect(redactLine(line, { profile: 'minimal' })).toBe(line);
    expect(redactLine(line, { profile: 'strict' })).not.toContain('C02ZK1XYMD6R');
  });

  it('redacts them as properties of parsed JSON', () => {
    const { value } = new Redactor({ profile: 'standard' }).redactJson({ serialNumber: 'C02ZK1XYMD6R', azureADDeviceId: '61d2c3b4-a5e6-4f70-8b9c-d0e1f2a3b4c5', requestId: '61d2c3b4-a5e6-4f70-8b9c-d0e1f2a3b4c6', ssid: 'Lena Home' });
    expect(value).toEqual({ serialNumber: '<device-id-1>', azureADDeviceId: '<device-id-2>', requestId: '61d2c3b4-a5e6-4f70-8b9c-d0e1f2a3b4c6', ssid: '<wifi-1>' });
  });

  it('reads a plist key and Android preference names', () => {
    const plist = '<dict>\n\t<key>IOPlatformSerialNumber</key>\n\t<string>C02ZK1XYMD6R</string>\n\t<key>UDID</key><string>00008112-001C4D5E6F70801E</string>\n\t<key>ProductVersion</key><string>14.4.1</string>\n</dict>';
    expect(redactLine(plist)).toBe('<dict>\n\t<key>IOPlatformSerialNumber</key>\n\t<string><device-id-1></string>\n\t<key>UDID</key><string><device-id-2></string>\n\t<key>ProductVersion</key><string>14.4.1</string>\n</dict>');
    expect(redactLine('<string name="SSID">&quot;Lena Home&quot;</string>\n<string name="PreSharedKey">&quot;w1f1-pa55&quot;</string>')).toBe(
      '<string name="SSID">&quot;<wifi-1>&quot;</string>\n<string name="PreSharedKey"><secret-1></string>',
    );
  });
});

describe('member and account numbers after their keys', () => {
  it.each([
    ['employeeNumber: 104817 and "employee_number": "ZA-004817"', ['104817', 'ZA-004817'], ['employeeNumber: <member-id-']],
    ['Emp ID: 55123, emp_id=55124', ['55123', '55124'], ['Emp ID: <member-id-']],
    ['customer_account=CA-88812345 account_no: 0048812345', ['88812345', '0048812345'], ['customer_account=<member-id-', 'account_no: <bank-account-']],
  ])('redacts %s', (line, gone, kept) => {
    expectRedacted(line, gone, kept);
  });
});

describe('Wi-Fi networks after their keys (standard profile)', () => {
  it.each([
    ['network={\n    ssid="Lena_Home_5G"\n    psk="correct horse battery"\n}', ['Lena_Home_5G', 'correct horse'], ['ssid="<wifi-1>"', 'psk="<secret-1>"']],
    ['[wifi]\nssid=Lena_Home_5G\nmode=infrastructure\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=hunter2wifi', ['Lena_Home_5G', 'hunter2wifi'], ['mode=infrastructure', 'key-mgmt=wpa-psk']],
    ['     agrCtlRSSI: -54\n          BSSID: a4:2b:b0:11:22:33\n           SSID: Corner Cafe Guest\n        channel: 149,80', ['Corner Cafe', 'a4:2b:b0'], ['agrCtlRSSI: -54', 'channel: 149,80', 'SSID: <wifi-1>']],
    ['wlan0     IEEE 802.11  ESSID:"Lena Home"', ['Lena Home'], ['ESSID:"<wifi-1>"']],
    ['device.wifi.ssid="Office-Net" device.wifi.psk.key="w1f1pass123" device.wifi.securityMode="WPA2PSK"', ['Office-Net', 'w1f1pass123'], ['WPA2PSK']],
    ['static.wifi.1.ssid = OfficeWifi\nstatic.wifi.1.password = wifipw77', ['OfficeWifi', 'wifipw77'], ['static.wifi.1.ssid = <wifi-']],
    ['WifiConfiguration: ID: 0 SSID: "LenaNet" PROVIDER-NAME: null BSSID: null', ['LenaNet'], ['PROVIDER-NAME: null']],
    ['Current Wi-Fi Network: Lena Home', ['Lena Home'], ['Current Wi-Fi Network: <wifi-']],
    ['    All User Profile     : Lena Home', ['Lena Home'], ['All User Profile     : <wifi-']],
  ])('redacts %s', (line, gone, kept) => {
    expectRedacted(line, gone, kept);
  });

  it('redacts a netsh profile: its heading, name, SSID and key, not its diagnostics', () => {
    const text = [
      'Profile Lena-Home on interface Wi-Fi:',
      'Profile information',
      '-------------------',
      '    Version                : 1',
      '    Type                   : Wireless LAN',
      '    Name                   : Lena-Home',
      '    SSID name              : "Lena-Home"',
      '    Radio type             : [ Any Radio Type ]',
      '    Authentication         : WPA2-Personal',
      '    Key Content            : s3cretWifiPw',
    ].join('\r\n');
    const out = redactLine(text);
    expect(out).not.toContain('Lena');
    expect(out).not.toContain('s3cretWifiPw');
    expect(out).toContain('Profile <wifi-1> on interface Wi-Fi:');
    expect(out).toContain('    Name                   : <wifi-1>');
    expect(out).toContain('SSID name              : "<wifi-1>"');
    expect(out).toContain('Authentication         : WPA2-Personal');
  });

  it('redacts netsh wlan show interfaces: the SSID and its profile, not the interface name', () => {
    const text = '    Name                   : Wi-Fi\n    State                  : connected\n    SSID                   : Lena-Home\n    BSSID                  : a4:2b:b0:11:22:34\n    Radio type             : 802.11ax\n    Channel                : 44\n    Signal                 : 92%\n    Profile                : Lena-Home\n';
    expect(redactLine(text)).toBe('    Name                   : Wi-Fi\n    State                  : connected\n    SSID                   : <wifi-1>\n    BSSID                  : <mac-1>\n    Radio type             : 802.11ax\n    Channel                : 44\n    Signal                 : 92%\n    Profile                : <wifi-1>\n');
  });

  it('tells a netsh listing from other Name and Profile keys', () => {
    expect(wifiListingBefore('Name', 'Version : 1\n    Type                   : Wireless LAN\n    Name                   ')).toBe(true);
    expect(wifiListingBefore('Name', '    Type : Ethernet\n    Name ')).toBe(false);
    expect(wifiListingBefore('Profile', 'user ')).toBe(false);
    expect(redactLine('Name: Audio Device Profile: default')).toBe('Name: Audio Device Profile: default');
  });

  it('keeps SSIDs in the minimal profile but Wi-Fi passwords go there too', () => {
    expect(redactLine('ssid="Lena Home" psk="correct horse" Key Content : s3cret', { profile: 'minimal' })).toBe('ssid="Lena Home" psk="<secret-1>" Key Content : <secret-2>');
  });
});
