import { Button, Field, Heading, Label, Search, Table, Textfield } from '@digdir/designsystemet-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPersonMutation, listPeopleOptions } from '../../api/generated/@tanstack/react-query.gen';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/Loading';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { Pager } from '../../components/Pager';
import { usePage } from '../../lib/paging';
import { type FormErrors, toFormErrors } from '../../lib/problems';
import { useTitle } from '../../lib/useTitle';
import { changed, invalidate } from '../../lib/queryKeys';
import { TableScroll } from '../../components/TableScroll';

export function PeoplePage() {
  const { t } = useTranslation();
  useTitle(t('people.title'));
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [page, setPage] = usePage(search);
  const people = useQuery({ ...listPeopleOptions({ query: { search: search || undefined, page } }), placeholderData: keepPreviousData });
  const [organisationId, setOrganisationId] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saved, setSaved] = useState(false);
  const create = useMutation({
    ...createPersonMutation(),
    onSuccess: async (_, { body }) => {
      setSaved(true);
      await invalidate(queryClient, changed.person(body.organisationId));
    },
    onError: (e) => setErrors(toFormErrors(e, t)),
  });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    setErrors(null);
    setSaved(false);
    create.mutate(
      { body: { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? ''), phone: text('phone'), title: text('title'), organisationId: text('organisationId') } },
      { onSuccess: () => { formElement.reset(); setOrganisationId(''); } },
    );
  }

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('people.title')}
      </Heading>
      <div className="row" role="search">
        <Field>
          <Label>{t('common.search')}</Label>
          <Search>
            <Search.Input aria-label={t('common.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
            <Search.Clear onClick={() => setSearch('')} />
          </Search>
        </Field>
      </div>
      <QueryState isPending={people.isPending} error={people.error} />
      <TableScroll label={t('people.title')}>
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('person.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('person.email')}</Table.HeaderCell>
              <Table.HeaderCell>{t('person.title')}</Table.HeaderCell>
              <Table.HeaderCell>{t('person.organisation')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {(people.data?.items ?? []).map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>{p.name}</Table.Cell>
                <Table.Cell>{p.email}</Table.Cell>
                <Table.Cell>{p.title}</Table.Cell>
                <Table.Cell>{p.organisationName}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <Pager page={people.data} onPage={setPage} label={t('people.pages')} />
      <section className="stack" aria-labelledby="new-person">
        <Heading level={2} data-size="md" id="new-person">
          {t('people.new')}
        </Heading>
        <form className="form" onSubmit={submit} noValidate>
          <FormAlert errors={errors} />
          {saved && !errors && <p role="status">{t('common.saved')}</p>}
          <Textfield label={t('person.name')} name="name" required error={errors?.fields.name} />
          <Textfield label={t('person.email')} name="email" type="email" required error={errors?.fields.email} />
          <Textfield label={t('person.phone')} name="phone" type="tel" error={errors?.fields.phone} />
          <Textfield label={t('person.title')} name="title" error={errors?.fields.title} />
          <OrganisationSelect label={t('person.organisation')} noneLabel={t('common.none')} name="organisationId" value={organisationId}
            onChange={setOrganisationId} error={errors?.fields.organisationId} />
          <Button type="submit" loading={create.isPending}>
            {t('people.create')}
          </Button>
        </form>
      </section>
    </div>
  );
}
