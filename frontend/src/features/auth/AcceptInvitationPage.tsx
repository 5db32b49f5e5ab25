import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { acceptInvitationMutation } from '../../api/generated/@tanstack/react-query.gen';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { NewPasswordForm } from './NewPasswordForm';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  useTitle(t('invitation.title'));
  const [params] = useSearchParams();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const accept = useMutation({ ...acceptInvitationMutation(), onError: (e) => setErrors(toFormErrors(e, t)) });

  return (
    <div className="narrow stack">
      <Heading level={1} data-size="lg">
        {t('invitation.title')}
      </Heading>
      {accept.isSuccess ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('invitation.done')}</Paragraph>
          <Link asChild>
            <RouterLink to="/logg-inn">{t('signIn.title')}</RouterLink>
          </Link>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('invitation.intro')}</Paragraph>
          <NewPasswordForm
            fieldName="password"
            errors={errors}
            pending={accept.isPending}
            onSubmit={(password) => {
              setErrors(null);
              accept.mutate({ body: { userId: params.get('userId') ?? '', token: params.get('token') ?? '', password } });
            }}
          />
        </>
      )}
    </div>
  );
}
