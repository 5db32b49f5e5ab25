import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { getBodyOptions, listReportsOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../lib/format';
import { usePage } from '../../lib/paging';
import { useTitle } from '../../lib/useTitle';

/** A body's reports to political committees, newest first, with each committee's answer; drafts for the secretariat. */
export function BodyReportsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const body = useQuery(getBodyOptions({ path: { id } }));
  const [page, setPage] = usePage(id);
  const reports = useQuery(listReportsOptions({ path: { id }, query: { page } }));
  const title = body.data ? t('reports.list.title', { body: body.data.name }) : undefined;
  useTitle(title);
  if (!body.data) return <div className="page"><QueryState isPending={body.isPending} error={body.error} /></div>;
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{title}</Heading>
        <Paragraph>{t('reports.list.intro')}</Paragraph>
        <Link asChild>
          <RouterLink to={`/organer/${id}`}>{t('reports.backToBody')}</RouterLink>
        </Link>
        {body.data.canManage && (
          <div>
            <Button asChild>
              <RouterLink to={`/organer/${id}/rapporter/ny`}>{t('reports.list.new')}</RouterLink>
            </Button>
          </div>
        )}
      </div>
      <QueryState isPending={reports.isPending} error={reports.error} />
      {reports.data && reports.data.total === 0 && <Paragraph>{t('reports.list.none')}</Paragraph>}
      {reports.data && reports.data.total > 0 && (
        <TableScroll label={t('reports.list.label')}>
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('reports.list.report')}</Table.HeaderCell>
                <Table.HeaderCell>{t('reports.list.period')}</Table.HeaderCell>
                <Table.HeaderCell>{t('reports.list.sent')}</Table.HeaderCell>
                <Table.HeaderCell>{t('reports.list.committees')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {reports.data.items.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>
                    <Link asChild><RouterLink to={`/rapporter/${r.id}`}>{r.title}</RouterLink></Link>
                  </Table.Cell>
                  <Table.Cell>{t('reports.list.periodValue', { from: formatDate(r.periodFrom), to: formatDate(r.periodTo) })}</Table.Cell>
                  <Table.Cell>{r.sentAt ? formatDate(r.sentAt) : <Tag data-color="warning">{t('reports.state.Draft')}</Tag>}</Table.Cell>
                  <Table.Cell>
                    {r.committees.map((c) => (
                      <div key={c.committeeId}>
                        {c.name}: {r.state === 'Draft' ? t('reports.committeeStatus.NotSent') : t(`reports.committeeStatus.${c.status}`)}
                      </div>
                    ))}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <Pager page={reports.data} onPage={setPage} label={t('reports.list.pages')} />
    </div>
  );
}
