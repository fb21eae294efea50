import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fuzzAssert } from '../support/fuzz.js';
import { splitCitations } from '../../src/details/citations.js';

const linked = (reason: string) => splitCitations(reason).flatMap((p) => ('href' in p ? [p.section] : []));

describe('eCFR citations in a decision reason', () => {
  it('link only a whole section number: 38 CFR 70.12345 links nothing, nor does 70.1.2', () => {
    expect(linked('Authority: 38 CFR 70.12345')).to.deep.equal([]);
    expect(linked('Authority: 38 CFR 70.1.2')).to.deep.equal([]);
    expect(linked('Authority: 38 CFR 701.1')).to.deep.equal(['701.1']);
    expect(linked('Authority: 38 CFR 7012.1')).to.deep.equal([]);
    // A sentence's own period and a paragraph are not part of the number.
    expect(linked('Authority: 38 CFR 70.10. See 38 CFR 70.20(a)(1), 38 CFR 17.143;')).to.deep.equal(['70.10', '70.20', '17.143']);
  });

  it('as a property: every link is an eCFR title 38 section, from digits alone, and the text is kept whole', () => {
    const citation = fc
      .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 999999 }), fc.constantFrom('', '.', '.1', '(a)', '1', ' '))
      .map(([part, section, after]) => `38 CFR ${part}.${section}${after}`);
    const reason = fc.array(fc.oneof(citation, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('<a href="javascript:x">', '§', '38 C.F.R. §§ ')), { maxLength: 8 });
    fuzzAssert(
      fc.property(reason, (pieces) => {
        const text = pieces.join(' ');
        const parts = splitCitations(text);
        expect(parts.map((p) => p.text).join('')).to.equal(text);
        let offset = 0;
        for (const part of parts) {
          offset += part.text.length;
          if (!('href' in part)) continue;
          expect(part.section).to.match(/^\d{1,3}\.\d{1,4}$/);
          expect(part.href).to.equal(`https://www.ecfr.gov/current/title-38/section-${part.section}`);
          // The number linked is the whole number written.
          const at = part.text.indexOf(part.section) + part.section.length;
          expect(part.text.slice(at), part.text).to.not.match(/^\.?\d/);
          const after = text.slice(offset);
          if (part.text.endsWith(part.section)) expect(after, text).to.not.match(/^\.?\d/);
        }
      }),
      { numRuns: 500, seed: 32 },
    );
  });
});
