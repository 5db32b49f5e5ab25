import { Field, Heading, Label, Link, Paragraph, Select, Table, Tag } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { getMeetingOptions, listRegistrationsOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { RegistrationStatus } from '../../api/generated/types.gen';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { formatDateTime } from '../../lib/format';
import { usePage } from '../../lib/paging';
import { useTitle } from '../../lib/useTitle';
import { RegistrationSettingsForm } from './RegistrationSettingsForm';

const statuses: RegistrationStatus[] = ['Confirmed', 'WaitListed', 'Unconfirmed', 'Cancelled'];
const statusColor: Record<RegistrationStatus, 'success' | 'info' | 'warning' | 'neutral'> = {
  Confirmed: 'success', WaitListed: 'info', Unconfirmed: 'warning', Cancelled: 'neutral',
};

/** The secretariat's list of who has registered for an open meeting, with capacity, open/closed and a CSV export. */
export function RegistrationsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') || undefined) as RegistrationStatus | undefined;
  const meeting = useQuery(getMeetingOptions({ path: { id } }));
  const [page, setPage] = usePage(id, status);
  const list = useQuery({ ...listRegistrationsOptions({ path: { id }, query: { page, status } }), placeholderData: keepPreviousData });
  const title = meeting.data ? t('registration.listTitle', { meeting: meeting.data.title }) : undefined;
  useTitle(title);
  if (!meeting.data) return <div className="page"><QueryState isPending={meeting.isPending} error={meeting.error} /></div>;
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{title}</Heading>
        <Link asChild><RouterLink to={`/moter/${id}`}>{t('registration.backToMeeting')}</RouterLink></Link>
        <Link asChild><RouterLink to={`/offentlig/moter/${id}/pamelding`}>{t('registration.publicPage')}</RouterLink></Link>
      </div>
      <RegistrationSettingsForm meetingId={id} />
      <section className="stack" aria-labelledby="registrations-list">
        <Heading level={2} data-size="md" id="registrations-list">{t('registration.registrants')}</Heading>
        <Field>
          <Label>{t('registration.statusFilter')}</Label>
          <Select value={status ?? ''} onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {}, { replace: true })}>
            <Select.Option value="">{t('common.all')}</Select.Option>
            {statuses.map((s) => <Select.Option key={s} value={s}>{t(`registration.status.${s}`)}</Select.Option>)}
          </Select>
        </Field>
        <QueryState isPending={list.isPending} error={list.error} />
        {list.data && <Paragraph role="status" data-size="sm">{t('registration.count', { count: list.data.total })}</Paragraph>}
        {list.data && list.data.total > 0 && (
          <TableScroll label={t('registration.registrants')}>
            <Table>
              <caption className="ds-sr-only">{t('registration.registrants')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('registration.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('registration.email')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('registration.organisationShort')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('registration.needsShort')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('registration.statusFilter')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('registration.registeredAt')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {list.data.items.map((r) => (
                  <Table.Row key={r.id}>
                    <Table.Cell>{r.name}</Table.Cell>
                    <Table.Cell>{r.email}</Table.Cell>
                    <Table.Cell>{r.organisation}</Table.Cell>
                    <Table.Cell>{r.needs}</Table.Cell>
                    <Table.Cell>
                      <Tag data-size="sm" data-color={statusColor[r.status]}>
                        {r.status === 'WaitListed' ? t('registration.waitingNumber', { position: r.waitingPosition })
                          : r.expired ? t('registration.expired') : t(`registration.status.${r.status}`)}
                      </Tag>
                    </Table.Cell>
                    <Table.Cell>{formatDateTime(r.createdAt)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
        <Pager page={list.data} onPage={setPage} label={t('registration.pages')} />
        <Link href={`/api/meetings/${id}/registrations.csv${status ? `?status=${status}` : ''}`} download>{t('registration.exportCsv')}</Link>
      </section>
    </div>
  );
}
