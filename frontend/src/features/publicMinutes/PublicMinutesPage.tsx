import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { getPublicMinutesOptions } from '../../api/generated/@tanstack/react-query.gen';
import { DownloadLinks } from '../../components/DownloadLinks';
import { QueryState } from '../../components/Loading';
import { AttendanceTable } from '../../components/minutes/AttendanceTable';
import { formatDateTime } from '../../lib/format';
import { meetingDateAndTime } from '../../lib/meetingTime';
import { useTitle } from '../../lib/useTitle';
import { PublicEntryView } from './PublicEntryView';

/** The public version of published minutes, for anyone without signing in: what is not public is left out. */
export function PublicMinutesPage() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const minutes = useQuery({ ...getPublicMinutesOptions({ path: { meetingId } }), retry: false });
  const m = minutes.data;
  useTitle(m ? t('publicMinutes.title', { title: m.meetingTitle }) : t('publicMinutes.titleShort'));

  if (!m) {
    return (
      <div className="page">
        <Heading level={1} data-size="lg">{t('publicMinutes.titleShort')}</Heading>
        <QueryState isPending={minutes.isPending} error={minutes.error} />
      </div>
    );
  }
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('publicMinutes.title', { title: m.meetingTitle })}
        </Heading>
        <Paragraph>
          <strong>{m.body.name}</strong>
          {m.ownerName && <>, {m.ownerName}</>}
          <br />
          {meetingDateAndTime(m.startsAt, m.endsAt)}, {m.format === 'Digital' ? t('publicMinutes.digital') : m.location}
        </Paragraph>
        <Paragraph data-size="sm">
          {t('publicMinutes.published', { n: m.revision, on: formatDateTime(m.publishedAt) })}
          {m.approvalNote && <><br />{m.approvalNote}</>}
          {m.correctionReason && <><br />{t('publicMinutes.corrected', { reason: m.correctionReason })}</>}
        </Paragraph>
        <DownloadLinks links={[{ href: `/api/public/meetings/${meetingId}/minutes.pdf`, text: t('documents.minutesPdf') }]} />
      </div>
      <AttendanceTable attendees={m.attendees} />
      <section className="stack" aria-labelledby="public-entries">
        <Heading level={2} data-size="sm" id="public-entries">
          {t('publicMinutes.entries')}
        </Heading>
        {m.entries.map((e, i) => (
          <PublicEntryView key={i} entry={e} index={i} />
        ))}
      </section>
    </div>
  );
}
