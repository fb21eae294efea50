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

export type Locale = 'en' | 'es';

let active: Locale = 'en';

/** The language being worded now. */
export const locale = (): Locale => active;

/** Runs `words` with `language` active, and puts the previous one back. */
export function inLocale<T>(language: Locale, words: () => T): T {
  const before = active;
  active = language;
  try {
    return words();
  } finally {
    active = before;
  }
}

/** `es`, `es-US`, `es-419`, `es-PR`…: Spanish. Anything else (or nothing) is English. */
export const isSpanish = (lang: string | null | undefined): boolean => /^\s*es(?:-|\s*$)/i.test(lang ?? '');

/** What only Spanish needs, installed by the Spanish piece: Intl's es-US words and rules. */
export interface SpanishWords {
  /** "4 de diciembre de 2026", with the weekday first when `weekday`. */
  date(year: number, month: number, day: number, weekday?: boolean): string;
  /** "a las 4:40 p.m.", "a la 1:05 p.m.". */
  atTime(hour: number, minute: number): string;
  /** "1,276". */
  count(value: number | bigint): string;
  /** "$3", "$1,234.50". */
  amount(value: number): string;
  /** "diciembre". */
  month(month: number): string;
  /** "diciembre de 2026". */
  monthYear(month: number, year: number): string;
  /** Intl.PluralRules('es-US'): "one", "many", "other". */
  plural(value: number): string;
  /** A BTSSS status's name in Spanish, its English name beside it ("Denegado (Denied)"). */
  status(label: string): string;
}

/** The Spanish words, while Spanish is active (it is only once the Spanish piece is in). */
export const spanish = (): SpanishWords | undefined => {
  const { state } = spanishPiece;
  return active === 'es' && state.status === 'ready' ? state.module.words : undefined;
};

/** Whether `value` takes the singular ("1 claim", "1 reclamación"): Spanish through Intl.PluralRules. */
export const isOne = (value: number): boolean => (spanish()?.plural(value) ?? (value === 1 ? 'one' : '')) === 'one';

/** The Spanish catalogue and words: loaded only for a widget whose language is Spanish. */
export const spanishPiece: Piece<{ words: SpanishWords }> = piece(() => import('./es.js'), import.meta.url);
