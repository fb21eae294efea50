/**
 * The language being worded now (docs/i18n.md): each widget sets its own around its update
 * (`inLocale`), and the Spanish piece's lookup reads it. DOM-free.
 */
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

