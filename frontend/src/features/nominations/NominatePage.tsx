import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { getBodyOptions, nominateMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { CandidateInput } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { changed, invalidate } from '../../lib/queryKeys';

/** The seed asks members to "send name, e-mail and the name of the deputy": this form is that e-mail. */
export function NominatePage() {
  const { t } = useTranslation();
  useTitle(t('nominate.title'));
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const body = useQuery(getBodyOptions({ path: { id } }));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const nominate = useMutation({
    ...nominateMutation(),
    onSuccess: async (_, { path, body }) => {
      await invalidate(queryClient, changed.nomination(path.bodyId, body.organisationId));
      navigate('/nominasjoner');
    },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });

  function candidate(form: FormData, prefix: string): CandidateInput {
    const value = (name: string) => String(form.get(`${prefix}.${name}`) ?? '').trim() || null;
    return { name: value('name'), email: value('email'), phone: value('phone'), title: value('title') };
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const deputy = candidate(form, 'deputies[0]');
    setErrors(null);
    nominate.mutate({
      path: { bodyId: id },
      body: {
        organisationId: params.get('organisasjon') ?? '',
        representative: candidate(form, 'representative'),
        deputies: deputy.name || deputy.email ? [deputy] : [],
        comment: String(form.get('comment') ?? '') || null,
      },
    });
  }

  const person = (prefix: string, legend: string, required: boolean) => (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Textfield label={t('person.name')} name={`${prefix}.name`} required={required} autoComplete="off" error={errors?.fields[`${prefix}.name`]} />
      <Textfield label={t('person.email')} name={`${prefix}.email`} type="email" required={required} autoComplete="off" error={errors?.fields[`${prefix}.email`]} />
      <Textfield label={t('person.phone')} name={`${prefix}.phone`} type="tel" autoComplete="off" error={errors?.fields[`${prefix}.phone`]} />
      <Textfield label={t('person.title')} name={`${prefix}.title`} autoComplete="off" error={errors?.fields[`${prefix}.title`]} />
    </Fieldset>
  );

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('nominate.title')}
      </Heading>
      <QueryState isPending={body.isPending} error={body.error} />
      {body.data && <Paragraph>{t('nominate.intro', { body: body.data.name })}</Paragraph>}
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert errors={errors} />
        {person('representative', t('nominate.representative'), true)}
        {person('deputies[0]', t('nominate.deputy'), false)}
        <Textfield label={t('nominate.comment')} name="comment" multiline rows={3} error={errors?.fields.comment} />
        <Button type="submit" loading={nominate.isPending}>
          {t('nominate.submit')}
        </Button>
      </form>
    </div>
  );
}
