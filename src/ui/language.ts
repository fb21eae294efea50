/**
 * Which language a widget speaks (docs/i18n.md): its own `lang`, else the closest
 * ancestor's (across shadow roots, up to the host page's `<html lang>`), else English.
 * It follows a change of `lang` on the page: a MutationObserver on the element and every
 * ancestor (one of them may gain a `lang`), watched while the element is in the page.
 */
import type { ReactiveElement } from 'lit';
import { isSpanish, spanishPiece, type Locale } from '../i18n/locale.js';

/**
 * Watches the language `host` is asked for: `read()` (on connect, and by the observer)
 * requests an update when it changes; the host disconnects the observer when removed.
 */
export function watchLanguage(host: ReactiveElement) {
  let wanted: Locale = 'en';
  const observer = new MutationObserver(() => read());
  const read = () => {
    observer.disconnect();
    let lang: string | null = null;
    for (let node: Node | null = host; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      if (node instanceof Element) {
        observer.observe(node, { attributeFilter: ['lang'] });
        lang ??= node.getAttribute('lang');
      }
    }
    const now = isSpanish(lang) ? 'es' : 'en';
    if (now === wanted) return;
    wanted = now;
    host.requestUpdate();
  };
  return {
    read,
    stop: () => observer.disconnect(),
    /** The language the widget renders in: Spanish once its catalogue is in (English if it can't be loaded). */
    locale: (): Locale => (wanted === 'es' && spanishPiece.state.status === 'ready' ? 'es' : 'en'),
    /** The language the page asks of the widget (analytics' `locale`), from its first event on. */
    asked: (): Locale => wanted,
    /** Whether an update must wait for the Spanish catalogue. */
    waits: () => wanted === 'es' && /^(idle|loading)$/.test(spanishPiece.state.status),
  };
}
