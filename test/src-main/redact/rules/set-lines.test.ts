// SIP digest credentials stored as hashes and Avaya's SET lines (issue 24). Key names from Kamailio's
// and OpenSIPS' subscriber table, Asterisk's md5_cred, FreeSWITCH's a1-hash and Avaya's 46xxsettings.
import { describe, it } from 'vitest';
import { expectRedacted } from '../../../helpers/redacted-line.js';

const HEX = ['84ed3e3a76703c1044da21c8609334a2', '0c2a6b1e6a3e6d2f2c6b1d0e5f4a3b2c', '1c2a6b1e6a3e6d2f2c6b1d0e5f4a3b2d', '2c2a6b1e6a3e6d2f2c6b1d0e5f4a3b2e', '3c2a6b1e6a3e6d2f2c6b1d0e5f4a3b2f'];

describe('SIP digest hashes and Avaya SET lines', () => {
  it('takes HA1 after its keys in every profile, and keeps a bare MD5 and sha1=', () => {
    for (const profile of ['minimal', 'standard'] as const) {
      expectRedacted(`md5_cred=${HEX[0]} ha1=${HEX[1]} "ha1b": "${HEX[2]}" <param name="a1-hash" value="x"/> a1-hash: ${HEX[3]}\nSET SIPHA1 ${HEX[4]}\nfile md5 9e107d9d372bb6826bd81d3542a419d6 sha1=ab12`, HEX,
        ['file md5 9e107d9d372bb6826bd81d3542a419d6', 'sha1=ab12', 'SET SIPHA1 <secret-'], { profile });
    }
  });

  it('takes HA1 in FreeSWITCH params and name/value pairs, and OpenSIPS 3 columns', () => {
    expectRedacted(`<param name="a1-hash" value="${HEX[0]}"/>\n{"name":"ha1b","value":"${HEX[1]}"}\nha1_sha256=${HEX[2]}${HEX[3]}\nmd5secret=${HEX[4]}`, HEX, ['<param name="a1-hash" value="<secret-'], { profile: 'minimal' });
  });

  it('reads SET lines for every key the key rule knows, and keeps the others', () => {
    const settings = 'SET SIPPASSWORD 8812345\nSET SIPUSERNAME 4155550123\n## SET ADMIN_PASSWORD 27238\nSET PROCPSWD "crft 99"\nSET SIPDOMAIN sip.example.com\nSET SIP_CONTROLLER_LIST 10.0.0.5:5061;transport=tls\nSET DSCPAUD 46\nSET APPNAME J100Supgrade.txt';
    expectRedacted(settings, ['8812345', '4155550123', '27238', 'crft 99'], ['SET SIPPASSWORD <secret-', 'SET SIPUSERNAME <user-', '## SET ADMIN_PASSWORD <secret-', 'SET SIPDOMAIN sip.example.com', 'SET DSCPAUD 46', 'SET APPNAME J100Supgrade.txt']);
    expectRedacted(settings, ['8812345', '27238'], ['SET SIPUSERNAME 4155550123'], { profile: 'minimal' });
    expectRedacted('RESET PASSWORD now; SETTINGS password', [], ['RESET PASSWORD now; SETTINGS password']);
  });
});
