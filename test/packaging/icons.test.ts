// The app icons: one SVG mark (assets/icon.svg) rendered to a PNG set of 16-1024 px, a Windows .ico
// and a macOS .icns by `npm run icons`, committed so packaging needs no image tool. Read back here:
// sizes from the PNG headers and the .ico/.icns directories, and the PNGs equal a fresh render.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/run-cli.js';

const ASSETS = path.join(PROJECT_ROOT, 'assets');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('app icons', () => {
  const svg = readFileSync(path.join(ASSETS, 'icon.svg'), 'utf8');

  it('the PNG set has every size, each a fresh render of the SVG mark', () => {
    for (const size of SIZES) {
      const png = readFileSync(path.join(ASSETS, 'icons', `${size}x${size}.png`));
      expect(pngSize(png), `${size}px`).toEqual({ width: size, height: size });
      const fresh = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
      expect(png.equals(fresh), `assets/icons/${size}x${size}.png is out of date: run npm run icons`).toBe(true);
    }
  });

  it('the .ico holds the sizes Windows shows, up to 256 px', () => {
    const ico = readFileSync(path.join(ASSETS, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
    for (let i = 0; i < sizes.length; i++) {
      const bytes = ico.readUInt32LE(6 + i * 16 + 8);
      const offset = ico.readUInt32LE(6 + i * 16 + 12);
      expect(offset + bytes).toBeLessThanOrEqual(ico.length);
    }
  });

  it('the .icns holds every macOS size from 16 to 1024 px', () => {
    const icns = readFileSync(path.join(ASSETS, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const widths: number[] = [];
    const types: string[] = [];
    for (let at = 8; at < icns.length; ) {
      types.push(icns.toString('latin1', at, at + 4));
      const length = icns.readUInt32BE(at + 4);
      expect(length).toBeGreaterThan(8);
      const body = icns.subarray(at + 8, at + length);
      if (body.subarray(0, 8).equals(PNG_SIGNATURE)) widths.push(pngSize(body).width);
      at += length;
    }
    // 16 and 32 px as classic RGB + mask images (is32/s8mk, il32/l8mk), the rest as PNG.
    expect(types).toEqual(expect.arrayContaining(['is32', 's8mk', 'il32', 'l8mk', 'ic07', 'ic08', 'ic09', 'ic10']));
    expect(widths).toEqual(expect.arrayContaining([32, 64, 128, 256, 512, 1024]));
  });

  it('electron-builder.yml uses them for each OS', async () => {
    const config = await getConfig(PROJECT_ROOT, null, null);
    expect(config.linux?.icon).toBe('assets/icons');
    expect(config.mac?.icon).toBe('assets/icon.icns');
    expect(config.win?.icon).toBe('assets/icon.ico');
  });
});
