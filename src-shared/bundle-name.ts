/** Default bundle file name: zoom-phone-bundle-YYYYMMDD-HHMMSS.zip, in local time. */
export function defaultBundleName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `zoom-phone-bundle-${day}-${time}.zip`;
}
