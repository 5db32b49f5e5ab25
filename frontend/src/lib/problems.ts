import type { TFunction } from 'i18next';

/** An RFC 9457 problem as the API sends it. */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  /** English messages per field, for API users and logs; shown only when a field's code is unknown here. */
  errors?: Record<string, string[]>;
  /** Per field, beside `errors`: the code of each refusal and the values its text needs. */
  fieldErrors?: Record<string, FieldError[]>;
};

/** One refusal of a field, worded from `fieldErrors.<code>` in the locale files ({{max}} from its params). */
export type FieldError = { code: string; params?: Record<string, string | number> };

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

/** Codes the server gives bare status answers; a status of our own (413, 503) says more than they do. */
const generic = new Set(['bad_request', 'unauthorized', 'not_found', 'method_not_allowed', 'conflict', 'payload_too_large', 'unsupported_media_type', 'server_error', 'error']);

/**
 * Maps a problem onto a form: field errors by name, and one summary line. Known codes get our own words; unknown
 * ones fall back to what the server said.
 */
export function toFormErrors(error: unknown, t: TFunction): FormErrors {
  const problem = asProblem(error);
  const fields: Record<string, string> = {};
  const coded = Object.fromEntries(Object.entries(problem.fieldErrors ?? {}).map(([field, list]) => [field.toLowerCase(), list]));
  for (const [field, messages] of Object.entries(problem.errors ?? {})) {
    const key = field.charAt(0).toLowerCase() + field.slice(1);
    const codes = coded[field.toLowerCase()] ?? [];
    fields[key] = messages.map((message, i) => fieldText(codes[i], t) || message).join(' ');
  }
  const codeText = problem.code ? t(`problems.${problem.code}`, { defaultValue: '' }) : '';
  const known = (generic.has(problem.code ?? '') ? '' : codeText) || byStatus(problem.status, t) || codeText;
  const summary = known || (Object.keys(fields).length > 0 ? t('problems.validation') : problem.detail || problem.title || t('problems.unknown'));
  return { fields, summary };
}

/** Our words for a field's code, or '' when the code is unknown here (then the server's message is shown). */
function fieldText(error: FieldError | undefined, t: TFunction): string {
  if (!error?.code) return '';
  return t(`fieldErrors.${error.code}`, { ...error.params, defaultValue: '' });
}

/** Answers that carry no code of ours (from the web server or a proxy in front of it) still get our words. */
function byStatus(status: number | undefined, t: TFunction): string {
  if (status === 413) return t('problems.tooLarge');
  if (status === 502 || status === 503 || status === 504) return t('problems.unavailable');
  return '';
}
