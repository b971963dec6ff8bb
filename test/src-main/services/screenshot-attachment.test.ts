import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeScreenshot } from '../../../src-main/services/screenshot-attachment.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
// A real 1x1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('storeScreenshot', () => {
  it('stores a PNG as an opaque binary bundle file', async () => {
    const file = await storeScreenshot(`data:image/png;base64,${PNG}`, path.join(dir, 'a'));
    expect(file).toMatchObject({ bundlePath: 'attachments/screenshot.png', kind: 'binary', start: 0, end: 70, source: 'report' });
    expect(readFileSync(file.sourcePath)).toEqual(Buffer.from(PNG, 'base64'));
  });
  it('refuses what is not an image, or is empty, with a sentence', async () => {
    await expect(storeScreenshot('data:text/html;base64,PGI+', dir)).rejects.toThrow('the screenshot must be a PNG, JPEG, GIF or WebP image');
    await expect(storeScreenshot('data:image/svg+xml;base64,PHN2Zz4=', dir)).rejects.toThrow(/must be a PNG/);
    await expect(storeScreenshot('data:image/png;base64,', dir)).rejects.toThrow(/must be a PNG|empty/);
  });
  it('refuses an image over 10 MB', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64');
    await expect(storeScreenshot(`data:image/png;base64,${big}`, dir)).rejects.toThrow('the screenshot is larger than 10 MB');
  });
});
