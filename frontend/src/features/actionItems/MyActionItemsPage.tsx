import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getMeOptions, listMyActionItemsOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { ActionItemDto } from '../../api/generated/types.gen';
import { ActionItemStatusDialog } from '../../components/actionItems/ActionItemStatusDialog';
import { ActionItemsTable } from '../../components/actionItems/ActionItemsTable';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { canChangeStatus } from '../../lib/actionItems';
import { usePage } from '../../lib/paging';
import { useTitle } from '../../lib/useTitle';

/** The action items the user is responsible for, in every body. */
export function MyActionItemsPage() {
  const { t } = useTranslation();
  useTitle(t('actionItems.myTitle'));
  const me = useQuery({ ...getMeOptions(), retry: false }).data;
  const [page, setPage] = usePage();
  const items = useQuery({ ...listMyActionItemsOptions({ query: { page } }), placeholderData: keepPreviousData });
  const [changing, setChanging] = useState<ActionItemDto | null>(null);
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('actionItems.myTitle')}
      </Heading>
      <Paragraph>{t('actionItems.myIntro')}</Paragraph>
      <QueryState isPending={items.isPending} error={items.error} />
      {items.data?.total === 0 && <Paragraph>{t('actionItems.myNone')}</Paragraph>}
      {items.data && items.data.total > 0 && (
        <ActionItemsTable items={items.data.items} caption={t('actionItems.myTitle')} showBody
          canChange={(i) => canChangeStatus(i, me)} onChange={setChanging} />
      )}
      <Pager page={items.data} onPage={setPage} label={t('actionItems.pages')} />
      <ActionItemStatusDialog item={changing} onClose={() => setChanging(null)} />
    </div>
  );
}
