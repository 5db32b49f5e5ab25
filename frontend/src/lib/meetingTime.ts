import i18n from 'i18next';
import { isoWall, osloWall } from './calendar';
import { formatDate } from './format';

/** "17. mars 2021, 12.00–14.00": meeting times are Oslo wall-clock times without an offset, shown as they are. */
export function meetingDateAndTime(start: string, end: string): string {
  const clock = (value: string) => (i18n.language === 'en' ? value.slice(11, 16) : value.slice(11, 16).replace(':', '.'));
  return `${formatDate(start.slice(0, 10))}, ${clock(start)}–${clock(end)}`;
}

/** Now as an Oslo wall-clock time ("2026-11-23T14:05:00"), comparable with the meeting times the API sends. */
export function osloNow(now: Date = new Date()): string {
  return isoWall(osloWall(now));
}
