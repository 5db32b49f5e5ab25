import { Heading, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelMeetingMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { MeetingDetails } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { changed, invalidate } from '../../lib/queryKeys';
import { ConfirmStepButton } from './ConfirmStepButton';

/** Calling the meeting off, after saying to how many the cancellation goes; the reason is asked for in the dialog. */
export function CancelSection({ meeting: m }: { meeting: MeetingDetails }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [reason, setReason] = useState('');
  // Once cancelled, this section is gone: focus goes to the meeting's title, above the reason now shown.
  const cancel = useMutation({ ...cancelMeetingMutation(), onSuccess: async () => {
    await invalidate(queryClient, changed.meeting(m.id, m.body.id));
    document.getElementById('meeting-title')?.focus();
  }, onError: (e) => setErrors(toFormErrors(e, t)) });
  const count = (m.invitations ?? []).filter((i) => i.active).length;

  return (
    <section className="stack" aria-labelledby="cancel-heading">
      <Heading level={2} data-size="md" id="cancel-heading">
        {t('meeting.cancelTitle')}
      </Heading>
      <FormAlert errors={errors} />
      <div>
        <ConfirmStepButton danger loading={cancel.isPending} title={t('meeting.cancelConfirmTitle')}
          text={m.status === 'Planned' ? t('meeting.cancelConfirmTextPlanned') : t('meeting.cancelConfirmText', { count })}
          confirm={t('meeting.cancelConfirm')}
          extra={<Textfield label={t('meeting.cancelReason')} value={reason} onChange={(e) => setReason(e.target.value)} />}
          onConfirm={() => cancel.mutate({ path: { id: m.id }, body: { reason: reason || null } })}>
          {t('meeting.cancel')}
        </ConfirmStepButton>
      </div>
    </section>
  );
}
