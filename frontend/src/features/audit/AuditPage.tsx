import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listAuditEventsOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { formatDateTime } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';

const pageSize = 50;

/** Who changed what, when: before → after per property, newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  useTitle(t('audit.title'));
  const [params] = useSearchParams();
  const [page, setPage] = useState(1);
  const bodyId = params.get('organ') ?? undefined;
  const audit = useQuery(listAuditEventsOptions({ query: { bodyId, page, pageSize } }));
  const pages = Math.max(1, Math.ceil((audit.data?.total ?? 0) / pageSize));

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('audit.title')}
      </Heading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <QueryState isPending={audit.isPending} error={audit.error} />
      {audit.data && (
        <div className="table-wrap">
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
                  <Table.Cell>{e.actor}</Table.Cell>
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
        </div>
      )}
      <div className="row">
        <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {t('common.previous')}
        </Button>
        <Paragraph>{t('common.pageOf', { page, pages })}</Paragraph>
        <Button variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
          {t('common.next')}
        </Button>
      </div>
    </div>
  );
}
