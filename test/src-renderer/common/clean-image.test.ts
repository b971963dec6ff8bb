// An attached photo's hidden metadata (EXIF GPS position) never reaches main: the renderer in
// Chromium re-encodes the pixels before the screenshot is sent.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { openRenderer, type RendererHarness } from '../../helpers/renderer-harness.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const MARKER = 'GPSLatitude=48.858370;GPSLongitude=2.294481';
let harness: RendererHarness;

beforeAll(async () => {
  harness = await openRenderer({ outputDir: dir, draftDir: path.join(dir, 'drafts'), environment: fixtureEnvironment('linux', path.join(dir, 'home')) });
});
afterAll(() => harness?.close());

/** A real JPEG drawn by Chromium, with an EXIF APP1 segment carrying the marker inserted after SOI. */
async function jpegWithExif(): Promise<Buffer> {
  const dataUrl = await harness.page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 4;
    canvas.height = 3;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#c00';
    context.fillRect(0, 0, 4, 3);
    return canvas.toDataURL('image/jpeg');
  });
  const jpeg = Buffer.from(dataUrl.split(',')[1]!, 'base64');
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.from(MARKER, 'latin1')]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xe1]), length, payload, jpeg.subarray(2)]);
}

describe('attached screenshot', () => {
  it('is re-encoded as PNG without the metadata the file carried', async () => {
    const { page } = harness;
    const photo = await jpegWithExif();
    expect(photo.includes(MARKER)).toBe(true);
    await page.getByLabel('Screenshot (optional)').setInputFiles({ name: 'photo-of-screen.jpg', mimeType: 'image/jpeg', buffer: photo });
    const image = page.getByAltText('Attached screenshot photo-of-screen.png');
    await expect.poll(() => image.count()).toBe(1);
    const sent = Buffer.from((await image.getAttribute('src'))!.split(',')[1]!, 'base64');
    expect(sent.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(sent.readUInt32BE(16)).toBe(4); // same pixels: width
    expect(sent.readUInt32BE(20)).toBe(3); // and height
    expect(sent.includes(MARKER)).toBe(false);
    expect(sent.includes('Exif')).toBe(false);
  });
});
