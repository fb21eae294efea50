import { safeFilename } from '../claims/file-name.js';

/**
 * The file name of a `Content-Disposition` header (RFC 6266), DOM-free: a scanner that
 * reads the parameters once, left to right, over at most `MAX_HEADER_LENGTH` characters,
 * so a header of any length costs the same little. No regular expression runs over it.
 *
 * - a parameter's value is a token or a quoted-string (backslash escapes), and a `;` or a
 *   parameter name inside quotes is part of the value, never a parameter of its own;
 * - `filename*` (RFC 5987 / RFC 8187: `charset'language'percent-encoded`, UTF-8 or
 *   ISO-8859-1) wins over `filename`, wherever each stands; a `filename*` that can't be
 *   decoded leaves `filename`;
 * - a `filename` whose characters are UTF-8 bytes (the browser hands a header's raw bytes
 *   over as Latin-1: "Ã©" for "é") is decoded when they are valid UTF-8;
 * - the name is made safe (`safeFilename`); null when no name is worth using.
 */
export const MAX_HEADER_LENGTH = 4096;

export function filenameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const params = dispositionParameters(header.slice(0, MAX_HEADER_LENGTH));
  const extended = params.get('filename*');
  const decoded = extended === undefined ? null : decodeExtendedValue(extended);
  const fromExtended = decoded === null ? null : safeFilename(decoded);
  if (fromExtended) return fromExtended;
  const plain = params.get('filename');
  return plain === undefined ? null : safeFilename(utf8FromLatin1(plain) ?? plain);
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\t';

/** The parameters after the disposition type, by lower-cased name; the first of a name counts. */
export function dispositionParameters(header: string): Map<string, string> {
  const params = new Map<string, string>();
  const length = header.length;
  // The disposition type, up to the first `;` (a quote here is no quoted-string).
  let i = header.indexOf(';');
  if (i < 0) return params;
  while (i < length) {
    // Past the `;` and the spaces before the name.
    while (i < length && (header[i] === ';' || isSpace(header[i]))) i++;
    const nameStart = i;
    while (i < length && header[i] !== '=' && header[i] !== ';') i++;
    const name = header.slice(nameStart, i).trim().toLowerCase();
    if (header[i] !== '=') continue;
    i++;
    while (i < length && isSpace(header[i])) i++;
    let value = '';
    if (header[i] === '"') {
      i++;
      let runStart = i;
      while (i < length && header[i] !== '"') {
        if (header[i] === '\\' && i + 1 < length) {
          value += header.slice(runStart, i);
          runStart = i + 1;
          i += 2;
        } else i++;
      }
      value += header.slice(runStart, i);
      // Past the closing quote, and whatever stands before the next `;`.
      while (i < length && header[i] !== ';') i++;
    } else {
      const valueStart = i;
      while (i < length && header[i] !== ';') i++;
      value = header.slice(valueStart, i).trim();
    }
    if (name && !params.has(name)) params.set(name, value);
  }
  return params;
}

/** An RFC 5987 ext-value, `charset'language'value`, decoded; null when it can't be. */
function decodeExtendedValue(extended: string): string | null {
  const first = extended.indexOf("'");
  const second = first < 0 ? -1 : extended.indexOf("'", first + 1);
  if (second < 0) return null;
  const charset = extended.slice(0, first).trim().toLowerCase();
  const bytes = percentDecode(extended.slice(second + 1));
  if (!bytes) return null;
  if (charset === 'utf-8') return utf8(bytes);
  if (charset === 'iso-8859-1') return String.fromCharCode(...bytes);
  return null;
}

const HEX = '0123456789abcdef';

/** The bytes of a percent-encoded value; null on a broken escape or a character outside ASCII. */
function percentDecode(value: string): number[] | null {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0x7e) return null;
    if (c !== 0x25) {
      bytes.push(c);
      continue;
    }
    if (i + 2 >= value.length) return null;
    const high = HEX.indexOf(value.charAt(i + 1).toLowerCase());
    const low = HEX.indexOf(value.charAt(i + 2).toLowerCase());
    if (high < 0 || low < 0) return null;
    bytes.push(high * 16 + low);
    i += 2;
  }
  return bytes;
}

/** Valid UTF-8 decoded; null otherwise. */
function utf8(bytes: ArrayLike<number>): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/**
 * A header value whose characters are all bytes (U+0000–U+00FF), some past ASCII, read as
 * UTF-8 when that is what they are; null otherwise (a real Latin-1 name stays as it is).
 */
function utf8FromLatin1(value: string): string | null {
  let high = false;
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0xff) return null;
    if (c > 0x7f) high = true;
    bytes.push(c);
  }
  return high ? utf8(bytes) : null;
}
