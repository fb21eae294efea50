/**
 * File names from outside (the API's document names, a download's `Content-Disposition`)
 * made fit to show and to save. DOM-free. One pass per step over the name, by code point,
 * and no regular expression over the whole name: the work is linear in its length
 * whatever it holds.
 */

/** The longest name kept, in code points (the extension kept within it). */
export const MAX_FILENAME_LENGTH = 200;
/** The longest ending after the last dot that still counts as an extension. */
const MAX_EXTENSION_LENGTH = 16;
/** A longer name is cut (in UTF-16 units) before it is read at all. */
const CUT_AT = 8 * MAX_FILENAME_LENGTH;

/**
 * Bidi controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), the
 * marks (U+200E, U+200F, U+061C). `invoice\u202Efdp.exe` would show as "invoiceexe.pdf".
 */
export const isBidiControl = (c: number) => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f || c === 0x61c;

/** The text without its bidi controls (and without lone surrogates, which show as nothing). */
export function stripBidiControls(text: string): string {
  let out = '';
  for (const char of text) {
    const c = char.codePointAt(0)!;
    if (!isBidiControl(c) && !isLoneSurrogate(c)) out += char;
  }
  return out;
}

const isLoneSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
/** C0, DEL and C1 controls (CR and LF among them). */
const isControl = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f);
/** Reserved in file names on Windows (the separators are handled before). */
const RESERVED = '<>:"|?*';
const isSpace = (char: string) => char === ' ' || char === '\u00a0' || char === '\u3000' || (char >= '\u2000' && char <= '\u200a');
const isTrimmed = (char: string) => char === ' ' || char === '.';

/**
 * A name the Veteran's system can save and the widget can show: the last path segment, no
 * control, reserved or bidi characters, no lone surrogates, spaces collapsed, no leading
 * or trailing dots or spaces, at most `MAX_FILENAME_LENGTH` code points with the
 * extension kept. null when nothing is left.
 */
export function safeFilename(name: string): string | null {
  let segment = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  // Cut before reading: the start (room for what cleaning drops) and the end (the extension).
  if (segment.length > CUT_AT) segment = segment.slice(0, CUT_AT / 2) + segment.slice(-(MAX_EXTENSION_LENGTH + 1));
  const kept: string[] = [];
  for (const char of segment) {
    const c = char.codePointAt(0)!;
    if (isControl(c) || isBidiControl(c) || isLoneSurrogate(c) || RESERVED.includes(char)) continue;
    if (isSpace(char)) {
      if (kept.length > 0 && kept[kept.length - 1] !== ' ') kept.push(' ');
    } else kept.push(char);
  }
  let first = 0;
  let end = kept.length;
  while (first < end && isTrimmed(kept[first])) first++;
  while (end > first && isTrimmed(kept[end - 1])) end--;
  if (first === end) return null;
  let chars = kept.slice(first, end);
  if (chars.length > MAX_FILENAME_LENGTH) {
    const dot = chars.lastIndexOf('.');
    const extension = dot > 0 && chars.length - dot <= MAX_EXTENSION_LENGTH + 1 ? chars.slice(dot) : [];
    let stem = chars.slice(0, MAX_FILENAME_LENGTH - extension.length);
    let stemEnd = stem.length;
    while (stemEnd > 0 && isTrimmed(stem[stemEnd - 1])) stemEnd--;
    stem = stem.slice(0, stemEnd);
    chars = stem.concat(extension);
  }
  return chars.join('');
}
