/**
 * The Spanish piece (docs/i18n.md): the catalogue `lit-localize build` writes from
 * xliff/es.xlf, @lit/localize's own lookup by message id, and Intl's es-US dates, times,
 * money and plural rules (`words`). Loaded only for a widget whose language is Spanish;
 * importing it installs the lookup, which answers in Spanish only while a Spanish widget is worded
 * (`locale()`), and the source, English, for every other.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { templates } from './generated/es.js';
import { locale, type SpanishWords } from './active.js';
import { statusNames } from './status-names.js';

_installMsgImplementation(((template, options) =>
  runtimeMsg(locale() === 'es' ? templates : undefined, template, options)) as Parameters<typeof _installMsgImplementation>[0]);

const LOCALE = 'es-US';
/** Intl objects are made on first use: the first one a page makes loads the locale's data. */
const once = <T>(make: () => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
const dates = once(() => new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }));
const weekdays = once(() => new Intl.DateTimeFormat(LOCALE, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }));
const times = once(() => new Intl.DateTimeFormat(LOCALE, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }));
const months = once(() => new Intl.DateTimeFormat(LOCALE, { month: 'long', timeZone: 'UTC' }));
const monthYears = once(() => new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
const counts = once(() => new Intl.NumberFormat(LOCALE));
// Whole dollars without ".00", as VA writes them ("$3").
const amounts = once(() => new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', trailingZeroDisplay: 'stripIfInteger' }));
const plurals = once(() => new Intl.PluralRules(LOCALE));
let names: Record<string, string> | undefined;

export const words: SpanishWords = {
  date: (year, month, day, weekday) => (weekday ? weekdays() : dates()).format(Date.UTC(year, month - 1, day)),
  // "a la 1:05 p.m.", "a las 4:40 p.m.": Spanish says the hour's article.
  atTime: (hour, minute) => `${hour % 12 === 1 ? 'a la' : 'a las'} ${times().format(Date.UTC(2000, 0, 1, hour, minute))}`,
  count: (value) => counts().format(value),
  // -0 and amounts that round to zero have no minus sign: "-$0" would read as a debt.
  amount: (value) => amounts().format(Math.abs(value) < 0.005 ? 0 : value),
  month: (month) => months().format(Date.UTC(2000, month - 1, 1)),
  monthYear: (month, year) => monthYears().format(Date.UTC(year, month - 1, 1)),
  plural: (value) => plurals().select(value),
  status: (label) => (names ??= statusNames())[label] ?? label,
};
