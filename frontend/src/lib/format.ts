import i18n from 'i18next';

const locales: Record<string, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

function locale(): string {
  return locales[i18n.language] ?? 'nb-NO';
}

/** A date ("2021-03-09" or a timestamp) as "9. mars 2021". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = value.length === 10 ? new Date(`${value}T12:00:00`) : new Date(value);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}
