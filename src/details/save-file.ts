/**
 * Saves a downloaded file under `filename`: a temporary `<a download>` pointing at an
 * object URL, clicked and dropped. No navigation, no inline script, no string of HTML:
 * it works under the hosts' strict CSP with Trusted Types. The anchor never joins the
 * document, so its click reaches no host listener. The URL is revoked once the browser
 * has had time to start the download.
 */
export const REVOKE_AFTER_MS = 5_000;

export function saveFile(blob: Blob, filename: string, revokeAfterMs = REVOKE_AFTER_MS): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  try {
    anchor.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
  }
}
