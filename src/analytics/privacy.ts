/**
 * A URL reduced to what analytics may carry: origin + path for http(s), the scheme alone
 * otherwise (`tel:`), never a query string or fragment. '' for nothing or garbage.
 */
export function toOriginAndPath(url: string | null | undefined, base = location.href): string {
  if (!url) return '';
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin + parsed.pathname : parsed.protocol;
  } catch {
    return '';
  }
}

/** Leaves the host page's origin for another web origin (phone links don't count). */
export function isOutbound(url: string, hostOrigin = location.origin): boolean {
  try {
    const parsed = new URL(url, location.href);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin !== hostOrigin;
  } catch {
    return false;
  }
}
