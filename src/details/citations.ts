import { ECFR_SECTION_URL } from './links.js';

/**
 * Finds "38 CFR 70.10"-style citations in a decision reason, so each can link to its
 * section in the eCFR. DOM-free: the view binds every piece as text, the links' hrefs
 * come only from the section digits matched here, never from the rest of the text.
 */
export type ReasonPart = { text: string } | { text: string; href: string; section: string };

// "38 CFR 70.10", "38 C.F.R. § 70.20(a)(1)", "38 CFR §§ 17.143": title 38 only (the eCFR
// links are title 38's), the section as digits "part.section", paragraphs kept in the text.
// The number must end there: "70.12345" or "70.1.2" is no section of ours to link a part of.
const CITATION = /\b38\s+C\.?\s?F\.?\s?R\.?\s+(?:§{1,2}\s*)?(\d{1,3}\.\d{1,4})(?!\.?\d)((?:\([a-z0-9]{1,4}\))*)/gi;

export function splitCitations(reason: string): ReasonPart[] {
  const parts: ReasonPart[] = [];
  let last = 0;
  for (const match of reason.matchAll(CITATION)) {
    const start = match.index;
    if (start > last) parts.push({ text: reason.slice(last, start) });
    const section = match[1];
    parts.push({ text: match[0], href: ECFR_SECTION_URL(section), section });
    last = start + match[0].length;
  }
  if (last < reason.length) parts.push({ text: reason.slice(last) });
  return parts;
}
