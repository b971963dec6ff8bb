// Output files the user names: only regular files are written, through a temporary file and a
// rename; devices, FIFOs, folders and links at the name are refused and left as they were; an
// existing file is replaced only when asked.
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputFile, OutputFileError, writeOutputFile } from '../../../src-main/platform/output-file.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir('zpb-output-file-');
let n = 0;
const fresh = () => {
  const folder = path.join(dir, `case-${n++}`);
  mkdirSync(folder);
  return folder;
};

async function refusal(work: Promise<unknown>): Promise<OutputFileError> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(OutputFileError);
  return error as OutputFileError;
}

describe('writeOutputFile', () => {
  it('writes a new regular file whole, with the mode asked, and leaves no temporary file', async () => {
    const folder = fresh();
    const target = path.join(folder, 'report.csv');
    await writeOutputFile(target, 'a,b\n', { mode: 0o600 });
    expect(readFileSync(target, 'utf8')).toBe('a,b\n');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['report.csv']);
  });

  it('refuses an existing file without replace and keeps it; replaces it with replace', async () => {
    const folder = fresh();
    const target = path.join(folder, 'report.html');
    writeFileSync(target, 'older');
    const error = await refusal(writeOutputFile(target, 'new'));
    expect(error.reason).toBe('exists');
    expect(error.message).toBe(`${target} already exists; choose another name or pass --force to replace it`);
    expect(readFileSync(target, 'utf8')).toBe('older');
    await writeOutputFile(target, 'new', { replace: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(folder)).toEqual(['report.html']);
  });

  it('never writes through a symbolic link at the name, even with replace: the link and what it points at stay', async () => {
    const folder = fresh();
    const elsewhere = path.join(folder, 'elsewhere.txt');
    writeFileSync(elsewhere, 'precious');
    const link = path.join(folder, 'out.csv');
    symlinkSync(elsewhere, link);
    for (const replace of [false, true]) {
      const error = await refusal(writeOutputFile(link, 'x', { replace }));
      expect(error.reason).toBe('refused');
      expect(error.message).toBe(`${link} is not a regular file (it is a symbolic link, which is never followed); name a new file or a regular one`);
    }
    expect(readlinkSync(link)).toBe(elsewhere);
    expect(readFileSync(elsewhere, 'utf8')).toBe('precious');
    // A dangling link is refused too (writing would create its target elsewhere).
    const dangling = path.join(folder, 'dangling.csv');
    symlinkSync(path.join(folder, 'nowhere', 'x'), dangling);
    expect((await refusal(writeOutputFile(dangling, 'x', { replace: true }))).reason).toBe('refused');
  });

  it('refuses a FIFO, a device and a folder, with replace, and leaves each as it was', async () => {
    const folder = fresh();
    const fifo = path.join(folder, 'pipe.zip');
    execFileSync('mkfifo', [fifo]);
    const sub = path.join(folder, 'sub');
    mkdirSync(sub);
    const cases: Array<[string, RegExp]> = [
      [fifo, /FIFO/],
      // Only checked, never written: the check refuses before any open.
      ['/dev/null', /device/],
      [sub, /folder/],
    ];
    for (const [target, why] of cases) {
      const error = await refusal(writeOutputFile(target, 'x', { replace: true }));
      expect(error.reason).toBe('refused');
      expect(error.message).toMatch(why);
      expect(error.message).not.toContain('\n');
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(['pipe.zip', 'sub']);
  });

  it('says when the folder does not exist', async () => {
    const target = path.join(fresh(), 'missing', 'out.csv');
    const error = await refusal(writeOutputFile(target, 'x'));
    expect(error.reason).toBe('no-folder');
    expect(error.message).toBe(`the folder ${path.dirname(target)} does not exist`);
  });

  it('of two writers racing for one new name without replace, exactly one wins and the other is refused', async () => {
    const folder = fresh();
    const target = path.join(folder, 'race.csv');
    const results = await Promise.allSettled(['first', 'second', 'third'].map((text) => writeOutputFile(target, text)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const winner = ['first', 'second', 'third'][results.findIndex((r) => r.status === 'fulfilled')];
    expect(readFileSync(target, 'utf8')).toBe(winner);
    expect(readdirSync(folder)).toEqual(['race.csv']);
  });
});

describe('checkOutputFile', () => {
  it('passes an absent name and a regular file with replace', async () => {
    const folder = fresh();
    await checkOutputFile(path.join(folder, 'new.csv'));
    writeFileSync(path.join(folder, 'old.csv'), '');
    await checkOutputFile(path.join(folder, 'old.csv'), { replace: true });
    expect((await refusal(checkOutputFile(path.join(folder, 'old.csv'), { replaceHint: 'choose another folder' }))).message).toMatch(/already exists; choose another folder$/);
  });
});
