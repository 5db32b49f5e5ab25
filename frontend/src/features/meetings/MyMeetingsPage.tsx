import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listMyMeetingsOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { usePage } from '../../lib/paging';
import { useTitle } from '../../lib/useTitle';
import { CalendarFeedSection } from './CalendarFeedSection';
import { MeetingsTable } from './MeetingsTable';

/** The meetings one is invited to, with one's answer, and one's meetings as a calendar subscription. */
export function MyMeetingsPage() {
  const { t } = useTranslation();
  useTitle(t('myMeetings.title'));
  const [page, setPage] = usePage();
  const meetings = useQuery({ ...listMyMeetingsOptions({ query: { page } }), placeholderData: keepPreviousData });
  const list = meetings.data?.items ?? [];
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('myMeetings.title')}
      </Heading>
      <section className="stack" aria-labelledby="upcoming-heading">
        <Heading level={2} data-size="md" id="upcoming-heading">
          {t('myMeetings.upcoming')}
        </Heading>
        <QueryState isPending={meetings.isPending} error={meetings.error} />
        {meetings.data?.total === 0 && <Paragraph>{t('myMeetings.none')}</Paragraph>}
        {list.length > 0 && <MeetingsTable meetings={list} showBody />}
        <Pager page={meetings.data} onPage={setPage} label={t('myMeetings.pages')} />
        {list.length > 0 && <Paragraph data-size="sm">{t('myMeetings.answerHelp')}</Paragraph>}
      </section>
      <CalendarFeedSection />
    </div>
  );
}
