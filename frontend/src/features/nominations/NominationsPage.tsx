import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listMyNominationsOptions } from '../../api/generated/@tanstack/react-query.gen';
import { useMe } from '../../app/Layout';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { usePage } from '../../lib/paging';
import { useTitle } from '../../lib/useTitle';
import { NominationCard } from './NominationCard';

export function NominationsPage() {
  const { t } = useTranslation();
  useTitle(t('nominations.title'));
  const me = useMe();
  const [page, setPage] = usePage();
  // Those awaiting a decision first, then the newest: the API's order, across pages.
  const nominations = useQuery({ ...listMyNominationsOptions({ query: { page } }), placeholderData: keepPreviousData });
  const list = nominations.data?.items ?? [];
  const manages = (bodyId: string) =>
    me?.roles.includes('Administrator') || me?.bodies.some((b) => b.bodyId === bodyId && b.roles.includes('Secretariat')) || false;

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('nominations.title')}
      </Heading>
      <Paragraph>{t('nominations.intro')}</Paragraph>
      <QueryState isPending={nominations.isPending} error={nominations.error} />
      {nominations.data?.total === 0 && <Paragraph>{t('nominations.none')}</Paragraph>}
      {list.map((n) => (
        <NominationCard key={n.id} nomination={n} canDecide={manages(n.bodyId)} canWithdraw={me?.contactForOrganisationIds.includes(n.organisation.id) ?? false} />
      ))}
      <Pager page={nominations.data} onPage={setPage} label={t('nominations.pages')} />
    </div>
  );
}
