import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getActionItemStatisticsOptions, getAnswerStatisticsOptions, getAttendanceStatisticsOptions, getParticipationStatisticsOptions,
} from '../../api/generated/@tanstack/react-query.gen';
import type { ResponseRow } from '../../api/generated/types.gen';
import { QueryState } from '../../components/Loading';
import { formatDate } from '../../lib/format';
import { type Column, FiguresTable, type FigureRow } from './FiguresTable';
import type { PeriodQuery } from './StatisticsPage';
import { StatChart } from './StatChart';
import styles from './statistics.module.css';

type Props = { bodyId: string; period: PeriodQuery };

function csvHref(bodyId: string, what: string, period: PeriodQuery) {
  const query = new URLSearchParams(period).toString();
  return `/api/bodies/${bodyId}/statistics/${what}.csv${query ? `?${query}` : ''}`;
}

/** One figure: heading, a summary line, the chart with its table, and the CSV of the same figures. */
function Section({ id, title, summary, empty, csv, children, query }: {
  id: string; title: string; summary?: string; empty: string | null; csv: string; children: ReactNode;
  query: { isPending: boolean; error: unknown; data?: unknown };
}) {
  const { t } = useTranslation();
  return (
    <section className={`stack ${styles.section}`} aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>{title}</Heading>
      {!query.data && <QueryState isPending={query.isPending} error={query.error} />}
      {query.data !== undefined && (empty ? <Paragraph>{empty}</Paragraph> : (
        <>
          {summary && <Paragraph>{summary}</Paragraph>}
          {children}
          <Link href={csv} download>{t('statistics.csv', { what: title })}</Link>
        </>
      ))}
    </section>
  );
}

export function AttendanceSection({ bodyId, period }: Props) {
  const { t } = useTranslation();
  const q = useQuery(getAttendanceStatisticsOptions({ path: { bodyId }, query: period }));
  const columns: Column[] = [
    { key: 'organisation', label: t('statistics.organisation') }, { key: 'meetings', label: t('statistics.meetings') },
    { key: 'present', label: t('statistics.present') }, { key: 'deputyPresent', label: t('statistics.deputyPresent') },
    { key: 'absent', label: t('statistics.absent') },
  ];
  const rows = (q.data?.organisations ?? []).map((r) => ({ ...r, organisation: r.organisation ?? t('statistics.noOrganisation') }));
  const title = t('statistics.attendance');
  return (
    <Section id="attendance" title={title} query={q} csv={csvHref(bodyId, 'attendance', period)}
      empty={q.data?.meetings === 0 ? t('statistics.noAttendance') : null} summary={t('statistics.attendanceSummary', { count: q.data?.meetings ?? 0 })}>
      <StatChart name={t('statistics.chart', { title })} tableId="attendance-table" rows={rows} category="organisation" bars={columns.slice(2)} stacked />
      <FiguresTable id="attendance-table" caption={title} columns={columns} rows={rows} />
    </Section>
  );
}

export function AnswersSection({ bodyId, period }: Props) {
  const { t } = useTranslation();
  const q = useQuery(getAnswerStatisticsOptions({ path: { bodyId }, query: period }));
  const counts: Column[] = [
    { key: 'invited', label: t('statistics.invited') }, { key: 'accepted', label: t('statistics.accepted') },
    { key: 'tentative', label: t('statistics.tentative') }, { key: 'declined', label: t('statistics.declined') },
    { key: 'noAnswer', label: t('statistics.noAnswer') },
  ];
  const rows = (q.data?.organisations ?? []).map((r) => ({ ...r, organisation: r.organisation ?? t('statistics.noOrganisation') }));
  const meetings = (q.data?.perMeeting ?? []).map((m) => ({ ...m, meeting: `${m.title}, ${formatDate(m.startsAt)}` }));
  const title = t('statistics.answers');
  return (
    <Section id="answers" title={title} query={q} csv={csvHref(bodyId, 'answers', period)}
      empty={q.data?.meetings === 0 ? t('statistics.noMeetings') : null} summary={t('statistics.answersSummary', { count: q.data?.meetings ?? 0 })}>
      <StatChart name={t('statistics.chart', { title })} tableId="answers-table" rows={rows} category="organisation" bars={counts.slice(1)} stacked />
      <FiguresTable id="answers-table" caption={title} columns={[{ key: 'organisation', label: t('statistics.organisation') }, ...counts]} rows={rows} />
      <FiguresTable id="answers-meetings" caption={t('statistics.answersPerMeeting')} rows={meetings}
        columns={[{ key: 'meeting', label: t('statistics.meeting') }, ...counts]} />
    </Section>
  );
}

export function ActionItemsSection({ bodyId, period }: Props) {
  const { t } = useTranslation();
  const q = useQuery(getActionItemStatisticsOptions({ path: { bodyId }, query: period }));
  const bars: Column[] = [
    { key: 'opened', label: t('statistics.opened') }, { key: 'done', label: t('statistics.done') },
    { key: 'dropped', label: t('statistics.dropped') },
  ];
  const openAtEnd: Column = { key: 'openAtEnd', label: t('statistics.openAtEnd') };
  const columns: Column[] = [{ key: 'month', label: t('statistics.month') }, ...bars, openAtEnd];
  const months = q.data?.months ?? [];
  const empty = months.every((m) => m.opened + m.done + m.dropped + m.openAtEnd === 0);
  const title = t('statistics.actionItems');
  return (
    <Section id="action-items" title={title} query={q} csv={csvHref(bodyId, 'action-items', period)}
      empty={empty ? t('statistics.noActionItems') : null} summary={t('statistics.openNow', { count: q.data?.openNow ?? 0 })}>
      <StatChart name={t('statistics.chart', { title })} tableId="action-items-table" rows={months} category="month"
        bars={[...bars, openAtEnd]} horizontal />
      <FiguresTable id="action-items-table" caption={title} columns={columns} rows={months} />
    </Section>
  );
}

export function ParticipationSection({ bodyId, period }: Props) {
  const { t } = useTranslation();
  const q = useQuery(getParticipationStatisticsOptions({ path: { bodyId }, query: period }));
  const columns: Column[] = [
    { key: 'organisation', label: t('statistics.organisation') }, { key: 'invited', label: t('statistics.asked') },
    { key: 'answered', label: t('statistics.answered') },
  ];
  const rows = (list: ResponseRow[] | undefined): FigureRow[] =>
    (list ?? []).map((r) => ({ ...r, organisation: r.organisation ?? t('statistics.noOrganisation') }));
  const title = t('statistics.participation');
  const d = q.data;
  const parts = [
    { id: 'hearings', count: d?.hearings ?? 0, title: t('statistics.hearings', { count: d?.hearings ?? 0 }), rows: rows(d?.hearingResponses) },
    { id: 'input-rounds', count: d?.inputRounds ?? 0, title: t('statistics.inputRounds', { count: d?.inputRounds ?? 0 }), rows: rows(d?.inputRoundResponses) },
  ].filter((p) => p.count > 0);
  return (
    <Section id="participation" title={title} query={q} csv={csvHref(bodyId, 'participation', period)}
      empty={parts.length === 0 ? t('statistics.noParticipation') : null}>
      {parts.map((p) => (
        <div className="stack" key={p.id}>
          <Heading level={3} data-size="sm">{p.title}</Heading>
          <StatChart name={t('statistics.chart', { title: p.title })} tableId={`${p.id}-table`} rows={p.rows} category="organisation" bars={columns.slice(1)} />
          <FiguresTable id={`${p.id}-table`} caption={p.title} columns={columns} rows={p.rows} />
        </div>
      ))}
    </Section>
  );
}
