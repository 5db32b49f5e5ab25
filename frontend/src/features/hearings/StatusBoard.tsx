import { Button, Field, Heading, Label, Paragraph, Select, Table, Tag } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { TableScroll } from '../../components/TableScroll';
import { usePage } from '../../lib/paging';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { hearingKeys, hearingsApi } from './api';
import styles from './hearings.module.css';
import { type BoardFilter, countByStatus, readFilter } from './board';
import { ExtensionDialog } from './ExtensionDialog';
import { formatOslo } from './hearingTime';
import { PartyStatusTag } from './PartyStatusTag';
import { type Hearing, type HearingParty, partyStatuses } from './types';

/**
 * Every party's status at a glance: the counts per status from the hearing, and a page of the parties filtered by the API
 * by the status in the address (?status=…), with extensions granted here.
 */
export function StatusBoard({ hearing }: { hearing: Hearing }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params.get('status'));
  const [page, setPage] = usePage(hearing.id, filter);
  const parties = useQuery({
    queryKey: hearingKeys.parties(hearing.id, filter, page),
    queryFn: () => hearingsApi.parties(hearing.id, filter, page),
  });
  const counts = countByStatus(hearing.partyCounts);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const [extending, setExtending] = useState<HearingParty | null>(null);
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const remove = useMutation({
    mutationFn: (partyId: string) => hearingsApi.removeParty(hearing.id, partyId),
    onSuccess: () => { setErrors(null); return queryClient.invalidateQueries({ queryKey: hearingKeys.all }); },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });
  // A party can be taken off while the hearing is a draft, or later as long as it has not answered (the API decides).
  const canRemove = (p: HearingParty) => hearing.canManage && (hearing.state === 'Draft' || (hearing.state === 'Open' && !p.respondedAt));
  const shown = parties.data?.items ?? [];
  const canExtend = hearing.canManage && (hearing.state === 'Open' || hearing.state === 'Closed');
  const setFilter = (f: BoardFilter) => {
    const next = new URLSearchParams(params);
    if (f) next.set('status', f);
    else next.delete('status');
    setParams(next, { replace: true });
  };

  return (
    <section className="stack" aria-labelledby="board-heading">
      <Heading level={2} data-size="md" id="board-heading">
        {t('hearings.board.title')}
      </Heading>
      <ul className={styles.counts} aria-label={t('hearings.board.counts')}>
        {counts.map(([status, n]) => (
          <li key={status}>
            <PartyStatusTag status={status} /> {n}
          </li>
        ))}
      </ul>
      <Field>
        <Label>{t('hearings.board.filter')}</Label>
        <Select value={filter} onChange={(e) => setFilter(readFilter(e.target.value))}>
          <Select.Option value="">{t('hearings.board.all', { n: total })}</Select.Option>
          <Select.Option value="waiting">{t('hearings.board.waiting')}</Select.Option>
          {partyStatuses.map((s) => (
            <Select.Option key={s} value={s}>
              {t(`hearingPartyStatus.${s}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <FormAlert errors={errors} />
      <p role="status" className="status">{parties.data ? t('hearings.board.shown', { shown: parties.data.total, total }) : ''}</p>
      <QueryState isPending={parties.isPending} error={parties.error} />
      {parties.data && shown.length === 0 ? (
        <Paragraph>{total === 0 ? t('hearings.board.noParties') : t('hearings.board.noneWithStatus')}</Paragraph>
      ) : shown.length > 0 && (
        <TableScroll label={t('hearings.board.table')}>
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('hearings.board.party')}</Table.HeaderCell>
                <Table.HeaderCell>{t('hearings.board.status')}</Table.HeaderCell>
                <Table.HeaderCell>{t('hearings.board.deadline')}</Table.HeaderCell>
                <Table.HeaderCell>{t('hearings.board.reminders')}</Table.HeaderCell>
                <Table.HeaderCell>{t('hearings.board.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {shown.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>
                    {p.name}
                    <br />
                    <span className="muted">{t(`hearingPartyKind.${p.kind}`)}{p.email ? ` · ${p.email}` : ''}</span>
                  </Table.Cell>
                  <Table.Cell>
                    <PartyStatusTag status={p.status} />
                    {p.exempt && <> <Tag data-size="sm" data-color="warning">{t('hearings.exempt')}</Tag></>}
                    {p.respondedAt && <><br /><span className="muted">{formatOslo(p.respondedAt)}</span></>}
                  </Table.Cell>
                  <Table.Cell>
                    {formatOslo(p.extendedTo ?? p.deadline)}
                    {p.extendedTo && <><br /><span className="muted">{t('hearings.board.extended')}</span></>}
                  </Table.Cell>
                  <Table.Cell>
                    {p.remindersSent > 0 ? p.remindersSent : '–'}
                    {p.lastReminderAt && <><br /><span className="muted">{t('hearings.board.lastReminder', { date: formatOslo(p.lastReminderAt) })}</span></>}
                  </Table.Cell>
                  <Table.Cell>
                    {canExtend && p.status !== 'Responded' && p.status !== 'NoComments' && p.status !== 'Declined' && (
                      <Button variant="tertiary" data-size="sm" aria-label={t('hearings.extension.for', { name: p.name })} onClick={() => setExtending(p)}>
                        {t('hearings.extension.button')}
                      </Button>
                    )}
                    {canRemove(p) && (
                      <Button variant="tertiary" data-size="sm" data-color="danger" aria-label={t('hearings.board.removeParty', { name: p.name })}
                        loading={remove.isPending && remove.variables === p.id} onClick={() => remove.mutate(p.id)}>
                        {t('hearings.board.remove')}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <Pager page={parties.data} onPage={setPage} label={t('hearings.board.pages')} />
      <ExtensionDialog hearing={hearing} party={extending} onClose={() => setExtending(null)} />
    </section>
  );
}
