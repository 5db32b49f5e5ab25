import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { getBodyOptions, getBodyTimelineInfiniteOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { TimelineEntry } from '../../api/generated/types.gen';
import { QueryState } from '../../components/Loading';
import { formatDate } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import styles from './timeline.module.css';

const pageSize = 25;

/** Where an entry is read: the meeting, its minutes, the hearing, or the report (a statement is shown on its report). */
export function timelinePath(e: TimelineEntry): string | null {
  switch (e.kind) {
    case 'MeetingHeld':
    case 'MeetingPlanned':
      return e.meetingId ? `/moter/${e.meetingId}` : null;
    case 'MinutesPublished':
      return e.meetingId ? `/moter/${e.meetingId}/referat` : null;
    case 'HearingOpened':
    case 'HearingClosed':
      return e.hearingId ? `/horinger/${e.hearingId}` : null;
    case 'ReportSent':
    case 'StatementReceived':
      return e.reportId ? `/rapporter/${e.reportId}` : null;
    default:
      return null;
  }
}

/** What a body has done, newest first, in one list: meetings, published minutes, hearings, reports sent and the
 * committees' statements on them. More is fetched on request, so a body with years of history opens at once. */
export function BodyTimelinePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const body = useQuery(getBodyOptions({ path: { id } }));
  const timeline = useInfiniteQuery({
    ...getBodyTimelineInfiniteOptions({ path: { id }, query: { pageSize } }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.pageNumber * last.pageSize < last.total ? last.pageNumber + 1 : undefined),
  });
  const title = body.data ? t('timeline.title', { body: body.data.name }) : undefined;
  useTitle(title);
  if (!body.data) return <div className="page"><QueryState isPending={body.isPending} error={body.error} /></div>;
  const entries = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  const total = timeline.data?.pages[0]?.total ?? 0;
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{title}</Heading>
        <Link asChild>
          <RouterLink to={`/organer/${id}`}>{t('timeline.backToBody')}</RouterLink>
        </Link>
      </div>
      <QueryState isPending={timeline.isPending} error={timeline.error} />
      {timeline.data && total === 0 && <Paragraph>{t('timeline.none')}</Paragraph>}
      {entries.length > 0 && (
        <ol className={styles.list} aria-label={t('timeline.label')}>
          {entries.map((e, i) => <Entry key={`${e.kind}-${e.at}-${i}`} entry={e} />)}
        </ol>
      )}
      {entries.length > 0 && <Paragraph data-size="sm" role="status">{t('timeline.showing', { shown: entries.length, total })}</Paragraph>}
      {timeline.hasNextPage && (
        <div>
          <Button variant="secondary" loading={timeline.isFetchingNextPage} onClick={() => timeline.fetchNextPage()}>
            {t('timeline.more')}
          </Button>
        </div>
      )}
    </div>
  );
}

function Entry({ entry: e }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const path = timelinePath(e);
  const text = e.kind === 'StatementReceived' && e.committeeName ? t('timeline.statementOn', { committee: e.committeeName, title: e.title }) : e.title;
  return (
    <li className={styles.entry}>
      <Paragraph data-size="sm">
        <time dateTime={e.at}>{formatDate(e.at)}</time> · {t(`timeline.kind.${e.kind}`, { defaultValue: t('timeline.kind.other') })}
      </Paragraph>
      <Paragraph>
        {path ? <Link asChild><RouterLink to={path}>{text}</RouterLink></Link> : text}
      </Paragraph>
    </li>
  );
}
