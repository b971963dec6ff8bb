// Key context in XML elements (issue 24): by the element's name, with or without a namespace prefix.
// Forms: Yealink's XML config (<account.1.password>), SOAP bodies (<ns2:Password>), PIDF-LO's civic and
// geodetic location of an E911 call (RFC 4119, RFC 5139, RFC 5491 examples, other values).
import { describe, expect, it } from 'vitest';
import { Redactor, toLatin1Text } from '../../../../src-main/redact/redactor.js';
import { expectRedacted } from '../../../helpers/redacted-line.js';

function redact(text: string, profile: 'minimal' | 'standard' = 'standard'): string {
  return Buffer.from(new Redactor({ profile }).redactText(toLatin1Text(text)).text, 'latin1').toString('utf8');
}

describe('XML elements', () => {
  it('removes secrets by element name in every profile, keeping tags and other elements', () => {
    const xml = '<account.1.password>xmlElemPw</account.1.password><ns2:Password>nsPw123</ns2:Password><Credentials><Password type="plain">typedPw</Password><AuthToken>tok-77aa</AuthToken></Credentials><vmPin>4471</vmPin><Label>Front desk</Label>';
    for (const profile of ['minimal', 'standard'] as const) {
      const out = redact(xml, profile);
      for (const gone of ['xmlElemPw', 'nsPw123', 'typedPw', 'tok-77aa', '4471']) expect(out, profile).not.toContain(gone);
      for (const kept of ['<account.1.password><secret-', '</ns2:Password>', '<Password type="plain">', '<Label>Front desk</Label>']) expect(out, profile).toContain(kept);
    }
  });

  it('takes the value of a name/value pair whose name says secret', () => {
    const out = redact('<param><name>DB_PASSWORD</name><value>xmlNvPw</value></param><param><name>LOG</name><value>debug</value></param>');
    expect(out).not.toContain('xmlNvPw');
    expect(out).toContain('<name>DB_PASSWORD</name>');
    expect(out).toContain('<value>debug</value>');
  });

  it('removes a PIDF-LO civic address and position, keeping the country, and keeps versions', () => {
    const pidf =
      '<ca:civicAddress><ca:country>US</ca:country><ca:A1>CA</ca:A1><ca:A3>Sunnyvale</ca:A3><ca:RD>Mathilda</ca:RD><ca:STS>Ave</ca:STS><ca:HNO>1194</ca:HNO><ca:FLR>2</ca:FLR><ca:PC>94089</ca:PC></ca:civicAddress>' +
      '<gml:Point srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>37.4035 -122.0259</gml:pos></gml:Point>' +
      '<address><street>500 Main St</street><city>Springfield</city><state>IL</state><zip>62701</zip></address><FirmwareVersion>96.86.0.70</FirmwareVersion>';
    const out = redact(pidf);
    for (const gone of ['Sunnyvale', 'Mathilda', '1194', '94089', '37.4035', '122.0259', '500 Main St', 'Springfield', '>IL<', '62701']) expect(out, gone).not.toContain(gone);
    for (const kept of ['<ca:country>US</ca:country>', '<FirmwareVersion>96.86.0.70</FirmwareVersion>', '<gml:Point srsName="urn:ogc:def:crs:EPSG::4326">']) expect(out).toContain(kept);
  });

  it('leaves SIP headers and plain markup alone', () => {
    const line = 'To: <tel:200>;tag=1 <b>bold</b> <state>ringing</state> a > b';
    expect(redact(line)).toBe(line);
  });
});

describe('numbered account settings of phone configs', () => {
  it('removes credentials and names under indexed and vendor-numbered elements, and keeps other numbered settings', () => {
    const xml = [
      '<User_ID_1_>4155550117</User_ID_1_><Auth_ID_1_>zp8841</Auth_ID_1_><Password_1_ ua="na">Spa!pw77</Password_1_>',
      '<Display_Name_2_>Wanjiru Kamau</Display_Name_2_><user_pass1>884120</user_pass1>',
      '<P34>Gs!pass9</P34><P35>1001</P35><P36>gs1001</P36><P3>Ngozi Adeyemi</P3><P406>882244</P406><P2>admin99!</P2>',
      '<P30>pool.ntp.org</P30><P64>GMT-5</P64><Proxy_1_>sip.example.net</Proxy_1_>',
    ].join('\n');
    expectRedacted(xml, ['4155550117', 'zp8841', 'Spa!pw77', 'Wanjiru', '884120', 'Gs!pass9', '>1001<', 'gs1001', 'Ngozi', '882244', 'admin99!'], ['pool.ntp.org', 'GMT-5', 'sip.example.net']);
  });
});
