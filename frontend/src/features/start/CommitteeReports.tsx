import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { listMyCommitteeReportsOptions } from '../../api/generated/@tanstack/react-query.gen';
import { formatDate } from '../../lib/format';
import styles from './start.module.css';

const shown = 10;

/**
 * "Saker til utvalget": for a member or the secretariat of a political committee, the reports sent to their committees
 * from every body, newest first, with whether the committee has given its statement; each body's earlier reports and
 * statements are one click away. Nothing at all for everyone else (the list is empty, or could not be had).
 */
export function CommitteeReports() {
  const { t } = useTranslation();
  const reports = useQuery({ ...listMyCommitteeReportsOptions({ query: { pageSize: shown } }), staleTime: 0 });
  const rows = reports.data?.items ?? [];
  if (rows.length === 0) return null;
  const bodies = [...new Map(rows.map((r) => [r.bodyId, r.bodyName])).entries()];
  return (
    <section className="stack" aria-labelledby="start-committee-reports">
      <Heading level={2} data-size="md" id="start-committee-reports">
        {t('committee.heading', { n: reports.data!.total })}
      </Heading>
      <ul className={styles.list} aria-labelledby="start-committee-reports">
        {rows.map((r) => (
          <li key={`${r.reportId}-${r.committeeId}`} className={styles.entry}>
            <Link asChild>
              <RouterLink to={`/rapporter/${r.reportId}`}>{r.title}</RouterLink>
            </Link>
            <Paragraph data-size="sm">{t('committee.fromTo', { body: r.bodyName, committee: r.committeeName })}</Paragraph>
            <Paragraph data-size="sm">
              {t('committee.sent', { date: formatDate(r.sentAt) })}
              {' · '}
              <Tag data-size="sm" data-color={r.status === 'StatementReceived' ? 'success' : 'info'}>
                {r.status === 'StatementReceived' && r.statementMeetingDate
                  ? t('committee.statementOn', { date: formatDate(r.statementMeetingDate) })
                  : r.canRecordStatement ? t('committee.awaitingStatement') : t('committee.status.Sent')}
              </Tag>
            </Paragraph>
          </li>
        ))}
      </ul>
      <ul className={styles.links} aria-label={t('committee.earlier')}>
        {bodies.map(([id, name]) => (
          <li key={id}>
            <Link asChild>
              <RouterLink to={`/organer/${id}/rapporter`}>{t('committee.earlierFrom', { body: name })}</RouterLink>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
