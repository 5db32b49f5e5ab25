import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listMyMeetingsOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { useTitle } from '../../lib/useTitle';
import { MeetingsTable } from './MeetingsTable';

export function MyMeetingsPage() {
  const { t } = useTranslation();
  useTitle(t('myMeetings.title'));
  const meetings = useQuery(listMyMeetingsOptions());
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('myMeetings.title')}
      </Heading>
      <QueryState isPending={meetings.isPending} error={meetings.error} />
      {meetings.data?.length === 0 && <Paragraph>{t('myMeetings.none')}</Paragraph>}
      {meetings.data && meetings.data.length > 0 && <MeetingsTable meetings={meetings.data} showBody />}
    </div>
  );
}
