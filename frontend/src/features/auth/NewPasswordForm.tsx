import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import type { FormErrors } from '../../lib/problems';

/** Choose a password twice; the server's rules (length, characters) come back as field errors. */
export function NewPasswordForm({ onSubmit, errors, pending, fieldName }: {
  onSubmit: (password: string) => void;
  errors: FormErrors | null;
  pending: boolean;
  fieldName: string;
}) {
  const { t } = useTranslation();
  const [mismatch, setMismatch] = useState(false);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const password = String(form.get('password'));
        const again = String(form.get('again'));
        setMismatch(password !== again);
        if (password === again) onSubmit(password);
      }}
    >
      <FormAlert errors={errors} />
      <Textfield
        label={t('reset.newPassword')}
        description={t('reset.rules')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        error={errors?.fields[fieldName] ?? errors?.fields.token}
      />
      <Textfield
        label={t('reset.again')}
        name="again"
        type="password"
        autoComplete="new-password"
        required
        error={mismatch ? t('reset.mismatch') : undefined}
      />
      <Button type="submit" loading={pending}>
        {t('reset.submit')}
      </Button>
    </form>
  );
}
