import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { callMeetingMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { MeetingDetails } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { MinutesLink } from '../../components/MinutesLink';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { changed, invalidate } from '../../lib/queryKeys';
import { ConfirmStepButton } from './ConfirmStepButton';
import type { NextStep } from './nextStep';

/** The secretariat's one next step as the page's primary action: calling and sending the agenda ask first, the minutes'
 * steps lead to the minutes page. */
export function NextStepAction({ meeting: m, step, onDone }: { meeting: MeetingDetails; step: NextStep; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Heading level={2} data-size="xs" id="next-step">
        {t('meetingSummary.next')}
      </Heading>
      {step === 'call' || step === 'sendUpdate' ? (
        <CallAction meeting={m} onDone={onDone} />
      ) : step === 'startMinutes' ? (
        <MinutesLink meeting={m} />
      ) : (
        <div>
          <Button asChild>
            <RouterLink to={`/moter/${m.id}/referat`}>{t(`meetingSummary.${step}`)}</RouterLink>
          </Button>
        </div>
      )}
    </div>
  );
}

/** Calls the meeting, or sends the changed agenda to everyone invited, after saying to how many it goes. */
function CallAction({ meeting: m, onDone }: { meeting: MeetingDetails; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const planned = m.status === 'Planned';
  const call = useMutation({
    ...callMeetingMutation(),
    onSuccess: async () => {
      setErrors(null);
      await invalidate(queryClient, changed.meeting(m.id, m.body.id));
      onDone(planned ? t('meeting.calledNow') : t('meeting.recalledNow'));
    },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });
  const count = planned ? (m.toInvite ?? 0) : (m.invitations ?? []).filter((i) => i.active).length;
  return (
    <>
      {!planned && <Paragraph>{t('meetingSummary.agendaChanged')}</Paragraph>}
      <FormAlert errors={errors} />
      {errors && Object.keys(errors.fields).length > 0 && (
        <ul>
          {Object.entries(errors.fields).map(([field, message]) => (
            <li key={field}>{message}</li>
          ))}
        </ul>
      )}
      <div>
        <ConfirmStepButton loading={call.isPending} title={t(planned ? 'meeting.callConfirmTitle' : 'meeting.recallConfirmTitle')}
          text={t(planned ? 'meeting.callConfirmText' : 'meeting.recallConfirmText', { count })}
          confirm={t(planned ? 'meeting.callConfirm' : 'meeting.recallConfirm')}
          onConfirm={() => { onDone(''); call.mutate({ path: { id: m.id } }); }}>
          {planned ? t('meeting.call') : t('meeting.recall')}
        </ConfirmStepButton>
      </div>
    </>
  );
}
