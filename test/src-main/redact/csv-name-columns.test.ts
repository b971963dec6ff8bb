// The cells of CSV columns whose header names a person, across the pieces a file streams in.
import { describe, expect, it } from 'vitest';
import { CsvNameColumns, splitCells } from '../../../src-main/redact/csv-name-columns.js';
import { RedactStream, TEXT_PIECE_BYTES } from '../../../src-main/redact/redact-stream.js';
import { Redactor } from '../../../src-main/redact/redactor.js';

async function redactFile(text: string): Promise<string> {
  const stream = new RedactStream(new Redactor({ profile: 'standard' }));
  const out: Buffer[] = [];
  stream.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => stream.on('end', resolve));
  stream.end(Buffer.from(text, 'utf8'));
  await done;
  return Buffer.concat(out).toString('utf8');
}

describe('CSV person columns', () => {
  it('replaces every shape of cell under person headers, keeping the other columns', async () => {
    const out = await redactFile(
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
    expect(await redactFile('Name;Extension\nmwangi otieno;1001\n')).toBe('Name;Extension\n<name-1>;1001\n');
    expect(await redactFile('user\tdisplay name\tstatus\njdoe\tvan der berg\tok\n')).toBe('user\tdisplay name\tstatus\n<user-1>\t<name-1>\tok\n');
  });

  it('reads European exports: semicolons, quoted cells, headers in other languages, Excel\'s sep= line', async () => {
    const files: [text: string, gone: string[], kept: string[]][] = [
      ['Nombre;Teléfono;Usuario\r\nLucía Fernández;600;lfernandez\r\n"Martínez; Jorge";601;jmartinez\r\n', ['Lucía', 'Fernández', 'Martínez', 'Jorge', 'lfernandez', 'jmartinez'], ['Nombre;Teléfono;Usuario', ';600;']],
      ['Name;Anrufer;Dauer\nSchulz;Katrin Vogel;00:03:12\nbrandt;ole petersen;00:01:02\n', ['Schulz', 'Katrin', 'brandt', 'ole petersen'], [';00:03:12', ';00:01:02']],
      ['Nom;Appelant;Durée\nDubois;"Élodie Moreau";62\n', ['Dubois', 'Élodie', 'Moreau'], [';62']],
      ['"Datum";"Anrufer";"Angerufener";"Dauer"\n"2026-03-01";"Katrin Vogel";"henrik olsen";"00:03:12"\n', ['Katrin', 'henrik'], ['"2026-03-01";"<name-', '"00:03:12"']],
      ['sep=;\nNom de l\'appelant;Numéro;Nom d\'utilisateur\nbenoît girard;17;bgirard\n', ['benoît', 'bgirard'], ['sep=;\n', ';17;']],
      ['Data\tChiamante\tOperatore\n01/03/2026\tgiulia bianchi\tLUCA VERDI\n\n02/03/2026\tmarco rossi\tLuca Verdi\n', ['giulia', 'LUCA', 'marco', 'Luca'], ['01/03/2026\t', '02/03/2026\t']],
      ['氏名,内線,ユーザー名\n山田 太郎,2001,tyamada\n', ['山田', 'tyamada'], [',2001,']],
    ];
    for (const [text, gone, kept] of files) {
      const out = await redactFile(text);
      for (const value of gone) expect(out, out).not.toContain(value);
      for (const value of kept) expect(out, out).toContain(value);
    }
  });

  it('keeps machine columns in any language', async () => {
    const text = 'Hostname;Nombre de archivo;Estado\nDESKTOP-7H2K9Q;zoom.log;OK\n';
    expect(await redactFile(text)).toBe(text);
  });

  it('carries the header across pieces of a large file', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `2026-12-01,agentname${i},${1000 + i}`).join('\n');
    const text = `Time,Agent,Ext\n${rows}\n`;
    expect(text.length).toBeGreaterThan(TEXT_PIECE_BYTES * 2);
    const out = await redactFile(text);
    expect(out).not.toMatch(/agentname\d/);
    expect(out.split('\n')[6000]).toMatch(/^2026-12-01,<name-\d+>,/);
  });

  it('leaves host names and addresses in person-like columns to the text rules', async () => {
    const out = await redactFile('Host,To,Duration\nus01sipbr01.zoom.us,sip:2101@pbx.example.net,12\nPriya Raman,10.20.30.40,5\n');
    expect(out).toContain('us01sipbr01.zoom.us');
    expect(out).not.toContain('Priya');
    expect(out).not.toContain('10.20.30.40');
    expect(out).not.toContain('2101@');
  });

  it('leaves text that is not CSV alone', async () => {
    const log = '2026-12-01 INFO name,value starting\n2026-12-01 INFO a,b\n';
    expect(await redactFile(log)).toBe(log);
    expect(new CsvNameColumns(new Redactor({ profile: 'standard' }).placeholders).redact('Date,Status\n1,ok\n').count).toBe(0);
  });

  it('splits quoted cells', () => {
    expect(splitCells('a,"b, c","d ""e""",', ',')).toEqual(['a', '"b, c"', '"d ""e"""', '']);
    expect(splitCells('a,"open', ',')).toBeNull();
  });
});
