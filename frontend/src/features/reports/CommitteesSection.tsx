import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ReportCommitteeDto, ReportDetail } from '../../api/generated/types.gen';
import { formatDate, formatDateTime } from '../../lib/format';
import { StatementForm } from './StatementForm';
import styles from './reports.module.css';

/** Per committee the report went to: sent, or its statement; the committee's secretariat records the statement here. */
export function CommitteesSection({ report, onChanged }: { report: ReportDetail; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="report-committees-heading">
      <Heading level={2} data-size="md" id="report-committees-heading">{t('reports.committees.heading')}</Heading>
      {report.committees.map((c) => (
        <Committee key={c.committeeId} report={report} committee={c} onChanged={onChanged} />
      ))}
    </section>
  );
}

function Committee({ report, committee: c, onChanged }: { report: ReportDetail; committee: ReportCommitteeDto; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const s = c.statement;
  const headingId = `committee-${c.committeeId}`;
  return (
    <article className={`stack ${styles.committee}`} aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>{c.name}</Heading>
      <div>
        <Tag data-color={c.status === 'StatementReceived' ? 'success' : 'info'}>{t(`reports.committeeStatus.${c.status}`)}</Tag>
      </div>
      {saved && <Alert data-color="success" role="status"><Paragraph>{t('reports.statement.saved')}</Paragraph></Alert>}
      {s && (
        <div className="stack">
          <Paragraph>{t('reports.statement.treated', { date: formatDate(s.meetingDate), number: s.caseNumber })}</Paragraph>
          <Heading level={4} data-size="xs">{t('reports.statement.text')}</Heading>
          <Paragraph className={styles.text}>{s.text}</Paragraph>
          {s.decision && (
            <>
              <Heading level={4} data-size="xs">{t('reports.statement.decision')}</Heading>
              <Paragraph className={styles.text}>{s.decision}</Paragraph>
            </>
          )}
          <Paragraph data-size="sm">
            {t('reports.statement.recorded', { who: s.recordedBy, when: formatDateTime(s.recordedAt) })}
            {s.correctedAt && ` ${t('reports.statement.corrected', { who: s.correctedBy ?? '', when: formatDateTime(s.correctedAt) })}`}
          </Paragraph>
          {s.actionItemId && (
            <Paragraph data-size="sm">
              <Link asChild>
                <RouterLink to={`/organer/${report.bodyId}/oppfolging`}>{t('reports.statement.actionItemLink')}</RouterLink>
              </Link>
            </Paragraph>
          )}
        </div>
      )}
      {c.canRecordStatement && !editing && (
        <div>
          <Button variant="secondary" onClick={() => { setEditing(true); setSaved(false); }}>
            {s ? t('reports.statement.correctFor', { committee: c.name }) : t('reports.statement.recordFor', { committee: c.name })}
          </Button>
        </div>
      )}
      {c.canRecordStatement && editing && (
        <StatementForm reportId={report.id} committeeId={c.committeeId} committeeName={c.name} statement={s}
          onSaved={async () => {
            setEditing(false);
            setSaved(true);
            await onChanged();
          }} />
      )}
    </article>
  );
}
