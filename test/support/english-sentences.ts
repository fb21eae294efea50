/**
 * The widget's English, from the catalogue's own sources (xliff/es.xlf, which
 * `npm run lint:i18n` keeps equal to every `msg()` of src/): each source's runs of literal
 * text between its placeholders, those of two words or more. A Spanish widget shows none
 * of them. The statuses' English names are left out, also where another message says
 * one: Spanish shows each beside its own ("Denegada (Denied)", docs/i18n.md).
 */
export async function englishSentences(): Promise<string[]> {
  return sentencesOf(await (await fetch('/xliff/es.xlf')).text());
}

/** The English runs of an XLIFF file's sources (`englishSentences`), for a caller that has its text. */
export function sentencesOf(xliff: string): string[] {
  const doc = new DOMParser().parseFromString(xliff, 'application/xml');
  const runs = new Set<string>();
  // A status's English name is left out wherever the catalogue also says it ("Claim submitted", filing's heading).
  const statuses = new Set([...doc.querySelectorAll('trans-unit[id^="status-"] source')].map((s) => s.textContent!.trim()));
  for (const unit of doc.querySelectorAll('trans-unit')) {
    if (unit.id.startsWith('status-') || statuses.has(unit.querySelector('source')!.textContent!.trim())) continue;
    const source = unit.querySelector('source')!;
    for (const node of source.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const run = node.textContent!.replace(/\s+/g, ' ').trim().replace(/^[,.:;(]\s*|[,.:;)]$/g, '').trim();
      if (run.split(' ').length >= 2) runs.add(run);
    }
  }
  return [...runs];
}

/** What a Veteran meets in a widget: its text, its accessible names and what its live region says. */
export function everythingSaid(el: HTMLElement): string {
  const root = el.shadowRoot!;
  const labels = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
  return [root.textContent, ...labels].join(' ').replace(/\s+/g, ' ');
}
