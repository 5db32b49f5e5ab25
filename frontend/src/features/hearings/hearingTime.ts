import { isoWall, longDateTime, osloWall } from '../../lib/calendar';
import { dateLanguage } from '../../lib/format';

// Hearings keep their times in UTC; people enter and read them as Oslo wall-clock times, whatever the browser's zone.

/** An instant from the API: its times are UTC, and one sent without a zone ("2021-04-20T21:59:00") is read as UTC too. */
export function instant(utc: string): Date {
  return new Date(/(Z|[+-]\d{2}:?\d{2})$/i.test(utc) || utc.length <= 10 ? utc : `${utc}Z`);
}

/** The Oslo wall-clock time of an instant, as a `datetime-local` value ("2021-04-20T23:59"). */
export function osloInput(utc: string | null | undefined): string {
  if (!utc) return '';
  return isoWall(osloWall(instant(utc)), false);
}

/**
 * The instant (ISO, UTC) of an Oslo wall-clock time typed into a `datetime-local` field, or null when it is empty or
 * malformed. The offset is read for the guessed instant and checked once more, so summer time is right on both sides
 * of a change.
 */
export function utcFromOslo(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  const offsetAt = (ms: number) => Date.parse(`${osloInput(new Date(ms).toISOString())}:00Z`) - ms;
  let at = wall - offsetAt(wall);
  at = wall - offsetAt(at);
  return new Date(at).toISOString();
}

/** "20. april 2021 kl. 23:59" in the chosen language, in Oslo time. */
export function formatOslo(utc: string | null | undefined): string {
  if (!utc) return '';
  return longDateTime(osloWall(instant(utc)), dateLanguage());
}
