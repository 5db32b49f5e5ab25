import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPersonOptions, listPeopleOptions } from '../api/generated/@tanstack/react-query.gen';
import type { PersonSummary } from '../api/generated/types.gen';
import { largestPage } from '../lib/paging';
import { SearchSelect } from './SearchSelect';

/**
 * A person from the registry (of one organisation when `organisationId` is given), searched by name or e-mail when there
 * are more than one page of them. The chosen person stays shown even when a search or a filter leaves them out.
 */
export function PersonSelect({ label, noneLabel, value, onChange, organisationId, describe = (p) => p.name, error }: {
  label: string;
  noneLabel: string;
  value: string;
  onChange: (id: string) => void;
  organisationId?: string | null;
  describe?: (person: PersonSummary) => string;
  error?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const people = useQuery({
    ...listPeopleOptions({ query: { search: term || undefined, organisationId: organisationId ?? undefined, pageSize: largestPage } }),
    placeholderData: keepPreviousData,
  });
  const items = people.data?.items ?? [];
  const listed = !value || items.some((p) => p.id === value);
  const chosen = useQuery({ ...getPersonOptions({ path: { id: value } }), enabled: !listed });
  const choices = [...(!listed && chosen.data ? [chosen.data] : []), ...items].map((p) => ({ id: p.id, label: describe(p) }));
  return (
    <SearchSelect label={label} noneLabel={noneLabel} searchLabel={t('picker.searchPeople')} value={value} onChange={onChange}
      choices={choices} listed={items.length} total={people.data?.total} search={search} onSearch={setSearch} error={error} />
  );
}
