import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { getPublishedMinutesOptions } from '../../api/generated/@tanstack/react-query.gen';
import { DownloadLinks } from '../../components/DownloadLinks';
import { QueryState } from '../../components/Loading';
import { meetingDateAndTime } from '../../lib/meetingTime';
import { useTitle } from '../../lib/useTitle';
import { MinutesDocument } from './MinutesDocument';
import { MinutesSummary } from './MinutesSummary';

/** One published revision of the minutes, exactly as it was published. */
export function PublishedRevisionPage() {
  const { t } = useTranslation();
  const { id = '', revision = '' } = useParams();
  const n = Number(revision);
  const published = useQuery(getPublishedMinutesOptions({ path: { id, revision: n } }));
  const m = published.data;
  useTitle(m ? t('minutes.revisionTitle', { title: m.meetingTitle, n }) : undefined);

  if (!m) return <div className="page"><QueryState isPending={published.isPending} error={published.error} /></div>;
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('minutes.revisionTitle', { title: m.meetingTitle, n })}
        </Heading>
        <Paragraph>
          {m.body.name}
          <br />
          {meetingDateAndTime(m.startsAt, m.endsAt)}
          <br />
          <Link asChild>
            <RouterLink to={`/moter/${id}/referat`}>{t('minutes.backToMinutes')}</RouterLink>
          </Link>
        </Paragraph>
      </div>
      <Alert data-color="info">
        <Paragraph>{t('minutes.frozen', { n })}</Paragraph>
      </Alert>
      <MinutesSummary minutes={m} />
      <DownloadLinks links={[
        { href: `/api/meetings/${id}/minutes.pdf?revision=${n}`, text: t('documents.minutesPdf') },
        { href: `/api/meetings/${id}/minutes.docx?revision=${n}`, text: t('documents.minutesDocx') },
      ]} />
      <MinutesDocument minutes={m} />
    </div>
  );
}
