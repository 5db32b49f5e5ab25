import { apiQuery, csvHref, readFilters, writeFilters } from './filters';

describe('action item filters', () => {
  it('read back what they write to the address', () => {
    const filters = { status: 'Done' as const, overdue: true, organisationId: 'o1', q: 'æøå' };
    const params = writeFilters(filters);
    expect(params.toString()).toBe('status=utfort&forfalt=ja&organisasjon=o1&sok=%C3%A6%C3%B8%C3%A5');
    expect(readFilters(params)).toEqual(filters);
  });

  it('leave out what is not set, and ignore what they do not know', () => {
    expect(writeFilters({}).toString()).toBe('');
    expect(readFilters(new URLSearchParams('status=tull&forfalt=nei'))).toEqual({ status: undefined, overdue: undefined, organisationId: undefined, q: undefined });
    expect(apiQuery({})).toEqual({});
  });

  it('give the CSV export the same filters as the list', () => {
    expect(csvHref('b1', { status: 'Open', overdue: true, q: 'NAV' })).toBe('/api/bodies/b1/action-items.csv?status=Open&overdue=true&q=NAV');
    expect(csvHref('b1', {})).toBe('/api/bodies/b1/action-items.csv');
  });
});
