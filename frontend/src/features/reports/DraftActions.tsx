import { Button, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { deleteReportMutation, getReportQueryKey, sendReportMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { ReportDetail } from '../../api/generated/types.gen';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import type { FormErrors } from '../../lib/problems';
import { toFormErrorsIn } from '../../lib/problemsIn';
import { changed, invalidate } from '../../lib/queryKeys';

/** Sending the saved draft to its committees, or throwing it away; both asked first, since neither can be undone. */
export function DraftActions({ report, dirty, onSent }: { report: ReportDetail; dirty: boolean; onSent: () => Promise<void> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<'send' | 'delete' | null>(null);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const onError = (e: unknown) => setErrors(toFormErrorsIn(e, t, 'reportsProblems'));
  const send = useMutation({
    ...sendReportMutation(),
    onSuccess: (sent) => {
      setErrors(null);
      queryClient.setQueryData(getReportQueryKey({ path: { id: report.id } }), sent);
      return onSent();
    },
    onError,
  });
  const remove = useMutation({
    ...deleteReportMutation(),
    onSuccess: async () => {
      navigate(`/organer/${report.bodyId}/rapporter`);
      await invalidate(queryClient, changed.report(report.id, report.bodyId));
    },
    onError,
  });
  const names = report.committees.map((c) => c.name);

  return (
    <section className="stack" aria-labelledby="report-send-heading">
      <Heading level={2} data-size="md" id="report-send-heading">{t('reports.send.heading')}</Heading>
      {report.canSend && names.length === 0 && <Paragraph>{t('reports.send.noCommittees')}</Paragraph>}
      {report.canSend && dirty && <Paragraph>{t('reports.send.saveFirst')}</Paragraph>}
      <FormAlert errors={errors} />
      <div className="row">
        {report.canSend && (
          <Button disabled={dirty || names.length === 0} loading={send.isPending} onClick={() => setAsking('send')}>
            {t('reports.send.button')}
          </Button>
        )}
        {report.canEdit && (
          <Button variant="secondary" data-color="danger" loading={remove.isPending} onClick={() => setAsking('delete')}>
            {t('reports.send.delete')}
          </Button>
        )}
      </div>
      <ConfirmDialog open={asking === 'send'} heading={t('reports.send.confirmHeading')} confirm={t('reports.send.button')}
        onCancel={() => setAsking(null)} onConfirm={() => { setAsking(null); send.mutate({ path: { id: report.id } }); }}>
        <Paragraph>{t('reports.send.confirmTo')}</Paragraph>
        <List.Unordered>
          {names.map((n) => <List.Item key={n}>{n}</List.Item>)}
        </List.Unordered>
        <Paragraph>{t('reports.send.confirmWho')}</Paragraph>
        <Paragraph>{t('reports.send.confirmFinal')}</Paragraph>
      </ConfirmDialog>
      <ConfirmDialog open={asking === 'delete'} danger heading={t('reports.send.deleteHeading')} confirm={t('reports.send.delete')}
        onCancel={() => setAsking(null)} onConfirm={() => { setAsking(null); remove.mutate({ path: { id: report.id } }); }}>
        <Paragraph>{t('reports.send.deleteText', { title: report.title })}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
