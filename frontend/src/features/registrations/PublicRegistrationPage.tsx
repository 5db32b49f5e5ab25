import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { getPublicMeetingRegistrationOptions, registerForMeetingMutation } from '../../api/generated/@tanstack/react-query.gen';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { RegistrationFacts } from './RegistrationFacts';

// A public page: no sign-in, and it imports only what it shows, so its chunk stays small.

/** An open meeting's registration form, with the seats left and an honest word when it is full. */
export function PublicRegistrationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const info = useQuery({ ...getPublicMeetingRegistrationOptions({ path: { id } }), retry: false });
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const register = useMutation({ ...registerForMeetingMutation(), onError: (e) => setErrors(toFormErrors(e, t)) });
  const m = info.data;
  useTitle(m ? t('registration.titleFor', { meeting: m.title }) : t('registration.title'));
  if (!m) {
    return (
      <div className="narrow stack">
        <Heading level={1} data-size="lg">{t('registration.title')}</Heading>
        <QueryState isPending={info.isPending} error={info.error} />
      </div>
    );
  }
  const full = m.seatsLeft === 0;
  return (
    <div className="narrow stack">
      <Heading level={1} data-size="lg">{t('registration.titleFor', { meeting: m.title })}</Heading>
      <RegistrationFacts bodyName={m.bodyName} startsAt={m.startsAt} endsAt={m.endsAt} format={m.format} location={m.location} />
      <Paragraph>
        <strong>
          {full ? t('registration.fullCount', { capacity: m.capacity, count: m.waiting })
            : t('registration.seatsLeft', { count: m.seatsLeft, capacity: m.capacity })}
        </strong>
      </Paragraph>
      {!m.isOpen ? (
        <Alert data-color="info"><Paragraph>{t('registration.closed')}</Paragraph></Alert>
      ) : register.isSuccess ? (
        <Alert data-color="success" role="status">
          <Heading level={2} data-size="xs">{t('registration.checkMailTitle')}</Heading>
          <Paragraph>{t('registration.checkMail')}</Paragraph>
        </Alert>
      ) : (
        <form className="form" noValidate onSubmit={(e) => {
          e.preventDefault();
          setErrors(null);
          const f = new FormData(e.currentTarget);
          const text = (name: string) => String(f.get(name) ?? '').trim() || undefined;
          register.mutate({ path: { id }, body: { name: text('name') ?? '', email: text('email') ?? '', organisation: text('organisation'), needs: text('needs') } });
        }}>
          {full && <Alert data-color="warning"><Paragraph>{t('registration.fullWarning')}</Paragraph></Alert>}
          <FormAlert errors={errors} />
          <Textfield label={t('registration.name')} name="name" autoComplete="name" required error={errors?.fields.name} />
          <Textfield label={t('registration.email')} name="email" type="email" autoComplete="email" required error={errors?.fields.email} />
          <Textfield label={t('registration.organisation')} name="organisation" autoComplete="organization" error={errors?.fields.organisation} />
          <Textfield label={t('registration.needs')} description={t('registration.needsHelp')} name="needs" multiline rows={3}
            error={errors?.fields.needs} />
          <Paragraph data-size="sm">{t('registration.privacy')}</Paragraph>
          <Button type="submit" loading={register.isPending}>
            {full ? t('registration.submitWaiting') : t('registration.submit')}
          </Button>
        </form>
      )}
    </div>
  );
}
