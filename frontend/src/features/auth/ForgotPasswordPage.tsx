import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forgotPasswordMutation } from '../../api/generated/@tanstack/react-query.gen';
import { FormAlert } from '../../components/FormAlert';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useTitle(t('forgot.title'));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const forgot = useMutation({ ...forgotPasswordMutation(), onError: (e) => setErrors(toFormErrors(e, t)) });

  return (
    <div className="narrow stack">
      <Heading level={1} data-size="lg">
        {t('forgot.title')}
      </Heading>
      {forgot.isSuccess ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('forgot.sent')}</Paragraph>
        </Alert>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setErrors(null);
            forgot.mutate({ body: { email: String(new FormData(e.currentTarget).get('email')) } });
          }}
        >
          <Paragraph>{t('forgot.intro')}</Paragraph>
          <FormAlert errors={errors} />
          <Textfield label={t('signIn.email')} name="email" type="email" autoComplete="email" required error={errors?.fields.email} />
          <Button type="submit" loading={forgot.isPending}>
            {t('forgot.submit')}
          </Button>
        </form>
      )}
    </div>
  );
}
