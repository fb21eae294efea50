import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fuzzAssert } from '../support/fuzz.js';
import { filenameFromContentDisposition, MAX_HEADER_LENGTH } from '../../src/api/content-disposition.js';
import { MAX_FILENAME_LENGTH, safeFilename } from '../../src/claims/file-name.js';

/** What a name the widget saves or shows may never hold. */
const UNSAFE = /[/\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const LONE_SURROGATE = /\p{Cs}/u;
const codePoints = (s: string) => [...s].length;

/** Milliseconds `run` took, the slowest of a few runs: one slow run is enough to fail. */
function slowest(run: () => void, runs = 3): number {
  let worst = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    worst = Math.max(worst, performance.now() - start);
  }
  return worst;
}

describe('Content-Disposition (RFC 6266, RFC 5987/8187)', () => {
  it('reads a quoted-string with its escapes, and a token', () => {
    expect(filenameFromContentDisposition('attachment; filename="a \\"b\\" c.pdf"')).to.equal('a b c.pdf');
    expect(filenameFromContentDisposition('attachment; filename="Decision\\\\Letter.pdf"')).to.equal('Letter.pdf');
    expect(filenameFromContentDisposition('attachment; filename=receipt.jpg')).to.equal('receipt.jpg');
    expect(filenameFromContentDisposition('attachment;filename=receipt.jpg  ;size=10')).to.equal('receipt.jpg');
    expect(filenameFromContentDisposition('attachment; FileName = "upper.pdf"')).to.equal('upper.pdf');
  });

  it('never splits a parameter inside quotes: foo="; filename=evil.exe"; filename="good.pdf" is good.pdf', () => {
    expect(filenameFromContentDisposition('attachment; foo="; filename=evil.exe"; filename="good.pdf"')).to.equal('good.pdf');
    expect(filenameFromContentDisposition('attachment; foo="\\"; filename=evil.exe"; filename=good.pdf')).to.equal('good.pdf');
    expect(filenameFromContentDisposition('attachment; foo="filename*=UTF-8\'\'evil.exe"; filename=good.pdf')).to.equal('good.pdf');
    expect(filenameFromContentDisposition('attachment; xfilename=evil.exe; filename=good.pdf')).to.equal('good.pdf');
  });

  it('prefers filename* (UTF-8, percent-decoded) over filename, in either order', () => {
    expect(filenameFromContentDisposition(`attachment; filename="a.pdf"; filename*=UTF-8''%E2%82%AC%20rates.pdf`)).to.equal('€ rates.pdf');
    expect(filenameFromContentDisposition(`attachment; filename*=utf-8'en'%E2%82%AC%20rates.pdf; filename="a.pdf"`)).to.equal('€ rates.pdf');
    expect(filenameFromContentDisposition(`attachment; filename*="UTF-8''quoted%20anyway.pdf"`)).to.equal('quoted anyway.pdf');
  });

  it('reads filename* in ISO-8859-1, and falls back to filename for another charset or a broken encoding', () => {
    expect(filenameFromContentDisposition(`attachment; filename*=iso-8859-1'fr'caf%E9.pdf`)).to.equal('café.pdf');
    expect(filenameFromContentDisposition(`attachment; filename*=UTF-8''%E0%A4%A; filename="ok.pdf"`)).to.equal('ok.pdf');
    expect(filenameFromContentDisposition(`attachment; filename*=UTF-8''%FF%FE.pdf; filename="ok.pdf"`)).to.equal('ok.pdf');
    expect(filenameFromContentDisposition(`attachment; filename*=Shift_JIS''%82%A0.pdf; filename="ok.pdf"`)).to.equal('ok.pdf');
    expect(filenameFromContentDisposition(`attachment; filename*=no-quotes.pdf; filename="ok.pdf"`)).to.equal('ok.pdf');
  });

  it('decodes raw UTF-8 bytes in filename (the browser hands them over as Latin-1: "Ã©") where they are valid UTF-8', () => {
    const utf8AsLatin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));
    expect(filenameFromContentDisposition(`attachment; filename="${utf8AsLatin1('reçu médical.pdf')}"`)).to.equal('reçu médical.pdf');
    expect(filenameFromContentDisposition(`attachment; filename="${utf8AsLatin1('領収書.pdf')}"`)).to.equal('領収書.pdf');
    // Not valid UTF-8: a Latin-1 name, kept as it is.
    expect(filenameFromContentDisposition('attachment; filename="caf\u00e9.pdf"')).to.equal('café.pdf');
  });

  it('gives null when there is no name worth using', () => {
    expect(filenameFromContentDisposition('attachment; filename="...."')).to.equal(null);
    expect(filenameFromContentDisposition('attachment; filename=')).to.equal(null);
    expect(filenameFromContentDisposition('attachment; filename')).to.equal(null);
    expect(filenameFromContentDisposition('inline')).to.equal(null);
    expect(filenameFromContentDisposition('')).to.equal(null);
    expect(filenameFromContentDisposition(null)).to.equal(null);
  });

  it('an unterminated quote takes the rest of the header', () => {
    expect(filenameFromContentDisposition('attachment; filename="open.pdf')).to.equal('open.pdf');
  });

  it('reads only the first few kB of a header', () => {
    expect(filenameFromContentDisposition(`attachment; pad="${'x'.repeat(MAX_HEADER_LENGTH)}"; filename=late.pdf`)).to.equal(null);
  });
});

describe('safe file names', () => {
  it('keep no folders, control characters, CRLF or reserved characters', () => {
    expect(safeFilename('../../etc/passwd')).to.equal('passwd');
    expect(safeFilename('C:\\Users\\x\\receipt.pdf')).to.equal('receipt.pdf');
    expect(safeFilename('a\r\nSet-Cookie: x.pdf')).to.equal('aSet-Cookie x.pdf');
    expect(safeFilename('tab\there\u0000\u0085.pdf')).to.equal('tabhere.pdf');
    expect(safeFilename('<b>"x"|y?*.pdf')).to.equal('bxy.pdf');
    expect(safeFilename('  ..hidden. . ')).to.equal('hidden');
  });

  it('strip every bidi control: invoice\u202Efdp.exe is not "invoiceexe.pdf"', () => {
    expect(safeFilename('invoice\u202Efdp.exe')).to.equal('invoicefdp.exe');
    for (const control of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c']) {
      expect(safeFilename(`a${control}b.pdf`), `U+${control.codePointAt(0)!.toString(16)}`).to.equal('ab.pdf');
    }
  });

  it('cut a long name by code point, keeping its extension and leaving no lone surrogate', () => {
    const long = safeFilename(`${'a'.repeat(300)}.pdf`)!;
    expect(long).to.have.length(MAX_FILENAME_LENGTH);
    expect(long.endsWith('.pdf')).to.equal(true);
    const emoji = safeFilename(`${'😀'.repeat(300)}.jpeg`)!;
    expect(codePoints(emoji)).to.equal(MAX_FILENAME_LENGTH);
    expect(emoji.endsWith('😀.jpeg')).to.equal(true);
    expect(LONE_SURROGATE.test(emoji)).to.equal(false);
    expect(safeFilename('a'.repeat(300))).to.have.length(MAX_FILENAME_LENGTH);
    expect(safeFilename('x\ud800y\udc00z.pdf')).to.equal('xyz.pdf');
  });

  it('a name that is only dots, spaces and controls is no name', () => {
    expect(safeFilename(' . . \u202e ')).to.equal(null);
    expect(safeFilename('')).to.equal(null);
  });
});

describe('bounded work on names from outside', function () {
  this.timeout(20_000);
  const KB200 = 200 * 1024;

  it('a 200 kB header parses in under 50 ms (the filename* of 64,000 spaces that froze the host for 13 s)', () => {
    const headers = [
      `attachment; filename*=UTF-8''a${' '.repeat(KB200)}"x`,
      `attachment; filename="${'\\"'.repeat(KB200 / 2)}`,
      `attachment; ${'; '.repeat(KB200 / 2)}filename=a.pdf`,
      `attachment; filename=${'%'.repeat(KB200)}`,
      `attachment${' ;a="'.repeat(KB200 / 4)}`,
    ];
    for (const header of headers) {
      const ms = slowest(() => filenameFromContentDisposition(header));
      console.log(`200 kB header ${JSON.stringify(header.slice(0, 24))}…: ${ms.toFixed(2)} ms`);
      expect(ms, header.slice(0, 40)).to.be.below(50);
    }
  });

  it('a 200 kB name is made safe in under 50 ms (the " ." name that froze the host for 45 s)', () => {
    const names = [' .'.repeat(KB200 / 2), `${'a '.repeat(KB200 / 2)}.pdf`, '\u202e'.repeat(KB200), `${'😀'.repeat(KB200 / 2)}.pdf`, '/'.repeat(KB200)];
    for (const name of names) {
      const ms = slowest(() => safeFilename(name));
      console.log(`200 kB name ${JSON.stringify(name.slice(0, 8))}…: ${ms.toFixed(2)} ms`);
      expect(ms).to.be.below(50);
    }
  });
});

describe('file names, as properties (fast-check)', () => {
  const anyName = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: fc.constantFrom('/', '\\', '\r', '\n', '\u0000', '\u202e', '\u2066', '.', ' ', 'a', '😀', '\ud800'), maxLength: 60 }),
  );

  it('a safe name has no path separator, control character, CRLF, bidi control or lone surrogate, and at most the maximum length', () => {
    fuzzAssert(
      fc.property(anyName, (name) => {
        const safe = safeFilename(name);
        if (safe === null) return;
        expect(UNSAFE.test(safe), JSON.stringify(safe)).to.equal(false);
        expect(LONE_SURROGATE.test(safe)).to.equal(false);
        expect(codePoints(safe)).to.be.at.most(MAX_FILENAME_LENGTH);
        expect(safe).to.equal(safe.trim());
        expect(safeFilename(safe), 'safe names stay as they are').to.equal(safe);
      }),
      { numRuns: 500, seed: 32 },
    );
  });

  it('any header gives null or a safe name', () => {
    fuzzAssert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), anyName, (header, name) => {
        for (const h of [header, `attachment; filename="${name}"`, `attachment; filename=${name}`]) {
          const found = filenameFromContentDisposition(h);
          if (found !== null) expect(found).to.equal(safeFilename(found));
        }
      }),
      { numRuns: 500, seed: 32 },
    );
  });

  it('filename* (RFC 5987) carries any name, made safe, whatever filename says', () => {
    fuzzAssert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), fc.string(), (name, other) => {
        const header = `attachment; filename="${other.replace(/["\\]/g, '')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
        const expected = safeFilename(name);
        const found = filenameFromContentDisposition(header);
        if (expected !== null) expect(found).to.equal(expected);
      }),
      { numRuns: 300, seed: 32 },
    );
  });

  it('a very long name keeps its extension', () => {
    fuzzAssert(
      fc.property(fc.integer({ min: MAX_FILENAME_LENGTH, max: 5000 }), fc.constantFrom('pdf', 'docx', 'jpeg', 'png'), (length, ext) => {
        const safe = safeFilename(`${'n'.repeat(length)}.${ext}`)!;
        expect(safe.endsWith(`.${ext}`)).to.equal(true);
        expect(codePoints(safe)).to.equal(MAX_FILENAME_LENGTH);
      }),
      { numRuns: 50, seed: 32 },
    );
  });
});
