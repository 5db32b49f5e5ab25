// Dates in words and Oslo wall-clock time without Intl. The first Intl.DateTimeFormat a page makes loads the locale's
// and the time zones' data: 25-75 ms on this machine, 100-300 ms on a phone (Lighthouse's 4x CPU), one task that
// cannot be split, on every page that shows a date. The few formats the app shows are written out here instead; the
// tests hold them to Node's Intl (full ICU), which is what the browser printed before.

export type DateLanguage = 'nb' | 'nn' | 'en';

const monthsNo = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const months: Record<DateLanguage, string[]> = {
  nb: monthsNo,
  nn: monthsNo,
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const shortMonthsNo = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];
const shortMonths: Record<DateLanguage, string[]> = {
  nb: shortMonthsNo,
  nn: shortMonthsNo,
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};
const weekdays: Record<DateLanguage, string[]> = {
  nb: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  nn: ['søndag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** A calendar day and a clock time, as read on some wall; month 1-12, weekday 0 = Sunday. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The fields of a Date read with its UTC getters (for a Date already shifted to the wanted wall). */
function utcFields(date: Date): WallTime {
  return {
    year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay(),
    hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(),
  };
}

/** The browser's own wall (its time zone), as Intl without a timeZone option reads it. */
export function localWall(date: Date): WallTime {
  return {
    year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), weekday: date.getDay(),
    hour: date.getHours(), minute: date.getMinutes(), second: date.getSeconds(),
  };
}

/** A calendar date ("2021-03-09") as a wall time at midnight, with its weekday. */
export function dayWall(isoDate: string): WallTime {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return utcFields(new Date(Date.UTC(year!, month! - 1, day!)));
}

/** 01:00 UTC on the last Sunday of a month (0-based): when Europe's summer time starts (March) and ends (October). */
function lastSundayAtOneUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

/** Oslo's offset from UTC at an instant, in minutes: 120 in summer time, 60 otherwise (the EU rule, Norway's since 1996). */
export function osloOffsetMinutes(instant: Date): number {
  const t = instant.getTime();
  const year = instant.getUTCFullYear();
  return t >= lastSundayAtOneUtc(year, 2) && t < lastSundayAtOneUtc(year, 9) ? 120 : 60;
}

/** The Oslo wall-clock time of an instant. */
export function osloWall(instant: Date): WallTime {
  return utcFields(new Date(instant.getTime() + osloOffsetMinutes(instant) * 60_000));
}

/** "2021-03-09T10:05:00". */
export function isoWall(w: WallTime, seconds = true): string {
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}${seconds ? `:${pad(w.second)}` : ''}`;
}

/** "9. mars 2021" / "9 March 2021". */
export function longDate(w: WallTime, language: DateLanguage): string {
  const month = months[language][w.month - 1];
  return language === 'en' ? `${w.day} ${month} ${w.year}` : `${w.day}. ${month} ${w.year}`;
}

/** "9. mars 2021, 09:05" / "9 Mar 2021, 09:05" (Intl's dateStyle medium, timeStyle short). */
export function mediumDateTime(w: WallTime, language: DateLanguage): string {
  const month = shortMonths[language][w.month - 1];
  const date = language === 'en' ? `${w.day} ${month} ${w.year}` : `${w.day}. ${month} ${w.year}`;
  return `${date}, ${pad(w.hour)}:${pad(w.minute)}`;
}

/** "9. mars 2021 kl. 10:05" / "9 March 2021 at 10:05" (dateStyle long, timeStyle short). */
export function longDateTime(w: WallTime, language: DateLanguage): string {
  return `${longDate(w, language)} ${language === 'en' ? 'at' : 'kl.'} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** "tirsdag 9. mars 2021" / "Tuesday, 9 March 2021". */
export function weekdayDate(w: WallTime, language: DateLanguage): string {
  const weekday = weekdays[language][w.weekday];
  return language === 'en' ? `${weekday}, ${longDate(w, language)}` : `${weekday} ${longDate(w, language)}`;
}

/** A number with at most `decimals` decimals as the language writes it ("1 234,5" with a no-break space / "1,234.5"). */
export function decimal(value: number, decimals: number, language: DateLanguage): string {
  const [whole = '0', fraction] = String(Number(value.toFixed(decimals))).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'en' ? ',' : '\u00a0');
  return fraction ? `${grouped}${language === 'en' ? '.' : ','}${fraction}` : grouped;
}
