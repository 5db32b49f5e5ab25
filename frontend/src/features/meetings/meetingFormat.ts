import i18n from 'i18next';

const locales: Record<string, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** Meeting times are Oslo wall-clock times without an offset; shown as they are, whatever the browser's zone. */
export function meetingWhen(start: string, end: string): string {
  const locale = locales[i18n.language] ?? 'nb-NO';
  const date = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(start));
  return `${date}, ${clock(start)}–${clock(end)}`;
}

/** "12.00" in Norwegian, "12:00" in English. */
export function clock(value: string): string {
  const time = value.slice(11, 16);
  return i18n.language === 'en' ? time : time.replace(':', '.');
}
