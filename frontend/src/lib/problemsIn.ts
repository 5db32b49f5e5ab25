import type { TFunction } from 'i18next';
import { asProblem, type FormErrors, toFormErrors } from './problems';

/**
 * As {@link toFormErrors}, but a feature's own problem codes are worded from its own section of the locale files
 * ("minutesProblems.minutes_not_draft"), so a feature adds its codes without touching the shared "problems" section.
 */
export function toFormErrorsIn(error: unknown, t: TFunction, section: string): FormErrors {
  const errors = toFormErrors(error, t);
  const code = asProblem(error).code;
  const own = code ? t(`${section}.${code}`, { defaultValue: '' }) : '';
  return own ? { ...errors, summary: own } : errors;
}

/** A field's message, whatever the case of the name the server used ("Entries[0].ActionItems[1].What"). */
export function fieldError(errors: FormErrors | null | undefined, name: string): string | undefined {
  if (!errors) return undefined;
  const wanted = name.toLowerCase();
  return Object.entries(errors.fields).find(([key]) => key.toLowerCase() === wanted)?.[1];
}
