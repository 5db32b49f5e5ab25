import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listAuditEventsOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { formatDateTime } from '../../lib/format';
import { usePage } from '../../lib/paging';
import { useTitle } from '../../lib/useTitle';
import { TableScroll } from '../../components/TableScroll';

/** Who changed what, when: before → after per property, newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  useTitle(t('audit.title'));
  const [params] = useSearchParams();
  const bodyId = params.get('organ') ?? undefined;
  const [page, setPage] = usePage(bodyId);
  const audit = useQuery({ ...listAuditEventsOptions({ query: { bodyId, page } }), placeholderData: keepPreviousData });

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('audit.title')}
      </Heading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <QueryState isPending={audit.isPending} error={audit.error} />
      {audit.data && (
        <TableScroll label={t('audit.title')}>
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('audit.when')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.who')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.what')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.changes')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {audit.data.items.map((e) => (
                <Table.Row key={e.id}>
                  <Table.Cell>{formatDateTime(e.at)}</Table.Cell>
                  <Table.Cell>{e.actorName ?? e.actor}</Table.Cell>
                  <Table.Cell>
                    {t(`auditAction.${e.action}`)} {e.entityType}
                  </Table.Cell>
                  <Table.Cell>
                    <ul>
                      {e.changes.map((c) => (
                        <li key={c.property}>
                          {c.property}: {c.before ?? '–'} → {c.after ?? '–'}
                        </li>
                      ))}
                    </ul>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <Pager page={audit.data} onPage={setPage} label={t('audit.pages')} />
    </div>
  );
}
