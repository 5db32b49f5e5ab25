import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listOrganisationsOptions } from '../api/generated/@tanstack/react-query.gen';
import { largestPage } from '../lib/paging';
import { SearchSelect } from './SearchSelect';

/** An organisation from the registry, searched by name or number when there are more than one page of them. */
export function OrganisationSelect({ label, noneLabel, value, onChange, name, error }: {
  label: string;
  noneLabel: string;
  value: string;
  onChange: (id: string) => void;
  name?: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const organisations = useQuery({
    ...listOrganisationsOptions({ query: { search: term || undefined, pageSize: largestPage } }),
    placeholderData: keepPreviousData,
  });
  const items = organisations.data?.items ?? [];
  // The choice made before a search narrowed the list stays in it, named as it was.
  const [chosen, setChosen] = useState<{ id: string; label: string } | null>(null);
  const listed = !value || items.some((o) => o.id === value);
  const choices = [...(!listed && chosen?.id === value ? [chosen] : []), ...items.map((o) => ({ id: o.id, label: o.name }))];
  return (
    <SearchSelect label={label} noneLabel={noneLabel} searchLabel={t('picker.searchOrganisations')} value={value} name={name} error={error}
      onChange={(id) => {
        setChosen(choices.find((c) => c.id === id) ?? null);
        onChange(id);
      }}
      choices={choices} listed={items.length} total={organisations.data?.total} search={search} onSearch={setSearch} />
  );
}
