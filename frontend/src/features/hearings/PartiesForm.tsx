import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listBodiesOptions } from '../../api/generated/@tanstack/react-query.gen';
import { FormAlert } from '../../components/FormAlert';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { largestPage } from '../../lib/paging';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { fieldError } from '../../lib/problemsIn';
import { hearingKeys, hearingsApi } from './api';
import type { Hearing } from './types';

type AddParties = Parameters<typeof hearingsApi.addParties>[1];

/** Invites parties: every member organisation of the body in one click, one organisation, another body, or a person. */
export function PartiesForm({ hearing }: { hearing: Hearing }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const bodies = useQuery(listBodiesOptions({ query: { pageSize: largestPage } }));
  const [organisationId, setOrganisationId] = useState('');
  const [bodyId, setBodyId] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState('');
  const add = useMutation({
    mutationFn: (body: AddParties) => hearingsApi.addParties(hearing.id, body),
    onSuccess: async (added) => {
      setErrors(null);
      setOrganisationId('');
      setBodyId('');
      setStatus(t('hearings.parties.added', { count: added.length }));
      // The board's pages and the hearing's counts per status.
      await queryClient.invalidateQueries({ queryKey: hearingKeys.all });
    },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });
  const others = (bodies.data?.items ?? []).filter((b) => b.id !== hearing.bodyId);

  return (
    <section className="stack" aria-labelledby="parties-heading">
      <Heading level={2} data-size="md" id="parties-heading">{t('hearings.parties.title')}</Heading>
      <FormAlert errors={errors} />
      <p role="status" className="status">{status}</p>
      <div>
        <Button variant="secondary" loading={add.isPending && !!add.variables?.memberOrganisationsOfBodyId}
          onClick={() => add.mutate({ memberOrganisationsOfBodyId: hearing.bodyId })}>
          {t('hearings.parties.allMembers', { body: hearing.bodyName })}
        </Button>
      </div>
      <div className="row">
        <OrganisationSelect label={t('hearings.parties.organisation')} noneLabel={t('hearings.parties.choose')} value={organisationId}
          onChange={setOrganisationId} />
        <Button variant="secondary" disabled={!organisationId} onClick={() => add.mutate({ organisationIds: [organisationId] })}>
          {t('hearings.parties.add')}
        </Button>
      </div>
      <div className="row">
        <Field>
          <Label>{t('hearings.parties.body')}</Label>
          <Select value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
            <Select.Option value="">{t('hearings.parties.choose')}</Select.Option>
            {others.map((b) => <Select.Option key={b.id} value={b.id}>{b.name}</Select.Option>)}
          </Select>
        </Field>
        <Button variant="secondary" disabled={!bodyId} onClick={() => add.mutate({ bodyIds: [bodyId] })}>
          {t('hearings.parties.add')}
        </Button>
      </div>
      <form className="row" noValidate aria-label={t('hearings.parties.person')} onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        const name = String(data.get('name') ?? '').trim();
        const email = String(data.get('email') ?? '').trim();
        const fields: Record<string, string> = {};
        if (!name) fields.name = t('hearings.parties.nameRequired');
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fields.email = t('hearings.parties.emailInvalid');
        if (Object.keys(fields).length) return setErrors({ fields, summary: t('problems.validation') });
        add.mutate({ persons: [{ name, email }] }, { onSuccess: () => form.reset() });
      }}>
        <Textfield label={t('hearings.parties.personName')} name="name" autoComplete="off" error={fieldError(errors, 'name')} />
        <Textfield label={t('hearings.parties.personEmail')} name="email" type="email" autoComplete="off" error={fieldError(errors, 'email')} />
        <Button type="submit" variant="secondary">{t('hearings.parties.addPerson')}</Button>
      </form>
      <Paragraph data-size="sm">{t('hearings.parties.help')}</Paragraph>
    </section>
  );
}
