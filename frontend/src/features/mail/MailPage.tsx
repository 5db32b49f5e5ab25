import { Details, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getMailOptions, listMailOptions } from '../../api/generated/@tanstack/react-query.gen';
import { formatDateTime } from '../../lib/format';
import { QueryState } from '../../components/Loading';
import { NoAccessPage } from '../../components/NoAccessPage';
import { Pager } from '../../components/Pager';
import { usePage } from '../../lib/paging';
import { useTitle } from '../../lib/useTitle';
import { TableScroll } from '../../components/TableScroll';

const statusColor = { Pending: 'info', Sent: 'success', Failed: 'danger' } as const;

function MailBody({ id }: { id: string }) {
  const mail = useQuery(getMailOptions({ path: { id } }));
  return mail.data ? <pre className="prose">{mail.data.textBody}</pre> : <QueryState isPending={mail.isPending} error={mail.error} />;
}

/** What the app has sent or will send: the outbox, for administrators. Others reach it only by its address, and are
 * told in words that it is not for them (the outbox holds every body's mail and has no body to scope it by). */
export function MailPage() {
  const { t } = useTranslation();
  useTitle(t('mail.title'));
  const [page, setPage] = usePage();
  const mail = useQuery({ ...listMailOptions({ query: { page } }), placeholderData: keepPreviousData });
  if (mail.error?.status === 403) return <NoAccessPage />;
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('mail.title')}
      </Heading>
      <Paragraph>{t('mail.intro')}</Paragraph>
      <QueryState isPending={mail.isPending} error={mail.error} />
      <TableScroll label={t('mail.title')}>
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('mail.created')}</Table.HeaderCell>
              <Table.HeaderCell>{t('mail.to')}</Table.HeaderCell>
              <Table.HeaderCell>{t('mail.subject')}</Table.HeaderCell>
              <Table.HeaderCell>{t('mail.status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {(mail.data?.items ?? []).map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell>{formatDateTime(m.createdAt)}</Table.Cell>
                <Table.Cell>{m.to}</Table.Cell>
                <Table.Cell>
                  <Details>
                    <Details.Summary>{m.subject}</Details.Summary>
                    <Details.Content>
                      <MailBody id={m.id} />
                    </Details.Content>
                  </Details>
                </Table.Cell>
                <Table.Cell>
                  <Tag data-color={statusColor[m.status]}>{t(`mailStatus.${m.status}`)}</Tag>
                  {m.status !== 'Sent' && m.attempts > 0 && <Paragraph data-size="sm">{t('mail.attempts', { count: m.attempts })}</Paragraph>}
                  {/* The server's own answer (e.g. "550 … mailbox unavailable"): it tells the administrator what to fix. */}
                  {m.lastError && (
                    <Paragraph data-size="sm">
                      {t(m.status === 'Failed' ? 'mail.refused' : 'mail.lastError')} <code>{m.lastError}</code>
                    </Paragraph>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <Pager page={mail.data} onPage={setPage} label={t('mail.pages')} />
    </div>
  );
}
