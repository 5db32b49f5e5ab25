import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { resetPasswordMutation } from '../../api/generated/@tanstack/react-query.gen';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { NewPasswordForm } from './NewPasswordForm';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  useTitle(t('reset.title'));
  const [params] = useSearchParams();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const reset = useMutation({ ...resetPasswordMutation(), onError: (e) => setErrors(toFormErrors(e, t)) });

  return (
    <div className="narrow stack">
      <Heading level={1} data-size="lg">
        {t('reset.title')}
      </Heading>
      {reset.isSuccess ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('reset.done')}</Paragraph>
          <Link asChild>
            <RouterLink to="/logg-inn">{t('signIn.title')}</RouterLink>
          </Link>
        </Alert>
      ) : (
        <NewPasswordForm
          fieldName="newPassword"
          errors={errors}
          pending={reset.isPending}
          onSubmit={(password) => {
            setErrors(null);
            reset.mutate({ body: { email: params.get('email') ?? '', token: params.get('token') ?? '', newPassword: password } });
          }}
        />
      )}
    </div>
  );
}
