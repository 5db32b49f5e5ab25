import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listMyMeetingsOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { useTitle } from '../../lib/useTitle';
import { CalendarFeedSection } from './CalendarFeedSection';
import { MeetingsTable } from './MeetingsTable';

/** The meetings one is invited to, with one's answer, and one's meetings as a calendar subscription. */
export function MyMeetingsPage() {
  const { t } = useTranslation();
  useTitle(t('myMeetings.title'));
  const meetings = useQuery(listMyMeetingsOptions());
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
        {meetings.data?.length === 0 && <Paragraph>{t('myMeetings.none')}</Paragraph>}
        {meetings.data && meetings.data.length > 0 && <MeetingsTable meetings={meetings.data} showBody />}
        {meetings.data && meetings.data.length > 0 && <Paragraph data-size="sm">{t('myMeetings.answerHelp')}</Paragraph>}
      </section>
      <CalendarFeedSection />
    </div>
  );
}
