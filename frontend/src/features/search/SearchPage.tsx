import { Field, Heading, Label, Select } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SearchKind } from '../../api/generated';
import { searchOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { usePage } from '../../lib/paging';
import { toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';

const kinds: SearchKind[] = ['Body', 'Meeting', 'AgendaItem', 'Minutes', 'Organisation', 'Person'];

/** Search across what the signed-in user may read; the words (and kind) live in the URL, so a search can be linked. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const kind = (kinds as string[]).includes(params.get('kind') ?? '') ? (params.get('kind') as SearchKind) : undefined;
  const [page, setPage] = usePage(q, kind);
  useTitle(q ? t('search.titleFor', { q }) : t('search.title'));
  const results = useQuery({ ...searchOptions({ query: { q, kind, page } }), enabled: q !== '', retry: false, placeholderData: keepPreviousData });
  const error = results.error ? toFormErrors(results.error, t).fields.q : undefined;

  function go(next: { q?: string; kind?: string }) {
    const merged = { q, kind: kind ?? '', ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, v]) => v)));
  }

  return (
    <div className="page">
      <Heading level={1} data-size="lg">{t('search.title')}</Heading>
      <SearchForm q={q} error={error} onSearch={(words) => go({ q: words })}>
        <Field>
          <Label>{t('search.kindLabel')}</Label>
          <Select value={kind ?? ''} onChange={(e) => go({ kind: e.target.value })}>
            <Select.Option value="">{t('search.allKinds')}</Select.Option>
            {kinds.map((k) => (
              <Select.Option key={k} value={k}>{t(`search.kind.${k}`)}</Select.Option>
            ))}
          </Select>
        </Field>
      </SearchForm>
      {q !== '' && !error && <QueryState isPending={results.isPending} error={results.error} />}
      {results.data && !error && <SearchResults hits={results.data.items} isPublic={false} q={q} />}
      <Pager page={error ? undefined : results.data} onPage={setPage} label={t('search.pages')} />
    </div>
  );
}
