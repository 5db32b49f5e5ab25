import { client } from '../api/generated/client.gen';

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function readCookie(name: string, cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** Adds the antiforgery header the API asks for on every unsafe request: the value of the XSRF-TOKEN cookie. */
export function withAntiforgery(request: Request, cookies: string = document.cookie): Request {
  if (unsafe.has(request.method.toUpperCase())) {
    const token = readCookie('XSRF-TOKEN', cookies);
    if (token) request.headers.set('X-XSRF-TOKEN', token);
  }
  return request;
}

/**
 * Every failed answer as a problem with its status. The API sends problem details, but a proxy in front of it may
 * answer 413 or 502 with an HTML page: that becomes `{ status }`, not a page of markup shown as a message.
 */
export function withStatus(error: unknown, response: Response | undefined): unknown {
  if (!response) return error;
  if (error && typeof error === 'object' && !(error instanceof Error)) {
    return 'status' in error ? error : { ...error, status: response.status };
  }
  return { status: response.status };
}

/** Same origin, cookie session, errors thrown (as the problem-details body) so TanStack Query sees them. */
export function configureApi(baseUrl = ''): void {
  client.setConfig({ baseUrl, credentials: 'same-origin', throwOnError: true });
  client.interceptors.request.use((request) => withAntiforgeryWhenReady(request));
  client.interceptors.error.use((error, response) => withStatus(error, response));
}

let antiforgeryReady: Promise<void> = Promise.resolve();

/** Fetches the antiforgery cookie; called once at start and again after signing in or out. */
export function refreshAntiforgery(): Promise<void> {
  antiforgeryReady = fetch('/api/account/antiforgery', { credentials: 'same-origin' }).then(
    () => undefined,
    () => undefined, // the unsafe request then goes without the token and gets the API's own answer
  );
  return antiforgeryReady;
}

/**
 * An unsafe request sent before the first antiforgery cookie has arrived (someone quick to press "Logg inn" on a page
 * just loaded, or a slow server) waits for it instead of going without the token and being refused.
 */
export async function withAntiforgeryWhenReady(request: Request): Promise<Request> {
  if (unsafe.has(request.method.toUpperCase()) && !readCookie('XSRF-TOKEN')) await antiforgeryReady;
  return withAntiforgery(request);
}
