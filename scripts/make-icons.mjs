// npm run icons: every app icon from the one mark, assets/icon.svg. The results are committed, so
// packaging needs no image tool: assets/icons/<N>x<N>.png (16-1024 px, Linux and the source of the
// others), assets/icon.ico (Windows) and assets/icon.icns (macOS). Run it after changing the SVG;
// test/packaging/icons.test.ts fails while the committed PNGs differ from a fresh render.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const ASSETS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
/** The Linux icon theme sizes plus the large ones macOS and the Windows installer use. */
const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** The mark rendered as a square PNG of `size` pixels (transparent around the tile). */
function renderIcon(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

function main() {
  const svg = readFileSync(path.join(ASSETS, 'icon.svg'), 'utf8');
  mkdirSync(path.join(ASSETS, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(path.join(ASSETS, 'icons', `${size}x${size}.png`), renderIcon(svg, size));
  const largest = renderIcon(svg, 1024);
  // Windows: the sizes an .exe's icon resource holds (small ones as bitmaps, 256 px as PNG).
  const ico = png2icons.createICO(largest, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(largest, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not convert the rendered icon');
  writeFileSync(path.join(ASSETS, 'icon.ico'), ico);
  writeFileSync(path.join(ASSETS, 'icon.icns'), icns);
  console.log(`icons written: ${ICON_SIZES.length} PNGs, icon.ico (${ico.length} bytes), icon.icns (${icns.length} bytes)`);
}

main();
