import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MeetingDetails } from '../../api/generated/types.gen';
import { meetingWhen } from './meetingFormat';

/** What the meeting is, when and where, and the way into one's own calendar. */
export function MeetingHeader({ meeting: m }: { meeting: MeetingDetails }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" id="meeting-title" tabIndex={-1}>
        {m.title}
      </Heading>
      <div className="row">
        <Tag>{t(`meetingStatus.${m.status}`)}</Tag>
        <Tag>{t(`meetingFormat.${m.format}`)}</Tag>
        {m.isOpen && <Tag data-color="success">{t('meeting.open')}</Tag>}
      </div>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/organer/${m.body.id}`}>{m.body.name}</RouterLink>
        </Link>
        <br />
        {meetingWhen(m.startsAt, m.endsAt)}
        {m.location && (
          <>
            <br />
            {m.location}
          </>
        )}
        {m.format !== 'Physical' && !m.location && (
          <>
            <br />
            {t('meeting.digital')}
          </>
        )}
        {m.videoUrl && (
          <>
            <br />
            <Link href={m.videoUrl}>{t('meeting.videoLink')}</Link>
          </>
        )}
      </Paragraph>
      {m.status === 'Cancelled' && (
        <Paragraph>{m.cancellationReason ? t('meeting.cancelledBecause', { reason: m.cancellationReason }) : t('meeting.cancelled')}</Paragraph>
      )}
      <div>
        <Link href={`/api/meetings/${m.id}/calendar.ics`} download>
          {t('meeting.downloadIcs')}
        </Link>
      </div>
    </div>
  );
}
