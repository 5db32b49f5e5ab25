import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, vi } from 'vitest';
import { listMembershipsOptions } from '../api/generated/@tanstack/react-query.gen';
import { pageOf, stubApi } from '../testing/api';
import { largestPage, usePage, useWholeList } from './paging';

afterEach(() => vi.unstubAllGlobals());

describe('usePage', () => {
  it('starts at 1, moves, and starts at 1 again when what the list shows changes', () => {
    const { result, rerender } = renderHook(({ search }) => usePage(search), { initialProps: { search: '' } });
    expect(result.current[0]).toBe(1);
    act(() => result.current[1](3));
    expect(result.current[0]).toBe(3);
    rerender({ search: 'nav' });
    expect(result.current[0]).toBe(1);
  });
});

describe('useWholeList', () => {
  it('fetches the pages after the first when a list is longer than the largest page, so nothing is cut off', async () => {
    const members = Array.from({ length: 450 }, (_, i) => ({ id: `m${i}` }));
    const calls = stubApi((_, path, __, url) => {
      if (path !== '/api/bodies/b1/memberships') return undefined;
      const page = Number(url.searchParams.get('page'));
      return [200, pageOf(members.slice((page - 1) * largestPage, page * largestPage), { total: 450, pageNumber: page, pageSize: largestPage })];
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
    const { result } = renderHook(
      () => useWholeList((page) => listMembershipsOptions({ path: { bodyId: 'b1' }, query: { page, pageSize: largestPage } })), { wrapper });
    await waitFor(() => expect(result.current.data).toHaveLength(450));
    expect(result.current.data!.map((m) => m.id)).toEqual(members.map((m) => m.id));
    expect(calls.map((c) => new URL(c.request.url).searchParams.get('page'))).toEqual(['1', '2', '3']);
  });
});
