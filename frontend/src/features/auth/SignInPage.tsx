import { Button, Checkbox, Heading, Link, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { loginMutation } from '../../api/generated/@tanstack/react-query.gen';
import { FormAlert } from '../../components/FormAlert';
import { refreshAntiforgery } from '../../lib/api';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';

/** Only paths inside the app: a "neste" parameter must not send anyone elsewhere. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  useTitle(t('signIn.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const login = useMutation({
    ...loginMutation(),
    onSuccess: async () => {
      await refreshAntiforgery();
      // Everything cached was read as someone else (or as nobody): all of it may differ now.
      await queryClient.invalidateQueries();
      navigate(safeNext(params.get('neste')), { replace: true });
    },
    onError: (error) => setErrors(toFormErrors(error, t)),
  });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(null);
    login.mutate({
      body: { email: String(form.get('email')), password: String(form.get('password')), rememberMe: form.get('rememberMe') === 'on' },
    });
  }

  return (
    <div className="narrow stack">
      <Heading level={1} data-size="lg">
        {t('signIn.title')}
      </Heading>
      {/* post: should the form be sent before the script has taken over the prerendered page, the password is not put in
          an address (and the server's logs). */}
      <form className="form" method="post" onSubmit={submit} noValidate>
        <FormAlert errors={errors} />
        <Textfield label={t('signIn.email')} name="email" type="email" autoComplete="username" required error={errors?.fields.email} />
        <Textfield
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={errors?.fields.password}
        />
        <Checkbox label={t('signIn.rememberMe')} name="rememberMe" />
        <Button type="submit" loading={login.isPending}>
          {t('signIn.submit')}
        </Button>
        <Link asChild>
          <RouterLink to="/glemt-passord">{t('signIn.forgot')}</RouterLink>
        </Link>
      </form>
    </div>
  );
}
