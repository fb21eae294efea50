import { apiGet, type ApiResult, type ApiRequestOptions } from './request.js';

/**
 * `GET {api-base}/claims/{claimId}/documents/{documentId}`: one document's file, with the
 * session cookie, through the same request as every endpoint. DOM-free.
 */
export interface DocumentFile {
  blob: Blob;
  /** The name to save it under: the server's `Content-Disposition` name, made safe. */
  filename: string;
}

export function documentUrl(apiBase: string, claimId: string, documentId: string): string {
  return `${apiBase.replace(/\/+$/, '')}/claims/${encodeURIComponent(claimId)}/documents/${encodeURIComponent(documentId)}`;
}

/**
 * The file and its name. `fallbackName` (the name the details listed) is used when the
 * header is missing or unreadable: a cross-origin API must expose `Content-Disposition`
 * (`Access-Control-Expose-Headers`) for the browser to let the widget read it.
 */
export function fetchDocument(url: string, fallbackName: string, options: ApiRequestOptions): Promise<ApiResult<DocumentFile>> {
  return apiGet(url, { ...options, accept: '*/*' }, async (response) => ({
    value: {
      blob: await response.blob(),
      filename: filenameFromContentDisposition(response.headers.get('Content-Disposition')) ?? safeFilename(fallbackName) ?? 'document',
    },
  }));
}

/**
 * The file name of a `Content-Disposition` header (RFC 6266): `filename*` (RFC 8187,
 * UTF-8 percent-encoded) wins over `filename`; null when there is none worth using.
 */
export function filenameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /(?:^|;)\s*filename\*\s*=\s*([^;]+)/i.exec(header);
  if (extended) {
    const m = /^\s*(?:"?)([\w-]+)'[^']*'([^";]+)"?\s*$/.exec(extended[1]);
    if (m && /^utf-8$/i.test(m[1])) {
      try {
        const name = safeFilename(decodeURIComponent(m[2]));
        if (name) return name;
      } catch {
        // A malformed percent-encoding: fall back to the plain filename.
      }
    }
  }
  const plain = /(?:^|;)\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  if (!plain) return null;
  return safeFilename(plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2].trim());
}

/**
 * A name the Veteran's system can save: no folders, no control or reserved characters, no
 * leading dots, at most 200 characters. null when nothing is left.
 */
export function safeFilename(name: string): string | null {
  const base = name.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 200);
  return cleaned || null;
}
