import i18n from 'i18next';

// Chromium ships without nynorsk date names: Intl takes the first locale it has, so nynorsk falls back to bokmål,
// not to the browser's English.
const locales: Record<string, string[]> = { nb: ['nb-NO'], nn: ['nn-NO', 'nb-NO'], en: ['en-GB'] };

/** The locales for dates and numbers in the chosen language, best first. */
export function locale(): string[] {
  return locales[i18n.language] ?? ['nb-NO'];
}

// Making an Intl formatter costs far more than using one (it loads the locale's data): one per language and options,
// kept, instead of one per date shown; a meeting page shows dozens.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** The date formatter for these options in the chosen language, made once. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${i18n.language} date ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale(), options)));
  return formatter as Intl.DateTimeFormat;
}

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${i18n.language} number ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(locale(), options)));
  return formatter as Intl.NumberFormat;
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** Makes these formatters now, each in a task of its own, while the page waits for its data: the first formatters
 * of a page load the locale's data, 30-100 ms each on a phone, which otherwise lands in the page's first render. */
export function prepareDateFormats(...options: Intl.DateTimeFormatOptions[]) {
  if (typeof window === 'undefined') return;
  for (const o of options) setTimeout(() => dateFormat(o), 0);
}

prepareDateFormats(DATE, DATE_TIME);

/** A date ("2021-03-09" or a timestamp) as "9. mars 2021". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = value.length === 10 ? new Date(`${value}T12:00:00`) : new Date(value);
  return dateFormat(DATE).format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  return dateFormat(DATE_TIME).format(new Date(value));
}

/** A file's size as people say it: "240 kB", "3,4 MB". */
export function formatSize(bytes: number): string {
  const [value, unit] = bytes < 1024 * 1024 ? [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
  return numberFormat({ style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
