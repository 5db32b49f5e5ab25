import { Button, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createOrganisationMutation, updateOrganisationMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { OrganisationKind, OrganisationSummary } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { changed, invalidate } from '../../lib/queryKeys';

export const organisationKinds: OrganisationKind[] = [
  'County', 'Municipality', 'StateAgency', 'EmployerOrganisation', 'TradeUnion', 'University',
  'VocationalCollege', 'ResearchInstitution', 'Business', 'Association', 'Other',
];

/** Creates an organisation, or edits one; the organisation number's check digit is judged by the server. */
export function OrganisationForm({ existing, onSaved }: { existing?: OrganisationSummary; onSaved?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saved, setSaved] = useState(false);
  const options = {
    onSuccess: async (organisation: { id: string }) => {
      setSaved(true);
      await invalidate(queryClient, changed.organisation(organisation.id));
      onSaved?.();
    },
    onError: (e: unknown) => setErrors(toFormErrors(e, t)),
  };
  const create = useMutation({ ...createOrganisationMutation(), ...options });
  const update = useMutation({ ...updateOrganisationMutation(), ...options });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    const body = {
      name: String(form.get('name') ?? ''),
      kind: String(form.get('kind')) as OrganisationKind,
      organisationNumber: text('organisationNumber'),
      email: text('email'),
      phone: text('phone'),
      website: text('website'),
    };
    setErrors(null);
    setSaved(false);
    if (existing) update.mutate({ path: { id: existing.id }, body });
    else {
      create.mutate({ body });
      if (!errors) event.currentTarget.reset();
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormAlert errors={errors} />
      {saved && !errors && <p role="status">{t('common.saved')}</p>}
      <Textfield label={t('organisations.name')} name="name" required defaultValue={existing?.name} error={errors?.fields.name} />
      <Textfield
        label={t('organisations.number')}
        description={t('organisations.numberHelp')}
        name="organisationNumber"
        inputMode="numeric"
        defaultValue={existing?.organisationNumber ?? ''}
        error={errors?.fields.organisationNumber}
      />
      <Field>
        <Label>{t('organisations.kind')}</Label>
        <Select name="kind" defaultValue={existing?.kind ?? 'Business'} aria-invalid={!!errors?.fields.kind}>
          {organisationKinds.map((k) => (
            <Select.Option key={k} value={k}>
              {t(`organisationKind.${k}`)}
            </Select.Option>
          ))}
        </Select>
        {errors?.fields.kind && <ValidationMessage>{errors.fields.kind}</ValidationMessage>}
      </Field>
      <Textfield label={t('organisations.email')} name="email" type="email" defaultValue={existing?.email ?? ''} error={errors?.fields.email} />
      <Textfield label={t('organisations.phone')} name="phone" type="tel" defaultValue={existing?.phone ?? ''} error={errors?.fields.phone} />
      <Textfield label={t('organisations.website')} name="website" type="url" defaultValue={existing?.website ?? ''} error={errors?.fields.website} />
      <Button type="submit" loading={create.isPending || update.isPending}>
        {existing ? t('common.save') : t('organisations.create')}
      </Button>
    </form>
  );
}
