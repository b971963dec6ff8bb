/**
 * When a presigned URL stops working, read from its own query: signature version 4 (AWS S3 and
 * compatible stores: X-Amz-Date + X-Amz-Expires; Google Cloud Storage: X-Goog-Date + X-Goog-Expires)
 * or version 2 (Expires, seconds since 1970). A help desk's link that outlives its upload URL
 * would send people to a store that refuses them, so `zpb request create` warns about it.
 */

/** The instant the presigned URL expires, or undefined when its query does not say. */
export function presignedExpiry(url: URL): Date | undefined {
  const query = url.searchParams;
  for (const prefix of ['X-Amz', 'X-Goog']) {
    const date = query.get(`${prefix}-Date`);
    const expires = query.get(`${prefix}-Expires`);
    const parts = date ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(date) : null;
    if (parts && expires && /^\d{1,9}$/.test(expires)) {
      const [, y, mo, d, h, mi, s] = parts.map(Number) as [number, number, number, number, number, number, number];
      return new Date(Date.UTC(y, mo - 1, d, h, mi, s) + Number(expires) * 1000);
    }
  }
  const v2 = query.get('Expires');
  return v2 && /^\d{1,12}$/.test(v2) ? new Date(Number(v2) * 1000) : undefined;
}
