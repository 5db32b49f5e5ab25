import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callMeetingMutation, cancelMeetingMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { MeetingDetails } from '../../api/generated/types.gen';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FormAlert } from '../../components/FormAlert';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { changed, invalidate } from '../../lib/queryKeys';

/** Calling the meeting (invitations go out), sending an updated agenda, or calling the meeting off. */
export function CallSection({ meeting: m }: { meeting: MeetingDetails }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState('');
  const [reason, setReason] = useState('');
  const done = (message: string) => async () => {
    setErrors(null);
    setStatus(message);
    await invalidate(queryClient, changed.meeting(m.id, m.body.id));
  };
  const call = useMutation({ ...callMeetingMutation(), onSuccess: done(m.status === 'Planned' ? t('meeting.calledNow') : t('meeting.recalledNow')), onError: (e) => setErrors(toFormErrors(e, t)) });
  // Once cancelled, this section is gone: focus goes to the meeting's title, above the reason now shown.
  const cancel = useMutation({ ...cancelMeetingMutation(), onSuccess: async () => {
    await invalidate(queryClient, changed.meeting(m.id, m.body.id));
    document.getElementById('meeting-title')?.focus();
  }, onError: (e) => setErrors(toFormErrors(e, t)) });
  const path = { id: m.id };
  const planned = m.status === 'Planned';

  return (
    <section className="stack" aria-labelledby="call-heading">
      <Heading level={2} data-size="md" id="call-heading">
        {planned ? t('meeting.callTitle') : t('meeting.recallTitle')}
      </Heading>
      <Paragraph>{planned ? t('meeting.callHelp') : t('meeting.recallHelp')}</Paragraph>
      <FormAlert errors={errors} />
      {errors && Object.keys(errors.fields).length > 0 && (
        <ul>
          {Object.entries(errors.fields).map(([field, message]) => (
            <li key={field}>{message}</li>
          ))}
        </ul>
      )}
      <div>
        <Button onClick={() => { setStatus(''); call.mutate({ path }); }} loading={call.isPending}>
          {planned ? t('meeting.call') : t('meeting.recall')}
        </Button>
      </div>
      <p role="status" className="status">{status}</p>
      <div className="row">
        <Textfield label={t('meeting.cancelReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
        <ConfirmButton loading={cancel.isPending} question={planned ? t('meeting.cancelQuestionPlanned') : t('meeting.cancelQuestion')}
          confirm={t('meeting.cancelConfirm')} onConfirm={() => { setStatus(''); cancel.mutate({ path, body: { reason: reason || null } }); }}>
          {t('meeting.cancel')}
        </ConfirmButton>
      </div>
    </section>
  );
}
