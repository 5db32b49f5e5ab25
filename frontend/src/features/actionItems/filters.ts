import type { ActionItemStatus } from '../../api/generated/types.gen';

/** The filters of an action item list, as the address shows them (in Norwegian, like the rest of the addresses). */
export type Filters = { status?: ActionItemStatus; overdue?: boolean; organisationId?: string; q?: string };

const statusInUrl: Record<ActionItemStatus, string> = { Open: 'apen', Done: 'utfort', Dropped: 'bortfalt' };

export function readFilters(params: URLSearchParams): Filters {
  const status = (Object.entries(statusInUrl) as [ActionItemStatus, string][]).find(([, v]) => v === params.get('status'))?.[0];
  return {
    status,
    overdue: params.get('forfalt') === 'ja' || undefined,
    organisationId: params.get('organisasjon') || undefined,
    q: params.get('sok')?.trim() || undefined,
  };
}

export function writeFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', statusInUrl[filters.status]);
  if (filters.overdue) params.set('forfalt', 'ja');
  if (filters.organisationId) params.set('organisasjon', filters.organisationId);
  if (filters.q?.trim()) params.set('sok', filters.q.trim());
  return params;
}

/** The same filters as the API takes them, for the list and for the CSV export alike. */
export function apiQuery(filters: Filters): { status?: ActionItemStatus; overdue?: boolean; organisationId?: string; q?: string } {
  const query: ReturnType<typeof apiQuery> = {};
  if (filters.status) query.status = filters.status;
  if (filters.overdue) query.overdue = true;
  if (filters.organisationId) query.organisationId = filters.organisationId;
  if (filters.q) query.q = filters.q;
  return query;
}

export function csvHref(bodyId: string, filters: Filters): string {
  const params = new URLSearchParams(Object.entries(apiQuery(filters)).map(([k, v]) => [k, String(v)]));
  const query = params.toString();
  return `/api/bodies/${bodyId}/action-items.csv${query ? `?${query}` : ''}`;
}
