import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { getBodyOptions, getMeetingOptions, getMinutesOptions } from '../../api/generated/@tanstack/react-query.gen';
import { DownloadLinks } from '../../components/DownloadLinks';
import { QueryState } from '../../components/Loading';
import { MinutesLink } from '../../components/MinutesLink';
import { meetingDateAndTime } from '../../lib/meetingTime';
import { useTitle } from '../../lib/useTitle';
import { DraftMinutes } from './DraftMinutes';
import { MinutesDocument } from './MinutesDocument';
import { MinutesSummary } from './MinutesSummary';
import { MinutesWorkflow } from './MinutesWorkflow';
import { PublishedRevisions } from './PublishedRevisions';
import { useMinutesActions } from './useMinutesActions';

/**
 * The minutes of a meeting. The secretariat edits a draft and moves it on; members comment while it is on review; everyone
 * with a role in the body reads it once approved. Without minutes yet, the secretariat starts them here.
 */
export function MinutesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meeting = useQuery(getMeetingOptions({ path: { id } }));
  const minutes = useQuery({ ...getMinutesOptions({ path: { id } }), retry: false });
  const actions = useMinutesActions(id);
  const body = useQuery({ ...getBodyOptions({ path: { id: meeting.data?.body.id ?? '' } }), enabled: !!meeting.data });
  useTitle(meeting.data && t('minutes.pageTitle', { title: meeting.data.title }), meeting.data?.body.name);

  if (!meeting.data) return <div className="page"><QueryState isPending={meeting.isPending} error={meeting.error} /></div>;
  const mt = meeting.data;
  const missing = minutes.error?.status === 404;
  const m = minutes.data;
  const isPublicNow = !!body.data?.isPublic && !!m?.publishedRevisions.at(-1)?.isPublic;

  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('minutes.pageTitle', { title: mt.title })}
        </Heading>
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/organer/${mt.body.id}`}>{mt.body.name}</RouterLink>
          </Link>
          <br />
          {meetingDateAndTime(mt.startsAt, mt.endsAt)}
          <br />
          <Link asChild>
            <RouterLink to={`/moter/${mt.id}`}>{t('minutes.backToMeeting')}</RouterLink>
          </Link>
        </Paragraph>
      </div>
      {missing ? (
        <div className="stack">
          <Paragraph>{mt.canManage ? t('minutes.noneYetManager') : t('minutes.noneYet')}</Paragraph>
          {mt.canManage && <MinutesLink meeting={mt} />}
        </div>
      ) : (
        !m && <QueryState isPending={minutes.isPending} error={minutes.error} />
      )}
      {m && (
        <>
          <MinutesSummary minutes={m} />
          <DownloadLinks links={[
            { href: `/api/meetings/${id}/minutes.pdf`, text: t('documents.minutesPdf') },
            { href: `/api/meetings/${id}/minutes.docx`, text: t('documents.minutesDocx') },
          ]} />
          {isPublicNow && (
            // The server renders the public minutes (no SPA route): a full page load.
            <Link href={`/offentlig/referat/${id}`}>{t('minutes.publicLink')}</Link>
          )}
          {m.canEdit ? (
            <DraftMinutes minutes={m} actions={actions} />
          ) : (
            <>
              <MinutesDocument minutes={m} actions={actions} showErrors={!mt.canManage} />
              {mt.canManage && <MinutesWorkflow minutes={m} actions={actions} />}
            </>
          )}
          <PublishedRevisions meetingId={id} revisions={m.publishedRevisions} />
        </>
      )}
    </div>
  );
}
