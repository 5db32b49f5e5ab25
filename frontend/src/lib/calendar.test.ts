import { dayWall, decimal, isoWall, longDate, longDateTime, mediumDateTime, osloOffsetMinutes, osloWall, weekdayDate } from './calendar';

// The formats are held to Node's Intl (full ICU, the same CLDR data the browser used to print them with).
const locales = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;
const oslo = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Europe/Oslo' });

/** Every 7 hours and 13 minutes from 2019 to 2035: every month, weekday and hour, and both sides of each clock change. */
function* instants() {
  for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2035, 0, 1); t += (7 * 60 + 13) * 60_000) yield new Date(t);
}

describe('Oslo wall-clock time', () => {
  it('has the offset and wall time Intl gives for Europe/Oslo at every instant tried', () => {
    const parts = oslo('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    for (const at of instants()) {
      const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
      expect(isoWall(osloWall(at))).toBe(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`);
    }
  });

  it('changes at 01:00 UTC on the last Sundays of March and October', () => {
    expect(osloOffsetMinutes(new Date('2027-03-28T00:59:59Z'))).toBe(60);
    expect(osloOffsetMinutes(new Date('2027-03-28T01:00:00Z'))).toBe(120);
    expect(osloOffsetMinutes(new Date('2027-10-31T00:59:59Z'))).toBe(120);
    expect(osloOffsetMinutes(new Date('2027-10-31T01:00:00Z'))).toBe(60);
  });
});

describe('dates in words', () => {
  for (const [language, locale] of Object.entries(locales) as [keyof typeof locales, string][]) {
    it(`writes dates as Intl does in ${locale}`, () => {
      const long = oslo(locale, { day: 'numeric', month: 'long', year: 'numeric' });
      const medium = oslo(locale, { dateStyle: 'medium', timeStyle: 'short' });
      const longTime = oslo(locale, { dateStyle: 'long', timeStyle: 'short' });
      const weekday = oslo(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
      for (const at of instants()) {
        const wall = osloWall(at);
        expect(longDate(wall, language)).toBe(long.format(at));
        expect(mediumDateTime(wall, language)).toBe(medium.format(at));
        expect(longDateTime(wall, language)).toBe(longTime.format(at));
        expect(weekdayDate(wall, language)).toBe(weekday.format(at));
      }
    });
  }

  it('reads a calendar date as that day, whatever the zone', () => {
    expect(weekdayDate(dayWall('2021-03-09'), 'nb')).toBe('tirsdag 9. mars 2021');
    expect(weekdayDate(dayWall('2021-03-09T23:30:00Z'), 'nn')).toBe('tysdag 9. mars 2021');
    expect(longDate(dayWall('2021-12-31'), 'en')).toBe('31 December 2021');
  });
});

describe('decimal', () => {
  it('groups and rounds as Intl does', () => {
    for (const value of [0.04, 1, 3.45, 12.05, 999.95, 1023, 1234.56, 1_048_576.7]) {
      for (const [language, locale] of Object.entries(locales) as [keyof typeof locales, string][])
        expect(decimal(value, 1, language)).toBe(new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value));
    }
  });
});
