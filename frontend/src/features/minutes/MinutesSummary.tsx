import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MinutesDto } from '../../api/generated/types.gen';
import { formatDate, formatDateTime } from '../../lib/format';
import styles from './minutes.module.css';

const statusColor = { Draft: 'neutral', OnReview: 'info', Approved: 'success', Published: 'success' } as const;

/** Where the minutes stand: status, revision, review deadline, who approved them and when, and why a revision was made. */
export function MinutesSummary({ minutes: m }: { minutes: MinutesDto }) {
  const { t } = useTranslation();
  const rows: [string, React.ReactNode][] = [
    [t('minutes.status'), <Tag key="s" data-color={statusColor[m.status]}>{t(`minutesStatus.${m.status}`)}</Tag>],
    [t('minutes.revision'), m.revision],
  ];
  if (m.reviewDeadline) rows.push([t('minutes.reviewDeadline'), formatDate(m.reviewDeadline)]);
  if (m.sentForReviewAt) rows.push([t('minutes.sentForReviewAt'), formatDateTime(m.sentForReviewAt)]);
  if (m.approvedAt) rows.push([t('minutes.approvedAt'), m.approvedByName ? t('minutes.approvedByOn', { by: m.approvedByName, on: formatDateTime(m.approvedAt) }) : formatDateTime(m.approvedAt)]);
  if (m.approvalNote) rows.push([t('minutes.approvalNoteShort'), m.approvalNote]);
  if (m.publishedAt) rows.push([t('minutes.publishedAt'), formatDateTime(m.publishedAt)]);
  if (m.correctionReason) rows.push([t('minutes.correctionReasonShort'), m.correctionReason]);
  rows.push([t('minutes.publicVersion'), m.isPublic ? t('common.yes') : t('common.no')]);

  return (
    <dl className={styles.summary}>
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
