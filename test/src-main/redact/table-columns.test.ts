// The cells of CSV columns whose header names a person, across the pieces a file streams in.
import { describe, expect, it } from 'vitest';
import { TableColumns, splitCells } from '../../../src-main/redact/table-columns.js';
import { TEXT_PIECE_BYTES } from '../../../src-main/redact/redact-stream.js';
import { Redactor } from '../../../src-main/redact/redactor.js';
import { redactedStream } from '../../helpers/redacted-stream.js';

/** 3.7.35.10 (in Zoom's published ranges) as CUCM stores it: its bytes read as a little-endian integer. */
const ZOOM_IP_INTEGER = 3 + 7 * 256 + 35 * 65536 + 10 * 16777216;



describe('CSV person columns', () => {
  it('replaces every shape of cell under person headers, keeping the other columns', async () => {
    const out = await redactedStream(
      'Date,Caller Name,Caller Number,Callee,Result\n' +
        '2026-12-01 10:00,okonkwo,+14155550123,HALVORSEN INGRID,Answered\n' +
        '2026-12-01 10:05,"Nakamura, Hiroshi",1001,李小龙,Missed\n' +
        '2026-12-01 10:07,Anonymous,,björk,Answered\n',
    );
    for (const name of ['okonkwo', 'HALVORSEN', 'Nakamura', 'Hiroshi', '李小龙', 'björk']) expect(out).not.toContain(name);
    expect(out).toContain('Date,Caller Name,Caller Number,Callee,Result\n');
    expect(out).toContain(',Answered');
    expect(out).toContain('Anonymous');
  });

  it('reads tab- and semicolon-separated files and user columns', async () => {
    expect(await redactedStream('Name;Extension\nmwangi otieno;1001\n')).toBe('Name;Extension\n<name-1>;<ext:4d-1>\n');
    expect(await redactedStream('user\tdisplay name\tstatus\njdoe\tvan der berg\tok\n')).toBe('user\tdisplay name\tstatus\n<user-1>\t<name-1>\tok\n');
  });

  it('reads European exports: semicolons, quoted cells, headers in other languages, Excel\'s sep= line', async () => {
    const files: [text: string, gone: string[], kept: string[]][] = [
      ['Nombre;Teléfono;Usuario\r\nLucía Fernández;600;lfernandez\r\n"Martínez; Jorge";601;jmartinez\r\n', ['Lucía', 'Fernández', 'Martínez', 'Jorge', 'lfernandez', 'jmartinez', ';600;'], ['Nombre;Teléfono;Usuario', ';<ext:3d-']],
      ['Name;Anrufer;Dauer\nSchulz;Katrin Vogel;00:03:12\nbrandt;ole petersen;00:01:02\n', ['Schulz', 'Katrin', 'brandt', 'ole petersen'], [';00:03:12', ';00:01:02']],
      ['Nom;Appelant;Durée\nDubois;"Élodie Moreau";62\n', ['Dubois', 'Élodie', 'Moreau'], [';62']],
      ['"Datum";"Anrufer";"Angerufener";"Dauer"\n"2026-03-01";"Katrin Vogel";"henrik olsen";"00:03:12"\n', ['Katrin', 'henrik'], ['"2026-03-01";"<name-', '"00:03:12"']],
      ['sep=;\nNom de l\'appelant;Numéro;Nom d\'utilisateur\nbenoît girard;17;bgirard\n', ['benoît', 'bgirard'], ['sep=;\n', ';17;']],
      ['Data\tChiamante\tOperatore\n01/03/2026\tgiulia bianchi\tLUCA VERDI\n\n02/03/2026\tmarco rossi\tLuca Verdi\n', ['giulia', 'LUCA', 'marco', 'Luca'], ['01/03/2026\t', '02/03/2026\t']],
      ['氏名,内線,ユーザー名\n山田 太郎,2001,tyamada\n', ['山田', 'tyamada'], [',2001,']],
    ];
    for (const [text, gone, kept] of files) {
      const out = await redactedStream(text);
      for (const value of gone) expect(out, out).not.toContain(value);
      for (const value of kept) expect(out, out).toContain(value);
    }
  });

  it('keeps machine columns in any language', async () => {
    const text = 'Hostname;Nombre de archivo;Estado\nDESKTOP-7H2K9Q;zoom.log;OK\n';
    expect(await redactedStream(text)).toBe(text);
  });

  it('carries the header across pieces of a large file', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `2026-12-01,agentname${i},${1000 + i}`).join('\n');
    const text = `Time,Agent,Ext\n${rows}\n`;
    expect(text.length).toBeGreaterThan(TEXT_PIECE_BYTES * 2);
    const out = await redactedStream(text);
    expect(out).not.toMatch(/agentname\d/);
    expect(out.split('\n')[6000]).toMatch(/^2026-12-01,<name-\d+>,/);
  });

  it('leaves host names and addresses in person-like columns to the text rules', async () => {
    const out = await redactedStream('Host,To,Duration\nus01sipbr01.zoom.us,sip:2101@pbx.example.net,12\nPriya Raman,10.20.30.40,5\n');
    expect(out).toContain('us01sipbr01.zoom.us');
    expect(out).not.toContain('Priya');
    expect(out).not.toContain('10.20.30.40');
    expect(out).not.toContain('2101@');
  });

  it('leaves text that is not CSV alone', async () => {
    const log = '2026-12-01 INFO name,value starting\n2026-12-01 INFO a,b\n';
    expect(await redactedStream(log)).toBe(log);
    const redactor = new Redactor({ profile: 'standard' });
    const judge = { placeholders: redactor.placeholders, redactText: (t: string) => redactor.redactText(t), secretsOnly: false };
    expect(new TableColumns(judge).redact('Date,Status\n1,ok\n').count).toBe(0);
  });

  it('splits quoted cells', () => {
    expect(splitCells('a,"b, c","d ""e""",', ',')).toEqual(['a', '"b, c"', '"d ""e"""', '']);
    expect(splitCells('a,"open', ',')).toBeNull();
  });
});

describe('CSV columns of every private kind', () => {
  it('password manager exports: passwords, logins and TOTP secrets go, sites and notes\' plain words stay', async () => {
    const chrome = await redactedStream('name,url,username,password,note\r\nGitHub,https://github.com/login,octo-builder,hunter2!Xy,\r\nExample Bank,https://bank.example.com,jana.novak@example.org,"p""w,d 99","first line\r\ncall 0049 171 2345678 to reset"\r\n');
    expect(chrome).toContain('GitHub,https://github.com/login,<user-1>,<secret-1>,\r\n');
    for (const gone of ['octo-builder', 'hunter2', 'jana.novak', 'p""w', '171 2345678']) expect(chrome).not.toContain(gone);
    expect(chrome, JSON.stringify(chrome)).toContain('"first line\r\ncall <phone:');
    const bitwarden = await redactedStream(
      'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n' +
        'Work,1,login,Zoom admin,,,0,https://zoom.us/signin,r.okafor,Tr0ub4dor&3,otpauth://totp/Zoom:r.okafor?secret=JBSWY3DPEHPK3PXP&issuer=Zoom\n',
    );
    expect(bitwarden).toBe('folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\nWork,1,login,Zoom admin,,,0,https://zoom.us/signin,<user-1>,<secret-1>,<secret-2>\n');
    const firefox = await redactedStream('"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"\n"https://intranet.example.net","mkowalski","Zaq1@wsx",,"https://intranet.example.net","{0d3c9e4a-5b6f-4c7d-8e9f-a0b1c2d3e4f5}","1717430400000","1717430500000","1717430400000"\n');
    expect(firefox).toContain('"<user-1>","<secret-1>"');
    expect(firefox).toContain('"{0d3c9e4a-5b6f-4c7d-8e9f-a0b1c2d3e4f5}","1717430400000","1717430500000"');
    const keepass = await redactedStream('"Group","Title","Username","Password","URL","Notes","TOTP"\n"Root","VPN","a.lindqvist","S3cr3t-Pa55","https://vpn.example.com","","JBSWY3DPEHPK3PXP"\n');
    expect(keepass).toBe('"Group","Title","Username","Password","URL","Notes","TOTP"\n"Root","VPN","<user-1>","<secret-1>","https://vpn.example.com","","<secret-2>"\n');
  });

  it('the minimal profile takes a password column\'s secrets and nothing else', async () => {
    const out = await redactedStream('name,url,username,password\nGitHub,https://github.com,octo-builder,hunter2!Xy\n', 'minimal');
    expect(out).toBe('name,url,username,password\nGitHub,https://github.com,octo-builder,<secret-1>\n');
  });

  it('HR sheets in English, German and French: ids, birth dates, accounts, MACs, phones, national ids, IBANs, addresses, plates', async () => {
    const german = await redactedStream(
      'Personalnummer;Nachname;Vorname;Geburtsdatum;Straße;PLZ;Ort;Telefon;Mobil;IBAN;Steuer-ID;Kennzeichen;Abteilung;Eintritt\n' +
        '004711;Schäfer;Jürgen;14.03.1979;Lindenallee 12;50667;Köln;0221 4711 0815;0049 171 2345678;DE89 3704 0044 0532 0130 00;12 345 678 901;K-JS 1979;Vertrieb;2015-04-01\n',
    );
    for (const gone of ['004711', 'Schäfer', 'Jürgen', '14.03.1979', 'Lindenallee', '50667', 'Köln', '0815', '2345678', 'DE89', '678 901', 'K-JS']) expect(german, german).not.toContain(gone);
    expect(german).toContain(';<phone:+49:10d-');
    expect(german).toMatch(/;Vertrieb;2015-04-01\n$/);
    const english = await redactedStream(
      'Employee ID\tName\tDate of Birth\tsAMAccountName\tUPN\tDevice MAC\tDID\tSSN\tBank Account\tHome Address\tLicense Plate\tDepartment\tStatus\n' +
        'E-20931\tMwangi, Otieno\t1988-07-21\tomwangi\tomwangi@corp.example\t00A1B2C3D4E5\t+1 415 555 0142\t078-05-1120\t000123456789\t742 Evergreen Terrace, Springfield\t7ABC123\tFinance\tActive\n' +
        'E-20932\tOtieno Mwangi\t07/21/1988\tomwangi2\t\t00a1b2c3d4e5\t4155550142\tN/A\t\t\t\tFinance\tLeft\n',
    );
    for (const gone of ['E-2093', 'Mwangi', '1988', 'omwangi', '00A1B2C3D4E5', '00a1b2c3d4e5', '555 0142', '078-05', '000123456789', 'Evergreen', '7ABC123']) expect(english, english).not.toContain(gone);
    const [, first, second] = english.split('\n');
    // One person, one MAC, however the sheet writes them.
    expect(second!.split('\t')[1]).toBe(first!.split('\t')[1]);
    expect(second!.split('\t')[5]).toBe(first!.split('\t')[5]);
    expect(second).toMatch(/\tN\/A\t\t\t\tFinance\tLeft$/);
    const french = await redactedStream('matricule,nom,prénom,date_de_naissance,téléphone_portable,numéro_de_sécurité_sociale\nM10442,Durand,Amélie,03/11/1991,06 12 34 56 78,1 91 11 75 123 456 78\n');
    expect(french.split('\n')[1]).toMatch(/^<member-id-1>,<name-1>,<name-2>,<birth-date-1>,<phone:10d-1>,<national-id-1>$/);
  });

  it('CUCM CDRs: party numbers, user ids, device names, codes and integer IPs go, diagnostics stay', async () => {
    const header =
      '"cdrRecordType","globalCallID_callManagerId","globalCallID_callId","dateTimeOrigination","origIpAddr","callingPartyNumber","callingPartyUnicodeLoginUserID",' +
      '"origCause_value","origMediaTransportAddress_IP","origMediaTransportAddress_Port","origMediaCap_payloadCapability","destIpAddr","originalCalledPartyNumber",' +
      '"finalCalledPartyNumber","destCause_value","dateTimeConnect","dateTimeDisconnect","duration","origDeviceName","destDeviceName","authorizationCodeValue",' +
      '"clientMatterCode","globalCallId_ClusterId","origMediaCap_Bandwidth","pkid"\n';
    const types = 'INTEGER,INTEGER,INTEGER,INTEGER,INTEGER,VARCHAR(50),VARCHAR(128),INTEGER,INTEGER,INTEGER,INTEGER,INTEGER,VARCHAR(50),VARCHAR(50),INTEGER,INTEGER,INTEGER,INTEGER,VARCHAR(129),VARCHAR(129),VARCHAR(32),VARCHAR(32),VARCHAR(50),INTEGER,UNIQUEIDENTIFIER\n';
    // 335653056 is 192.168.1.20 (bytes c0 a8 01 14, little-endian), -939415360 is 192.168.1.200, 50462986 is 10.1.2.3;
    // ZOOM_IP_INTEGER is an address of Zoom's published ranges: kept as written.
    const rows =
      '1,2,1462811,1717430400,335653056,"1001","jkowalski",16,-939415360,24580,4,50462986,"\\+14155550123","\\+14155550123",16,1717430402,1717430461,59,"SEP00A1B2C3D4E5","CSFamorales","48213","7731","StandAloneCluster",64,"6a8f1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"\n' +
      '1,2,1462812,1717430500,0,"4085550199","",16,0,0,0,-1,"2002","2002",16,0,1717430510,0,"SIPTrunk_ITSP","SEP00A1B2C3D4E6","","","StandAloneCluster",0,"7b8f1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"\n' +
      `1,2,1462813,1717430600,${ZOOM_IP_INTEGER},"1001","jkowalski",16,${ZOOM_IP_INTEGER},8000,4,-1,"911","911",16,0,1717430610,0,"SEP00A1B2C3D4E5","SIPTrunk_E911","","","StandAloneCluster",0,"8c8f1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"\n`;
    const redactor = new Redactor({ profile: 'standard' });
    const out = await redactedStream(header + types + rows, redactor);
    expect(out.startsWith(header + types)).toBe(true);
    const [one, two, three] = out.slice(header.length + types.length).split('\n').map((line) => line.split(','));
    expect(one).toEqual([
      '1', '2', '1462811', '1717430400', '<ip:private-1>', '"<ext:4d-1>"', '"<user-1>"', '16', '<ip:private-2>', '24580', '4', '<ip:private-3>', '"<phone:+1:10d-1>"',
      '"<phone:+1:10d-1>"', '16', '1717430402', '1717430461', '59', '"SEP<mac-1>"', '"CSF<user-2>"', '"<secret-1>"', '"<member-id-1>"', '"StandAloneCluster"', '64',
      '"6a8f1c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"',
    ]);
    expect(two!.slice(4, 6)).toEqual(['0', '"<phone:10d-2>"']);
    expect(two!.slice(11, 14)).toEqual(['-1', '"<ext:4d-2>"', '"<ext:4d-2>"']);
    expect(two!.slice(18, 20)).toEqual(['"SIPTrunk_ITSP"', '"SEP<mac-2>"']);
    expect(three!.slice(4, 7)).toEqual([String(ZOOM_IP_INTEGER), '"<ext:4d-1>"', '"<user-1>"']);
    expect(three!.slice(12, 14)).toEqual(['"911"', '"911"']);
    // The same address dotted in a log line gets the same placeholder.
    expect(redactor.redactText('peer 192.168.1.200 rtp').text).toBe('peer <ip:private-2> rtp');
  });

  it('Asterisk/FreePBX call records: caller ids, src, dst, did, cnum and cnam', async () => {
    const out = await redactedStream(
      'calldate,clid,src,dst,dcontext,channel,dstchannel,lastapp,lastdata,duration,billsec,disposition,amaflags,accountcode,uniqueid,userfield,did,cnum,cnam\n' +
        '2024-06-03 10:15:02,"""Marta Nowak"" <4155550177>",4155550177,2001,from-internal,PJSIP/1001-00000012,PJSIP/2001-00000013,Dial,PJSIP/2001,45,40,ANSWERED,3,,1717409702.18,,8005550100,1001,Marta Nowak\n',
    );
    expect(out.split('\n')[1]).toBe('2024-06-03 10:15:02,"""<name-1>"" <<phone:10d-1>>",<phone:10d-1>,<ext:4d-1>,from-internal,PJSIP/1001-00000012,PJSIP/2001-00000013,Dial,PJSIP/2001,45,40,ANSWERED,3,,1717409702.18,,<phone:10d-2>,<ext:4d-2>,<name-1>');
  });

  it('keeps what is no table: logs with commas, JSON, a network flow export, diagnostic columns', async () => {
    for (const text of [
      '2026-12-01 10:00:01 INFO [Sip] REGISTER expires=3600,cseq=1\n2026-12-01 10:00:02 INFO [Sip] 200 OK,cseq=2\n',
      '{"a":"x","name":"y"}\n{"a":"z","name":"w"}\n',
      'src,dst,proto,port\ntime.google.com,us01sipbr01.zoom.us,udp,5060\n',
      'Version,Error Code,Time Zone,Call ID\n6.3.1.12345,400,Europe/Berlin,9983e3ee-cb81cbd5\n',
    ]) {
      expect(await redactedStream(text)).toBe(text);
    }
  });

  it('does not take Zoom-like logs with commas in every line for tables', () => {
    const redactor = new Redactor({ profile: 'standard' });
    const judge = { placeholders: redactor.placeholders, redactText: (t: string) => redactor.redactText(t), secretsOnly: false };
    const starts = [
      '[CallMgr] state changed from ringing to connected, callId=9983e3ee-cb81, reason=answered, codec=OPUS',
      '[SipStack] REGISTER 200 OK, expires=3600, contact=sip:1001@10.1.2.3:5061, transport=TLS',
      'INFO,Audio Device,Echo Cancellation,on,Jitter Buffer,60',
      'Name,Value',
    ];
    for (const first of starts) {
      const lines = [first];
      for (let i = 0; i < 400; i++) lines.push(`2026-12-07 10:${String(i % 60).padStart(2, '0')}:00.${i} INFO [Net] rtt=${i % 90} ms, loss=${i % 7}%, jitter=${i % 30} ms, peer=10.0.${i % 255}.1`);
      const columns = new TableColumns(judge);
      columns.redact(lines.join('\n').slice(0, TEXT_PIECE_BYTES));
      expect(columns.isTable, first).toBe(false);
    }
  });
});
