import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { getBodyOptions, getReportQueryKey } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { changed, invalidate } from '../../lib/queryKeys';
import { useTitle } from '../../lib/useTitle';
import { ReportForm } from './ReportForm';

/** A new report of a body; once saved, it is finished and sent from its own page. */
export function NewReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const body = useQuery(getBodyOptions({ path: { id } }));
  useTitle(t('reports.new.title'), body.data?.name);
  if (!body.data) return <div className="page"><QueryState isPending={body.isPending} error={body.error} /></div>;
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{t('reports.new.title')}</Heading>
        <Paragraph>{t('reports.new.intro', { body: body.data.name })}</Paragraph>
        <Link asChild>
          <RouterLink to={`/organer/${id}/rapporter`}>{t('reports.page.allReports')}</RouterLink>
        </Link>
      </div>
      <ReportForm bodyId={id} report={null} onConflict={() => undefined}
        onSaved={async (saved) => {
          queryClient.setQueryData(getReportQueryKey({ path: { id: saved.id } }), saved);
          await invalidate(queryClient, changed.report(saved.id, saved.bodyId));
          navigate(`/rapporter/${saved.id}`);
        }} />
    </div>
  );
}
