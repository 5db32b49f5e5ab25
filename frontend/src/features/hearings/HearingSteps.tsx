import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { type FormErrors, toFormErrors } from '../../lib/problems';

import { hearingKeys, hearingsApi } from './api';
import { formatOslo } from './hearingTime';
import type { Hearing } from './types';

/** The hearing's next step for the secretariat: open it, write the summary, send it to political treatment. */
export function HearingSteps({ hearing: h, partyCount }: { hearing: Hearing; partyCount: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<'open' | 'send' | null>(null);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState('');
  const done = (message: string) => async (next: Hearing) => {
    setErrors(null);
    setStatus(message);
    queryClient.setQueryData(hearingKeys.one(h.id), next);
    await queryClient.invalidateQueries({ queryKey: hearingKeys.all });
  };
  const fail = (e: unknown) => setErrors(toFormErrors(e, t));
  const open = useMutation({ mutationFn: () => hearingsApi.open(h.id), onSuccess: done(t('hearings.steps.opened')), onError: fail });
  const send = useMutation({ mutationFn: () => hearingsApi.send(h.id), onSuccess: done(t('hearings.steps.sent')), onError: fail });
  const summarise = useMutation({ mutationFn: (summary: string) => hearingsApi.summarise(h.id, summary), onSuccess: done(t('hearings.steps.summarised')), onError: fail });

  return (
    <section className="stack" aria-labelledby="steps-heading">
      <Heading level={2} data-size="md" id="steps-heading">{t('hearings.steps.title')}</Heading>
      <FormAlert errors={errors} />
      <p role="status" className="status">{status}</p>
      {h.state === 'Draft' && (
        <>
          <Paragraph>{t('hearings.steps.draft')}</Paragraph>
          <div>
            <Button onClick={() => setAsking('open')} loading={open.isPending} disabled={partyCount === 0}>{t('hearings.steps.open')}</Button>
          </div>
          {partyCount === 0 && <Paragraph data-size="sm">{t('hearings.steps.needParties')}</Paragraph>}
        </>
      )}
      {h.state === 'Open' && <Paragraph>{t('hearings.steps.isOpen', { closes: formatOslo(h.closesAt) })}</Paragraph>}
      {(h.state === 'Closed' || h.state === 'Summarised') && (
        <form className="form" noValidate onSubmit={(e) => {
          e.preventDefault();
          const summary = String(new FormData(e.currentTarget).get('summary') ?? '').trim();
          if (!summary) return setErrors({ fields: { summary: t('hearings.steps.summaryRequired') }, summary: t('problems.validation') });
          summarise.mutate(summary);
        }}>
          <Textfield label={t('hearings.steps.summary')} description={t('hearings.steps.summaryHelp')} name="summary" multiline rows={8}
            defaultValue={h.summary ?? ''} error={errors?.fields.summary} />
          <div><Button type="submit" variant="secondary" loading={summarise.isPending}>{t('hearings.steps.saveSummary')}</Button></div>
        </form>
      )}
      {h.state === 'Summarised' && (
        <div><Button onClick={() => setAsking('send')} loading={send.isPending}>{t('hearings.steps.send')}</Button></div>
      )}
      {h.state === 'SentToPoliticalTreatment' && <Paragraph>{t('hearings.steps.isSent')}</Paragraph>}
      {h.state === 'SentToPoliticalTreatment' && h.summaryHtml && (
        <div className="stack">
          <Heading level={3} data-size="xs">{t('hearings.steps.summary')}</Heading>
          {h.summaryHtml && <div className="markdown" dangerouslySetInnerHTML={{ __html: h.summaryHtml }} />}
        </div>
      )}
      <ConfirmDialog open={asking === 'open'} heading={t('hearings.steps.openHeading')} confirm={t('hearings.steps.openConfirm', { count: partyCount })}
        onCancel={() => setAsking(null)} onConfirm={() => { setAsking(null); open.mutate(); }}>
        <Paragraph>{t('hearings.steps.openText', { count: partyCount, closes: formatOslo(h.closesAt) })}</Paragraph>
      </ConfirmDialog>
      <ConfirmDialog open={asking === 'send'} heading={t('hearings.steps.sendHeading')} confirm={t('hearings.steps.send')}
        onCancel={() => setAsking(null)} onConfirm={() => { setAsking(null); send.mutate(); }}>
        <Paragraph>{t('hearings.steps.sendText')}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
