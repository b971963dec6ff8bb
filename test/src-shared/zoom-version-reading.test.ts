import { describe, expect, it } from 'vitest';
import { readZoomVersion, zoomVersionLabel } from '../../src-shared/zoom-version-reading.js';

describe('readZoomVersion', () => {
  it('reads the About box form', () => {
    expect(readZoomVersion('6.3.0 (52884)')).toEqual({ version: '6.3.0', build: '52884' });
    expect(readZoomVersion('6.1.0 (100)')).toEqual({ version: '6.1.0', build: '100' });
  });

  it('reads an MSI DisplayVersion: three parts, the last the build, the patch left out', () => {
    expect(readZoomVersion('6.2.11234')).toEqual({ version: '6.2.x', build: '11234' });
    expect(readZoomVersion('5.13.12602')).toEqual({ version: '5.13.x', build: '12602' });
    expect(readZoomVersion('6.1.43316')).toEqual({ version: '6.1.x', build: '43316' });
  });

  it('reads four-part installer and package versions, dropping what follows the build', () => {
    expect(readZoomVersion('6.2.11.51233')).toEqual({ version: '6.2.11', build: '51233' });
    expect(readZoomVersion('5.15.5.19404')).toEqual({ version: '5.15.5', build: '19404' });
    expect(readZoomVersion('6.3.0.4432')).toEqual({ version: '6.3.0', build: '4432' });
    expect(readZoomVersion('5.4.57862.0110')).toEqual({ version: '5.4.x', build: '57862' });
  });

  it('leaves a version without a build as it is', () => {
    expect(readZoomVersion('6.1.5')).toEqual({ version: '6.1.5', build: null });
    expect(readZoomVersion('7.1.5')).toEqual({ version: '7.1.5', build: null });
    expect(readZoomVersion('unknown')).toEqual({ version: 'unknown', build: null });
  });

  it('labels version and build the way the About box shows them', () => {
    expect(zoomVersionLabel(readZoomVersion('6.2.11234'))).toBe('6.2.x (11234)');
    expect(zoomVersionLabel(readZoomVersion('6.1.5'))).toBe('6.1.5');
  });
});
