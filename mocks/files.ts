/**
 * Real, small files for the mocked document downloads, generated in code (no binaries in
 * the repository): a one-page PDF, a Word document (DOCX: a ZIP of three XML parts) and a
 * 1×1 PNG. Each opens in its usual program. DOM-free and deterministic.
 */
const encoder = new TextEncoder();

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Text a PDF string literal can hold: ASCII, with its delimiters escaped. */
const pdfText = (text: string) => text.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`);

/** A valid one-page PDF 1.4 showing `lines` (byte offsets in its cross-reference table computed). */
export function pdfFile(lines: readonly string[]): Uint8Array {
  const stream = ['BT', '/F1 14 Tf', '72 720 Td', '18 TL', ...lines.map((line) => `(${pdfText(line)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(body);
}

/** A ZIP archive of `entries`, stored without compression (what a DOCX is underneath). */
export function zipFile(entries: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = encoder.encode(name);
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true); // version needed
    local.setUint16(8, 0, true); // stored
    local.setUint16(12, 0x21, true); // 1980-01-01
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, nameBytes.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(14, 0x21, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, nameBytes.length, true);
    central.setUint32(42, offset, true);
    const localEntry = concat([new Uint8Array(local.buffer), nameBytes, data]);
    locals.push(localEntry);
    centrals.push(concat([new Uint8Array(central.buffer), nameBytes]));
    offset += localEntry.length;
  }
  const directory = concat(centrals);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return concat([...locals, directory, new Uint8Array(end.buffer)]);
}

const xmlText = (text: string) => text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);

/** A minimal Word document (Office Open XML) with one paragraph per line. */
export function docxFile(lines: readonly string[]): Uint8Array {
  const xml = (text: string) => encoder.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
  return zipFile([
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    {
      name: 'word/document.xml',
      data: xml(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${lines
          .map((line) => `<w:p><w:r><w:t>${xmlText(line)}</w:t></w:r></w:p>`)
          .join('')}</w:body></w:document>`,
      ),
    },
  ]);
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const head = new DataView(new ArrayBuffer(4));
  head.setUint32(0, data.length);
  const typed = concat([encoder.encode(type), data]);
  const crc = new DataView(new ArrayBuffer(4));
  crc.setUint32(0, crc32(typed));
  return concat([new Uint8Array(head.buffer), typed, new Uint8Array(crc.buffer)]);
}

/** A 1×1 gray PNG: the image data is one stored (uncompressed) zlib block. */
export function pngFile(): Uint8Array {
  const header = new DataView(new ArrayBuffer(13));
  header.setUint32(0, 1);
  header.setUint32(4, 1);
  header.setUint8(8, 8); // bit depth
  header.setUint8(9, 0); // grayscale
  const scanline = new Uint8Array([0, 0x80]); // filter byte, one pixel
  let a = 1;
  let b = 0;
  for (const byte of scanline) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const adler = new DataView(new ArrayBuffer(4));
  adler.setUint32(0, ((b << 16) | a) >>> 0);
  const zlib = concat([new Uint8Array([0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff]), scanline, new Uint8Array(adler.buffer)]);
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', new Uint8Array(header.buffer)),
    pngChunk('IDAT', zlib),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

export const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
} as const;

/** The bytes of a mocked document, by its file name's extension. */
export function fileFor(filename: string, lines: readonly string[]): { bytes: Uint8Array; contentType: string } {
  if (/\.docx$/i.test(filename)) return { bytes: docxFile(lines), contentType: MIME.docx };
  if (/\.png$/i.test(filename)) return { bytes: pngFile(), contentType: MIME.png };
  if (/\.pdf$/i.test(filename)) return { bytes: pdfFile(lines), contentType: MIME.pdf };
  return { bytes: encoder.encode(`${lines.join('\n')}\n`), contentType: 'text/plain; charset=utf-8' };
}
