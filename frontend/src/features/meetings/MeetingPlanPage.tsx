import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import {
  adoptMeetingPlanMutation, createMeetingPlanMutation, getBodyOptions, getMeetingPlanOptions, listMeetingsOptions,
} from '../../api/generated/@tanstack/react-query.gen';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { meetingWhen } from './meetingFormat';
import { MeetingsTable } from './MeetingsTable';

/** The year's plan (generated from the body's rules, adopted into meetings) and the year's meetings. */
export function MeetingPlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('ar')) || new Date().getFullYear() + (new Date().getMonth() >= 9 ? 1 : 0);
  const queryClient = useQueryClient();
  const body = useQuery(getBodyOptions({ path: { id } }));
  const plan = useQuery({ ...getMeetingPlanOptions({ path: { bodyId: id, year } }), retry: false });
  const meetings = useQuery(listMeetingsOptions({ path: { bodyId: id }, query: { year } }));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const done = { onSuccess: () => { setErrors(null); return queryClient.invalidateQueries(); }, onError: (e: unknown) => setErrors(toFormErrors(e, t)) };
  const create = useMutation({ ...createMeetingPlanMutation(), ...done });
  const adopt = useMutation({ ...adoptMeetingPlanMutation(), ...done });
  useTitle(body.data ? t('plan.title', { year, body: body.data.name }) : undefined);
  const canManage = body.data?.canManage ?? false;

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('plan.title', { year, body: body.data?.name ?? '' })}
      </Heading>
      <div className="row">
        <Button variant="secondary" onClick={() => setParams({ ar: String(year - 1) })}>← {year - 1}</Button>
        <Button variant="secondary" onClick={() => setParams({ ar: String(year + 1) })}>{year + 1} →</Button>
        <Link asChild>
          <RouterLink to={`/organer/${id}`}>{t('plan.backToBody')}</RouterLink>
        </Link>
      </div>
      <FormAlert errors={errors} />
      <section className="stack" aria-labelledby="plan-heading">
        <Heading level={2} data-size="md" id="plan-heading">
          {t('plan.proposals')}
        </Heading>
        {plan.isPending && <QueryState isPending error={null} />}
        {plan.isError && (
          <>
            <Paragraph>{t('plan.none', { year })}</Paragraph>
            {canManage && (
              <div>
                <Button onClick={() => create.mutate({ path: { bodyId: id }, body: { year } })} loading={create.isPending}>
                  {t('plan.generate', { year })}
                </Button>
              </div>
            )}
          </>
        )}
        {plan.data && (
          <>
            <Paragraph>{plan.data.status === 'Adopted' ? t('plan.adopted') : t('plan.draft')}</Paragraph>
            <div className="table-wrap">
              <Table>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('meetings.when')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('meetings.format')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('meeting.open')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {plan.data.proposals.map((p) => (
                    <Table.Row key={`${p.date}${p.startsAt}`}>
                      <Table.Cell>{meetingWhen(`${p.date}T${p.startsAt}`, `${p.date}T${p.endsAt}`)}</Table.Cell>
                      <Table.Cell>{t(`meetingFormat.${p.format}`)}</Table.Cell>
                      <Table.Cell>{p.isOpen ? t('common.yes') : t('common.no')}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
            {canManage && plan.data.status === 'Draft' && (
              <div>
                <Button onClick={() => adopt.mutate({ path: { bodyId: id, year } })} loading={adopt.isPending}>
                  {t('plan.adopt')}
                </Button>
              </div>
            )}
          </>
        )}
      </section>
      <section className="stack" aria-labelledby="meetings-heading">
        <Heading level={2} data-size="md" id="meetings-heading">
          {t('plan.meetings', { year })}
        </Heading>
        <QueryState isPending={meetings.isPending} error={meetings.error} />
        {meetings.data?.length === 0 && <Paragraph>{t('plan.noMeetings')}</Paragraph>}
        {meetings.data && meetings.data.length > 0 && <MeetingsTable meetings={meetings.data} />}
      </section>
    </div>
  );
}
