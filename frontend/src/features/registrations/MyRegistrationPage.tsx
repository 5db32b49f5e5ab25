import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { cancelRegistrationMutation, getMyRegistrationOptions, getMyRegistrationQueryKey } from '../../api/generated/@tanstack/react-query.gen';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { RegistrationFacts } from './RegistrationFacts';
import { RegistrationStatusText } from './RegistrationStatusText';

/** The registrant's own page by the secret link: status, place in the queue, and cancelling. */
export function MyRegistrationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const mine = useQuery({ ...getMyRegistrationOptions({ path: { token } }), retry: false });
  const [asking, setAsking] = useState(false);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const cancel = useMutation({
    ...cancelRegistrationMutation(),
    onSuccess: (data) => queryClient.setQueryData(getMyRegistrationQueryKey({ path: { token } }), data),
    onError: (e) => setErrors(toFormErrors(e, t)),
  });
  useTitle(t('registration.mineTitle'));
  const r = mine.data;
  return (
    <div className="narrow stack">
      <Heading level={1} data-size="lg">{r ? r.meetingTitle : t('registration.mineTitle')}</Heading>
      <QueryState isPending={mine.isPending} error={mine.error} />
      {r && (
        <>
          <RegistrationFacts bodyName={r.bodyName} startsAt={r.startsAt} endsAt={r.endsAt} format={r.format} location={r.location} />
          <Paragraph>{r.organisation ? t('registration.registeredAsWithOrg', { name: r.name, organisation: r.organisation }) : t('registration.registeredAs', { name: r.name })}</Paragraph>
          <RegistrationStatusText r={r} />
          <FormAlert errors={errors} />
          {r.canCancel && (
            <div>
              <Button variant="secondary" data-color="danger" onClick={() => setAsking(true)} loading={cancel.isPending}>
                {t('registration.cancel')}
              </Button>
            </div>
          )}
          <ConfirmDialog open={asking} heading={t('registration.cancelHeading')} confirm={t('registration.cancelConfirm')} danger
            onCancel={() => setAsking(false)} onConfirm={() => {
              setAsking(false);
              setErrors(null);
              cancel.mutate({ body: { token } });
            }}>
            <Paragraph>{r.status === 'Confirmed' ? t('registration.cancelTextSeat') : t('registration.cancelText')}</Paragraph>
          </ConfirmDialog>
        </>
      )}
    </div>
  );
}
