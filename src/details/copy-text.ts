/**
 * Copies `text` for the Veteran: the async Clipboard API where the page may use it;
 * otherwise (an older browser, or a host frame without clipboard permission) the text of
 * `shown` is selected and copied with `execCommand('copy')`; when that fails too the text
 * stays selected and the view says how to copy it by hand.
 */
export type CopyResult = 'copied' | 'selected';

export async function copyText(text: string, shown: Node): Promise<CopyResult> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Denied (no permission, no focus): fall back to selecting the text.
  }
  const selection = getSelection();
  if (!selection) return 'selected';
  const range = document.createRange();
  range.selectNodeContents(shown);
  selection.removeAllRanges();
  selection.addRange(range);
  try {
    return document.execCommand('copy') ? 'copied' : 'selected';
  } catch {
    return 'selected';
  }
}
