import type { TFunction } from 'i18next';

/** An RFC 9457 problem as the API sends it. */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: Record<string, string[]>;
};

export function asProblem(error: unknown): Problem {
  if (error instanceof Error) return { title: error.message };
  if (error && typeof error === 'object') return error as Problem;
  return { title: String(error) };
}

export type FormErrors = {
  /** Messages per form field, keyed by the API's camelCase field name ("organisationNumber"). */
  fields: Record<string, string>;
  /** The message for the summary alert. */
  summary: string;
};

/**
 * Maps a problem onto a form: field errors by name, and one summary line. Known codes get our own words; unknown
 * ones fall back to what the server said.
 */
export function toFormErrors(error: unknown, t: TFunction): FormErrors {
  const problem = asProblem(error);
  const fields: Record<string, string> = {};
  for (const [field, messages] of Object.entries(problem.errors ?? {})) {
    const key = field.charAt(0).toLowerCase() + field.slice(1);
    fields[key] = messages.join(' ');
  }
  const known = (problem.code ? t(`problems.${problem.code}`, { defaultValue: '' }) : '') || byStatus(problem.status, t);
  const summary = known || (Object.keys(fields).length > 0 ? t('problems.validation') : problem.detail || problem.title || t('problems.unknown'));
  return { fields, summary };
}

/** Answers that carry no code of ours (from the web server or a proxy in front of it) still get our words. */
function byStatus(status: number | undefined, t: TFunction): string {
  if (status === 413) return t('problems.tooLarge');
  if (status === 502 || status === 503 || status === 504) return t('problems.unavailable');
  return '';
}
