import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { publicSearchOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { usePage } from '../../lib/paging';
import { toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';

/** Search in the public minutes of public bodies, for anyone without signing in. */
export function PublicSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const [page, setPage] = usePage(q);
  useTitle(q ? t('search.publicTitleFor', { q }) : t('search.publicTitle'));
  const results = useQuery({ ...publicSearchOptions({ query: { q, page } }), enabled: q !== '', retry: false, placeholderData: keepPreviousData });
  const error = results.error ? toFormErrors(results.error, t).fields.q : undefined;

  return (
    <div className="page">
      <Heading level={1} data-size="lg">{t('search.publicTitle')}</Heading>
      <Paragraph>{t('search.publicHelp')}</Paragraph>
      <SearchForm q={q} error={error} onSearch={(words) => setParams(words ? { q: words } : {})} />
      {q !== '' && !error && <QueryState isPending={results.isPending} error={results.error} />}
      {results.data && !error && <SearchResults hits={results.data.items} isPublic q={q} />}
      <Pager page={error ? undefined : results.data} onPage={setPage} label={t('search.pages')} />
    </div>
  );
}
