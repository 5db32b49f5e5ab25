import i18n from 'i18next';
import { formatDate } from './format';

/** "17. mars 2021, 12.00–14.00": meeting times are Oslo wall-clock times without an offset, shown as they are. */
export function meetingDateAndTime(start: string, end: string): string {
  const clock = (value: string) => (i18n.language === 'en' ? value.slice(11, 16) : value.slice(11, 16).replace(':', '.'));
  return `${formatDate(start.slice(0, 10))}, ${clock(start)}–${clock(end)}`;
}

// Made once: a formatter costs far more to make than to use, and this one is asked for each meeting in a list.
let oslo: Intl.DateTimeFormat | undefined;

/** Now as an Oslo wall-clock time ("2026-11-23T14:05:00"), comparable with the meeting times the API sends. */
export function osloNow(now: Date = new Date()): string {
  oslo ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  });
  const parts = Object.fromEntries(oslo.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}
