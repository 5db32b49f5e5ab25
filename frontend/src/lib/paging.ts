import { type QueryKey, useQueries, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { useState } from 'react';

/** What every list of the API answers: one page of items, and how many the whole selection holds. */
export type PageOf<T> = { items: T[]; total: number; pageNumber: number; pageSize: number };

/** The most the API gives in one page; pickers and lists that are small by nature ask for this many deliberately. */
export const largestPage = 200;

/**
 * The page of a list on screen: 1 at first, and 1 again when what the list shows changes (a filter, a search), given as
 * `showing`, so that a new selection never opens on a page it may not have.
 */
export function usePage(...showing: unknown[]): [number, (page: number) => void] {
  const key = JSON.stringify(showing);
  const [state, setState] = useState({ key, page: 1 });
  return [state.key === key ? state.page : 1, (page: number) => setState({ key, page })];
}

/** Number of pages of a list (at least one, so "page 1 of 1" holds for an empty list). */
export const pageCount = (page: Pick<PageOf<unknown>, 'total' | 'pageSize'>): number => Math.max(1, Math.ceil(page.total / page.pageSize));

/**
 * Every item of a list that is small by nature (a body's member organisations, tens of them) where a screen needs all of
 * them (a filter or a picker): the first page at the largest size, and in the rare case there is more, the other pages
 * too. Nothing is cut off without a word.
 */
export function useWholeList<P extends PageOf<unknown>, E, K extends QueryKey>(pageOptions: (page: number) => UseQueryOptions<P, E, P, K>) {
  const first = useQuery(pageOptions(1));
  const more = first.data ? pageCount(first.data) - 1 : 0;
  const rest = useQueries({ queries: Array.from({ length: more }, (_, i) => pageOptions(i + 2)) });
  const error = first.error ?? rest.find((q) => q.error)?.error ?? null;
  const isPending = !error && (first.isPending || rest.some((q) => q.isPending));
  const data: P['items'] | undefined = isPending || error || !first.data
    ? undefined
    : [first.data, ...rest.map((q) => q.data!)].flatMap((p) => p.items);
  return { data, isPending, error };
}
