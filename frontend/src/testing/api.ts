import { vi } from 'vitest';
import { configureApi } from '../lib/api';

export type Call = { method: string; path: string; body: unknown; request: Request };
type Route = (method: string, path: string, body: unknown, url: URL) => [number, unknown?] | undefined;

/**
 * Stands in for the API: every request the generated client makes is recorded, and answered by `route` (status and
 * JSON body; an error status is sent as problem details), which also gets the whole URL for its query. Unrouted requests
 * answer 404.
 */
export function stubApi(route: Route): Call[] {
  configureApi('http://localhost');
  const calls: Call[] = [];
  vi.stubGlobal('fetch', vi.fn(async (input: Request) => {
    const request = input instanceof Request ? input : new Request(input);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    let body: unknown = text || undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // multipart or plain text: kept as it came
    }
    calls.push({ method: request.method, path: url.pathname, body, request });
    const [status, json] = route(request.method, url.pathname, body, url) ?? [404, { status: 404, title: 'Not found' }];
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(status === 204 ? null : JSON.stringify(json ?? {}), { status, headers: { 'Content-Type': type } });
  }));
  return calls;
}

/** A list as the API answers it: one page of items with the total (all of `items` on the first page unless told). */
export function pageOf<T>(items: T[], more: { total?: number; pageNumber?: number; pageSize?: number } = {}) {
  return { items, total: items.length, pageNumber: 1, pageSize: 50, ...more };
}
