import { safeFilename } from '../claims/file-name.js';
import { filenameFromContentDisposition } from './content-disposition.js';
import { apiGet, withoutTrailingSlashes, type ApiResult, type ApiRequestOptions } from './request.js';

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
  return `${withoutTrailingSlashes(apiBase)}/claims/${encodeURIComponent(claimId)}/documents/${encodeURIComponent(documentId)}`;
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
