import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import {
  createMeetingPlanMutation, getBodyOptions, getMeetingPlanOptions, listMeetingsOptions,
} from '../../api/generated/@tanstack/react-query.gen';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { formatDate } from '../../lib/format';
import { usePage } from '../../lib/paging';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { MeetingsTable } from './MeetingsTable';
import { PlanProposalsEditor } from './PlanProposalsEditor';
import { PlanTable } from './PlanTable';
import { PublicCalendarLink } from './PublicCalendarLink';
import { changed, invalidate } from '../../lib/queryKeys';

/** The year's plan (generated from the body's rules, edited, adopted into meetings) and the year's meetings. */
export function MeetingPlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const year = Number(params.get('ar')) || new Date().getFullYear() + (new Date().getMonth() >= 9 ? 1 : 0);
  const queryClient = useQueryClient();
  const body = useQuery(getBodyOptions({ path: { id } }));
  const plan = useQuery({ ...getMeetingPlanOptions({ path: { bodyId: id, year } }), retry: false });
  const [page, setPage] = usePage(id, year);
  const meetings = useQuery({ ...listMeetingsOptions({ path: { bodyId: id }, query: { year, page } }), placeholderData: keepPreviousData });
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const meetingsHeading = useRef<HTMLHeadingElement>(null);
  const create = useMutation({
    ...createMeetingPlanMutation(),
    onSuccess: () => { setErrors(null); return invalidate(queryClient, changed.meetingPlan(id)); },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });
  useTitle(body.data ? t('plan.title', { year, body: body.data.name }) : undefined);
  const canManage = body.data?.canManage ?? false;
  const noPlan = plan.error?.status === 404;
  const yearLink = (y: number, text: string) => (
    <Link asChild>
      <RouterLink to={`?ar=${y}`}>{text}</RouterLink>
    </Link>
  );

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('plan.title', { year, body: body.data?.name ?? '' })}
      </Heading>
      <nav aria-label={t('plan.years')} className="row">
        {yearLink(year - 1, `← ${t('plan.yearLink', { year: year - 1 })}`)}
        {yearLink(year + 1, `${t('plan.yearLink', { year: year + 1 })} →`)}
        <Link asChild>
          <RouterLink to={`/organer/${id}`}>{t('plan.backToBody')}</RouterLink>
        </Link>
      </nav>
      <p role="status" className="status">{announcement}</p>
      <section className="stack" aria-labelledby="plan-heading">
        <Heading level={2} data-size="md" id="plan-heading">
          {t('plan.proposals')}
        </Heading>
        <FormAlert errors={errors} />
        {plan.isPending && <QueryState isPending error={null} />}
        {plan.isError && !noPlan && <QueryState isPending={false} error={plan.error} />}
        {noPlan && (
          <>
            <Paragraph>{t('plan.none', { year })}</Paragraph>
            {canManage && (
              <>
                <Paragraph>{t('plan.generateHelp')}</Paragraph>
                <div>
                  <Button onClick={() => create.mutate({ path: { bodyId: id }, body: { year } })} loading={create.isPending}>
                    {t('plan.generate', { year })}
                  </Button>
                </div>
              </>
            )}
          </>
        )}
        {plan.data && (plan.data.status === 'Draft' && canManage ? (
          <>
            <Paragraph>{t('plan.draft')}</Paragraph>
            <PlanProposalsEditor key={plan.data.id} bodyId={id} plan={plan.data} onAdopted={(count) => {
              setAnnouncement(t('plan.adoptedNow', { count }));
              meetingsHeading.current?.focus();
            }} />
          </>
        ) : (
          <>
            <Paragraph>{plan.data.status === 'Adopted' ? t('plan.adoptedOn', { date: formatDate(plan.data.adoptedAt) }) : t('plan.draft')}</Paragraph>
            <PlanTable proposals={plan.data.proposals} />
          </>
        ))}
      </section>
      <section className="stack" aria-labelledby="meetings-heading">
        <Heading level={2} data-size="md" id="meetings-heading" ref={meetingsHeading} tabIndex={-1}>
          {t('plan.meetings', { year })}
        </Heading>
        <QueryState isPending={meetings.isPending} error={meetings.error} />
        {meetings.data?.total === 0 && <Paragraph>{t('plan.noMeetings')}</Paragraph>}
        {meetings.data && meetings.data.items.length > 0 && <MeetingsTable meetings={meetings.data.items} />}
        <Pager page={meetings.data} onPage={setPage} label={t('plan.meetingPages', { year })} />
      </section>
      {body.data?.isPublic && <PublicCalendarLink bodyId={id} />}
    </div>
  );
}
