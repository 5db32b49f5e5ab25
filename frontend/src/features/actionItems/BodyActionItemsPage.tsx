import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { getBodyOptions, getMeOptions, listBodyActionItemsOptions, listMembershipsOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { ActionItemDto } from '../../api/generated/types.gen';
import { ActionItemStatusDialog } from '../../components/actionItems/ActionItemStatusDialog';
import { ActionItemsTable } from '../../components/actionItems/ActionItemsTable';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { canChangeStatus } from '../../lib/actionItems';
import { largestPage, usePage, useWholeList } from '../../lib/paging';
import { useTitle } from '../../lib/useTitle';
import { ActionItemFilters } from './ActionItemFilters';
import { apiQuery, csvHref, readFilters, writeFilters } from './filters';

/** A body's action items (oppfølgingspunkter), filtered as the address says, with a CSV export of the same selection. */
export function BodyActionItemsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const body = useQuery(getBodyOptions({ path: { id } }));
  const me = useQuery({ ...getMeOptions(), retry: false }).data;
  const memberships = useWholeList((page) => listMembershipsOptions({ path: { bodyId: id }, query: { page, pageSize: largestPage } }));
  const [page, setPage] = usePage(id, params.toString());
  const items = useQuery({
    ...listBodyActionItemsOptions({ path: { bodyId: id }, query: { ...apiQuery(filters), page } }),
    placeholderData: keepPreviousData,
  });
  const [changing, setChanging] = useState<ActionItemDto | null>(null);
  const title = body.data ? t('actionItems.bodyTitle', { body: body.data.name }) : undefined;
  useTitle(title);

  if (!body.data) return <div className="page"><QueryState isPending={body.isPending} error={body.error} /></div>;
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Link asChild>
          <RouterLink to={`/organer/${id}`}>{t('actionItems.backToBody')}</RouterLink>
        </Link>
      </div>
      <ActionItemFilters key={params.toString()} filters={filters} organisations={(memberships.data ?? []).map((m) => m.organisation)}
        onChange={(f) => setParams(writeFilters(f), { replace: true })} />
      <QueryState isPending={items.isPending} error={items.error} />
      {items.data && (
        <Paragraph role="status" data-size="sm">
          {t('actionItems.count', { count: items.data.total })}
        </Paragraph>
      )}
      {items.data && items.data.total > 0 && (
        <ActionItemsTable items={items.data.items} caption={t('actionItems.captionBody', { body: body.data.name })}
          canChange={(i) => canChangeStatus(i, me)} onChange={setChanging} />
      )}
      <Pager page={items.data} onPage={setPage} label={t('actionItems.pages')} />
      <Link href={csvHref(id, filters)} download>
        {t('actionItems.exportCsv')}
      </Link>
      <ActionItemStatusDialog item={changing} onClose={() => setChanging(null)} />
    </div>
  );
}
