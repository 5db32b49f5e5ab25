import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { getBodyOptions, listBodyInputRoundsOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { formatDateTime } from '../../lib/format';
import { usePage } from '../../lib/paging';
import { useTitle } from '../../lib/useTitle';

/** A body's input rounds: the secretariat's drafts too, and a way to start a new one. */
export function BodyInputRoundsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const body = useQuery(getBodyOptions({ path: { id } }));
  const [page, setPage] = usePage(id);
  const rounds = useQuery(listBodyInputRoundsOptions({ path: { bodyId: id }, query: { page } }));
  const title = body.data ? t('inputRounds.bodyTitle', { body: body.data.name }) : undefined;
  useTitle(title);
  if (!body.data) return <div className="page"><QueryState isPending={body.isPending} error={body.error} /></div>;
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{title}</Heading>
        <Link asChild>
          <RouterLink to={`/organer/${id}`}>{t('actionItems.backToBody')}</RouterLink>
        </Link>
        {body.data.canManage && (
          <div>
            <Button asChild>
              <RouterLink to={`/organer/${id}/innspill/ny`}>{t('inputRounds.new')}</RouterLink>
            </Button>
          </div>
        )}
      </div>
      <QueryState isPending={rounds.isPending} error={rounds.error} />
      {rounds.data && rounds.data.total === 0 && <Paragraph>{t('inputRounds.none')}</Paragraph>}
      {rounds.data && rounds.data.total > 0 && (
        <TableScroll label={t('inputRounds.listLabel')}>
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('inputRounds.round')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inputRounds.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inputRounds.closes')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inputRounds.answered')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rounds.data.items.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>
                    <Link asChild><RouterLink to={`/innspill/${r.id}`}>{r.title}</RouterLink></Link>
                  </Table.Cell>
                  <Table.Cell><Tag>{t(`inputRounds.phase.${r.phase}`)}</Tag></Table.Cell>
                  <Table.Cell>{formatDateTime(r.closesAt)}</Table.Cell>
                  <Table.Cell>{t('inputRounds.answeredOf', { answered: r.answered, parties: r.parties })}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <Pager page={rounds.data} onPage={setPage} label={t('inputRounds.pages')} />
    </div>
  );
}
