import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getMeOptions, listOrganisationActionItemsOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { ActionItemDto } from '../../api/generated/types.gen';
import { canChangeStatus } from '../../lib/actionItems';
import { usePage } from '../../lib/paging';
import { QueryState } from '../Loading';
import { Pager } from '../Pager';
import { ActionItemStatusDialog } from './ActionItemStatusDialog';
import { ActionItemsTable } from './ActionItemsTable';

/** The organisation's action items across the bodies the user may see, for the organisation's page. */
export function OrganisationActionItems({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const me = useQuery({ ...getMeOptions(), retry: false }).data;
  const [page, setPage] = usePage(organisationId);
  const items = useQuery({ ...listOrganisationActionItemsOptions({ path: { organisationId }, query: { page } }), placeholderData: keepPreviousData });
  const [changing, setChanging] = useState<ActionItemDto | null>(null);
  return (
    <section className="stack" aria-labelledby="organisation-action-items">
      <Heading level={2} data-size="md" id="organisation-action-items">
        {t('actionItems.title')}
      </Heading>
      <QueryState isPending={items.isPending} error={items.error} />
      {items.data?.total === 0 && <Paragraph>{t('actionItems.noneForOrganisation')}</Paragraph>}
      {items.data && items.data.total > 0 && (
        <>
          <ActionItemsTable items={items.data.items} caption={t('actionItems.captionOrganisation')} showBody
            canChange={(i) => canChangeStatus(i, me)} onChange={setChanging} />
          <Pager page={items.data} onPage={setPage} label={t('actionItems.pages')} />
          <Link href={`/api/organisations/${organisationId}/action-items.csv`} download>
            {t('actionItems.exportCsv')}
          </Link>
        </>
      )}
      <ActionItemStatusDialog item={changing} onClose={() => setChanging(null)} />
    </section>
  );
}
