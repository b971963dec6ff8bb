/**
 * Re-draws an attached image and encodes it again, so what leaves the machine holds only the
 * pixels: EXIF (GPS position, camera serial), XMP and text chunks are dropped. Images are not
 * redacted, but their hidden metadata should not travel either.
 */

/** Largest cleaned image accepted, in bytes. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export interface CleanImage {
  dataUrl: string;
  bytes: number;
  type: 'image/png' | 'image/jpeg';
}

function toBlob(canvas: HTMLCanvasElement, type: CleanImage['type']): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('could not encode the image'))), type, 0.92));
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the image'));
    reader.readAsDataURL(blob);
  });
}

/** Decodes the image and encodes its pixels as PNG (JPEG when the PNG would be over the cap). */
export async function cleanImage(file: Blob): Promise<CleanImage> {
  const bitmap = await createImageBitmap(file);
  try {
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(bitmap, 0, 0);
    let type: CleanImage['type'] = 'image/png';
    let blob = await toBlob(canvas, type);
    if (blob.size > MAX_IMAGE_BYTES) {
      type = 'image/jpeg';
      blob = await toBlob(canvas, type);
    }
    if (blob.size > MAX_IMAGE_BYTES) throw new RangeError('too large');
    return { dataUrl: await dataUrlOf(blob), bytes: blob.size, type };
  } finally {
    bitmap.close();
  }
}
