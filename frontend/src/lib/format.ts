import i18n from 'i18next';
import { type DateLanguage, decimal, localWall, longDate, mediumDateTime } from './calendar';

/** The chosen language as the date formats know it; bokmål for anything else. */
export function dateLanguage(): DateLanguage {
  const language = i18n.language;
  return language === 'nn' || language === 'en' ? language : 'nb';
}

/** A date ("2021-03-09" or a timestamp) as "9. mars 2021"; a timestamp is read in the browser's time zone. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = value.length === 10 ? new Date(`${value}T12:00:00`) : new Date(value);
  return longDate(localWall(date), dateLanguage());
}

/** A timestamp as "9. mars 2021, 09:05" in the browser's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  return mediumDateTime(localWall(new Date(value)), dateLanguage());
}

/** A file's size as people say it: "240 kB", "3,4 MB". */
export function formatSize(bytes: number): string {
  const [value, unit] = bytes < 1024 * 1024 ? [Math.max(1, Math.round(bytes / 1024)), 'kB'] : [bytes / (1024 * 1024), 'MB'];
  return `${decimal(value, 1, dateLanguage())} ${unit}`;
}
