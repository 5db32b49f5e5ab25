import { Details, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { DownloadLinks } from '../../components/DownloadLinks';
import { QueryState } from '../../components/Loading';
import { type FormErrors, toFormErrors } from '../../lib/problems';

import { useTitle } from '../../lib/useTitle';
import { hearingKeys, hearingsApi } from './api';
import { DocumentsSection } from './DocumentsSection';
import { HearingForm } from './HearingForm';
import { HearingSteps } from './HearingSteps';
import { formatOslo } from './hearingTime';
import { PartiesForm } from './PartiesForm';
import { StatusBoard } from './StatusBoard';
import type { HearingInput } from './types';

/** The secretariat's hearing: what it is, its documents and parties, each party's status, and the next step. */
export function HearingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const hearing = useQuery({ queryKey: hearingKeys.one(id), queryFn: () => hearingsApi.get(id) });
  const manage = !!hearing.data?.canManage;
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saved, setSaved] = useState(false);
  const update = useMutation({
    mutationFn: (input: HearingInput) => hearingsApi.update(id, input),
    onSuccess: async (h) => {
      setErrors(null);
      setSaved(true);
      queryClient.setQueryData(hearingKeys.one(id), h);
      await queryClient.invalidateQueries({ queryKey: hearingKeys.list(h.bodyId) });
    },
    onError: (e) => { setSaved(false); setErrors(toFormErrors(e, t)); },
  });
  useTitle(hearing.data?.title, t('hearings.title'));

  if (!hearing.data) return <div className="page"><QueryState isPending={hearing.isPending} error={hearing.error} /></div>;
  const h = hearing.data;
  const editable = manage && (h.state === 'Draft' || h.state === 'Open');

  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">{h.title}</Heading>
        <div className="row">
          <Tag>{t(`hearingState.${h.state}`)}</Tag>
          <Link asChild><RouterLink to={`/organer/${h.bodyId}/horinger`}>{t('hearings.ofBody', { body: h.bodyName })}</RouterLink></Link>
        </div>
        {h.concerns && <Paragraph>{t('hearings.concerns', { what: h.concerns })}</Paragraph>}
        <Paragraph>{t('hearings.periodValue', { from: formatOslo(h.opensAt), to: formatOslo(h.closesAt) })}</Paragraph>
        {h.descriptionHtml && <div className="markdown" dangerouslySetInnerHTML={{ __html: h.descriptionHtml }} />}
        {h.state !== 'Draft' && (
          <Paragraph data-size="sm">
            <Link asChild><RouterLink to={`/offentlig/horinger/${h.slug}`}>{t('hearings.publicPage')}</RouterLink></Link>
          </Paragraph>
        )}
      </div>
      {manage && <HearingSteps hearing={h} partyCount={Object.values(h.partyCounts).reduce((sum, n) => sum + n, 0)} />}
      {!manage && (
        <Paragraph>
          <Link asChild><RouterLink to={`/horinger/${h.id}/svar`}>{t('hearings.toRespond')}</RouterLink></Link>
        </Paragraph>
      )}
      {editable && (
        <Details>
          <Details.Summary>{t('hearings.edit')}</Details.Summary>
          <Details.Content>
            {saved && !errors && <p role="status">{t('common.saved')}</p>}
            <HearingForm hearing={h} submit={(input) => update.mutate(input)} pending={update.isPending} serverErrors={errors} submitLabel={t('common.save')} />
          </Details.Content>
        </Details>
      )}
      <DocumentsSection hearing={h} canUpload={editable} />
      {manage && (
        <>
          {editable && <PartiesForm hearing={h} />}
          <StatusBoard hearing={h} />
          <section className="stack" aria-labelledby="reading-heading">
            <Heading level={2} data-size="md" id="reading-heading">{t('hearings.responses')}</Heading>
            <Paragraph>
              <Link asChild><RouterLink to={`/horinger/${h.id}/lesing`}>{t('hearings.reading.link')}</RouterLink></Link>
            </Paragraph>
            <DownloadLinks links={[
              { href: `/api/hearings/${h.id}/document.pdf`, text: t('hearings.documentPdf') },
              { href: `/api/hearings/${h.id}/document.docx`, text: t('hearings.documentDocx') },
            ]} />
          </section>
        </>
      )}
    </div>
  );
}
