import i18n from 'i18next';
import { dayWall, weekdayDate } from '../../lib/calendar';
import { dateLanguage } from '../../lib/format';

/**
 * Meeting times are Oslo wall-clock times, shown as they are, whatever the browser's zone. The API writes some of them
 * with a "Z" it does not mean, so only the digits are read: a meeting at 23.30 must not move to the next day.
 */
export function meetingWhen(start: string, end: string): string {
  const date = weekdayDate(dayWall(start), dateLanguage());
  return `${date}, ${clock(start)}–${clock(end)}`;
}

/** "12.00" in Norwegian, "12:00" in English. */
export function clock(value: string): string {
  const time = value.slice(11, 16);
  return i18n.language === 'en' ? time : time.replace(':', '.');
}
