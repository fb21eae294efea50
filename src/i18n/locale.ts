/**
 * The widget's languages (docs/i18n.md): English, the source, which every string is
 * written in and `msg()` returns as it is, and Spanish, whose catalogue is a piece loaded
 * only when a widget's language is Spanish (`spanishPiece`). DOM-free.
 *
 * @lit/localize keeps one active locale per page; two widgets on one page may speak two
 * languages. So the language is the widget's own: each widget runs its update cycle (and
 * anything it words outside it, through `inLocale`) with its language active here, and
 * the Spanish piece installs a `msg` that reads it. English needs no lookup at all.
 */
import { piece, type Piece } from '../lazy/piece.js';

export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';

export { inLocale, locale, type Locale, type SpanishWords } from './active.js';
import { locale, type SpanishWords } from './active.js';

/** `es`, `es-US`, `es-419`, `es-PR`…: Spanish. Anything else (or nothing) is English. */
export const isSpanish = (lang: string | null | undefined): boolean => /^\s*es(?:-|\s*$)/i.test(lang ?? '');

/** The Spanish words, while Spanish is active (it is only once the Spanish piece is in). */
export const spanish = (): SpanishWords | undefined => {
  const { state } = spanishPiece;
  return locale() === 'es' && state.status === 'ready' ? state.module.words : undefined;
};

/** Whether `value` takes the singular ("1 claim", "1 reclamación"): Spanish through Intl.PluralRules. */
export const isOne = (value: number): boolean => (spanish()?.plural(value) ?? (value === 1 ? 'one' : '')) === 'one';

/** The Spanish catalogue and words: loaded only for a widget whose language is Spanish. */
export const spanishPiece: Piece<{ words: SpanishWords }> = piece(() => import('./es.js'), import.meta.url);
