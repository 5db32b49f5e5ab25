import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { DownloadLinks } from '../../components/DownloadLinks';
import { QueryState } from '../../components/Loading';
import { useTitle } from '../../lib/useTitle';
import { hearingKeys, hearingsApi } from './api';
import { SectionView } from './SectionView';

/** The secretariat reads the responses side by side, section by section. */
export function ReadingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const hearing = useQuery({ queryKey: hearingKeys.one(id), queryFn: () => hearingsApi.get(id) });
  const data = useQuery({ queryKey: hearingKeys.sideBySide(id), queryFn: () => hearingsApi.sideBySide(id) });
  useTitle(t('hearings.reading.title'), hearing.data?.title);
  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{t('hearings.reading.title')}</Heading>
        {hearing.data && (
          <Paragraph>
            <Link asChild><RouterLink to={`/horinger/${id}`}>{hearing.data.title}</RouterLink></Link>
          </Paragraph>
        )}
        <DownloadLinks links={[
          { href: `/api/hearings/${id}/document.pdf`, text: t('hearings.documentPdf') },
          { href: `/api/hearings/${id}/document.docx`, text: t('hearings.documentDocx') },
        ]} />
      </div>
      <QueryState isPending={data.isPending} error={data.error} />
      {data.data && <SectionView data={data.data} />}
    </div>
  );
}
