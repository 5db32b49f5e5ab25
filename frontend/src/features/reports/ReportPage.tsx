import { Alert, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { getReportOptions, getReportQueryKey } from '../../api/generated/@tanstack/react-query.gen';
import type { ReportDetail } from '../../api/generated/types.gen';
import { DownloadLinks } from '../../components/DownloadLinks';
import { QueryState } from '../../components/Loading';
import { formatDate, formatDateTime } from '../../lib/format';
import { asProblem } from '../../lib/problems';
import { toFormErrorsIn } from '../../lib/problemsIn';
import { changed, invalidate } from '../../lib/queryKeys';
import { useTitle } from '../../lib/useTitle';
import { CommitteesSection } from './CommitteesSection';
import { DraftActions } from './DraftActions';
import { ReportForm } from './ReportForm';
import styles from './reports.module.css';

/** A report: its draft for the secretariat to finish and send; once sent, the case document as the committees got it,
 * and per committee whether it has given its statement. */
export function ReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const report = useQuery(getReportOptions({ path: { id } }));
  // Raised when the form must start again from the saved report (someone else saved meanwhile).
  const [generation, setGeneration] = useState(0);
  const [conflict, setConflict] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const onDirty = useCallback((d: boolean) => setDirty(d), []);
  useTitle(report.data?.title, report.data?.bodyName);
  if (!report.data) return <div className="page"><QueryState isPending={report.isPending} error={report.error} /></div>;
  const r = report.data;
  const refresh = () => invalidate(queryClient, changed.report(r.id, r.bodyId));
  const draft = r.state === 'Draft';

  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{r.title}</Heading>
        <Paragraph>{t('reports.page.fromBody', { body: r.bodyName, from: formatDate(r.periodFrom), to: formatDate(r.periodTo) })}</Paragraph>
        <div className="row">
          <Tag data-color={draft ? 'warning' : 'success'}>{t(`reports.state.${r.state}`)}</Tag>
          {r.sentAt && <Paragraph data-size="sm">{t('reports.page.sentAt', { when: formatDateTime(r.sentAt) })}</Paragraph>}
        </div>
        <Link asChild>
          <RouterLink to={`/organer/${r.bodyId}/rapporter`}>{t('reports.page.allReports')}</RouterLink>
        </Link>
      </div>
      <DownloadLinks links={[
        { href: `/api/reports/${r.id}/document.pdf`, text: t('reports.page.pdf') },
        { href: `/api/reports/${r.id}/document.docx`, text: t('reports.page.docx') },
      ]} />
      {conflict && <Alert data-color="warning" role="alert"><Paragraph>{conflict}</Paragraph></Alert>}
      {r.canEdit && draft ? (
        <ReportForm key={generation} bodyId={r.bodyId} report={r} onDirty={onDirty}
          onSaved={(saved) => {
            setConflict(null);
            queryClient.setQueryData(getReportQueryKey({ path: { id: r.id } }), saved);
            return refresh();
          }}
          onConflict={async (e) => {
            // A stale save: their version is loaded and the edits are to be made again. A report sent meanwhile: it is shown as sent.
            const stale = asProblem(e).code === 'report_conflict';
            setConflict([toFormErrorsIn(e, t, 'reportsProblems').summary, stale ? t('reports.page.reloaded') : ''].join(' ').trim());
            await report.refetch();
            setGeneration((g) => g + 1);
          }} />
      ) : (
        <ReportText report={r} />
      )}
      {draft && (r.canSend || r.canEdit) && <DraftActions report={r} dirty={r.canEdit && dirty} onSent={refresh} />}
      {!draft && <CommitteesSection report={r} onChanged={refresh} />}
    </div>
  );
}

/** The case document's three parts as written. */
function ReportText({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const parts = [
    ['background', report.background],
    ['assessment', report.assessment],
    ['proposedDecision', report.proposedDecision],
  ] as const;
  return (
    <>
      {parts.filter(([, text]) => text).map(([part, text]) => (
        <section key={part} className="stack" aria-labelledby={`report-${part}`}>
          <Heading level={2} data-size="md" id={`report-${part}`}>{t(`reports.form.${part}`)}</Heading>
          <Paragraph className={styles.text}>{text}</Paragraph>
        </section>
      ))}
    </>
  );
}
