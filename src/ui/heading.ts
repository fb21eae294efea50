import { html, type TemplateResult } from 'lit';

/**
 * Headings at the level the host chose (`heading-level`, docs/reference.md): the widget's
 * own heading is at that level, and every heading inside it one or two below, so the
 * widget fits under the host's own headings instead of repeating its h1. A tag's name
 * can't be a binding, so the template of each tag and its fixed attributes is made once,
 * as Lit's own static templates are; only `content` is bound.
 */
const made = new Map<string, TemplateStringsArray>();

/** The heading level the widget's own heading takes unless the host chooses another. */
export const DEFAULT_HEADING_LEVEL = 2;

/** A level from the attribute: a digit from 1 to 6, else the default. */
export const toHeadingLevel = (value: unknown): number => (/^[1-6]$/.test(String(value).trim()) ? Number(value) : DEFAULT_HEADING_LEVEL);

/**
 * `<hN attributes>content</hN>`, N being `level` kept within 1–6 (a heading three below an
 * h5 is an h6). `attributes` is fixed markup of the widget's own, never from outside.
 */
export function heading(level: number, attributes: string, content: unknown): TemplateResult {
  const tag = `h${Math.min(6, level)}`;
  const key = tag + attributes;
  let strings = made.get(key);
  if (!strings) {
    const parts = [`<${tag} ${attributes}>`, `</${tag}>`];
    made.set(key, (strings = Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray));
  }
  return html(strings, content);
}
