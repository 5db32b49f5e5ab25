import type { TFunction } from 'i18next';
import type { FieldError, HttpValidationProblemDetails, ProblemDetails } from '../api/generated/types.gen';

/**
 * An RFC 9457 problem as the API sends it, typed as the generated client types every error answer: a 400 carries
 * `errors` (English, for API users and logs) and `fieldErrors` (codes we word) beside the code.
 */
export type Problem = ProblemDetails | HttpValidationProblemDetails;

/** The API answered (each operation's generated `…Error` types it); an Error means no answer came. */
function isProblem(error: unknown): error is Problem {
  return typeof error === 'object' && error !== null && !(error instanceof Error);
}

/** A problem from anything a call can throw: the API's answer as it is, a network failure as its message (for logs;
 * {@link problemText} words it for the screen). */
export function asProblem(error: unknown): Problem {
  if (isProblem(error)) return error;
  return { title: error instanceof Error ? error.message : String(error) };
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
  // Only a 400 has them; every problem fits the validation problem's shape, whose other fields are optional.
  const { errors, fieldErrors }: HttpValidationProblemDetails = problem;
  const fields: Record<string, string> = {};
  const coded = Object.fromEntries(Object.entries(fieldErrors ?? {}).map(([field, list]) => [field.toLowerCase(), list]));
  for (const [field, messages] of Object.entries(errors ?? {})) {
    const key = field.charAt(0).toLowerCase() + field.slice(1);
    const codes = coded[field.toLowerCase()] ?? [];
    fields[key] = messages.map((message, i) => fieldText(codes[i], t) || message).join(' ');
  }
  const summary = knownText(error, t) || (Object.keys(fields).length > 0 ? t('problems.validation') : generalText(error, t));
  return { fields, summary };
}

/**
 * One sentence in the user's language for any failure: our words for its code, else for its status, else a general
 * one. The server's title and detail are English, for API users and logs, and never shown: an unknown code (a newer
 * server, a proxy) gets the general words, not "Forbidden".
 */
export function problemText(error: unknown, t: TFunction): string {
  return knownText(error, t) || generalText(error, t);
}

function knownText(error: unknown, t: TFunction): string {
  const problem = asProblem(error);
  const codeText = problem.code ? t(`problems.${problem.code}`, { defaultValue: '' }) : '';
  return (generic.has(problem.code ?? '') ? '' : codeText) || byStatus(problem.status, t) || codeText;
}

/** No answer at all (the network, or a crash in the page) or an answer we have no words for. */
function generalText(error: unknown, t: TFunction): string {
  return isProblem(error) ? t('problems.unknown') : t('problems.network');
}

/** Our words for a field's code, or '' when the code is unknown here (then the server's message is shown). */
function fieldText(error: FieldError | undefined, t: TFunction): string {
  if (!error?.code) return '';
  return t(`fieldErrors.${error.code}`, { ...error.params, defaultValue: '' });
}

/** Answers that carry no code of ours (from the web server or a proxy in front of it) still get our words. */
function byStatus(status: number | null | undefined, t: TFunction): string {
  if (status === 401) return t('problems.unauthorized');
  if (status === 403) return t('problems.forbidden');
  if (status === 404) return t('problems.notFound');
  if (status === 413) return t('problems.tooLarge');
  if (status === 502 || status === 503 || status === 504) return t('problems.unavailable');
  return '';
}
