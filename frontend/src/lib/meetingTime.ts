import i18n from 'i18next';
import { formatDate } from './format';

/** "17. mars 2021, 12.00–14.00": meeting times are Oslo wall-clock times without an offset, shown as they are. */
export function meetingDateAndTime(start: string, end: string): string {
  const clock = (value: string) => (i18n.language === 'en' ? value.slice(11, 16) : value.slice(11, 16).replace(':', '.'));
  return `${formatDate(start.slice(0, 10))}, ${clock(start)}–${clock(end)}`;
}
