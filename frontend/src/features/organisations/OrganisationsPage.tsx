import { Field, Heading, Label, Link, Search, Select, Table } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { listOrganisationsOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { OrganisationKind } from '../../api/generated/types.gen';
import { useMe } from '../../app/Layout';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { usePage } from '../../lib/paging';
import { useTitle } from '../../lib/useTitle';
import { OrganisationForm, organisationKinds } from './OrganisationForm';
import { TableScroll } from '../../components/TableScroll';

export function OrganisationsPage() {
  const { t } = useTranslation();
  useTitle(t('organisations.title'));
  const me = useMe();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [page, setPage] = usePage(search, kind);
  const organisations = useQuery({
    ...listOrganisationsOptions({ query: { search: search || undefined, kind: kind || undefined, page } }),
    placeholderData: keepPreviousData,
  });
  const canEdit = me?.roles.includes('Administrator') || me?.roles.includes('Secretariat') || me?.bodies.some((b) => b.roles.includes('Secretariat'));

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('organisations.title')}
      </Heading>
      <div className="row" role="search">
        <Field>
          <Label>{t('common.search')}</Label>
          <Search>
            <Search.Input aria-label={t('common.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
            <Search.Clear onClick={() => setSearch('')} />
          </Search>
        </Field>
        <Field>
          <Label>{t('organisations.kind')}</Label>
          <Select value={kind} onChange={(e) => setKind(e.target.value as OrganisationKind | '')}>
            <Select.Option value="">{t('common.all')}</Select.Option>
            {organisationKinds.map((k) => (
              <Select.Option key={k} value={k}>
                {t(`organisationKind.${k}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <QueryState isPending={organisations.isPending} error={organisations.error} />
      <TableScroll label={t('organisations.title')}>
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('organisations.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('organisations.number')}</Table.HeaderCell>
              <Table.HeaderCell>{t('organisations.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('organisations.email')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {(organisations.data?.items ?? []).map((o) => (
              <Table.Row key={o.id}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/organisasjoner/${o.id}`}>{o.name}</RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>{o.organisationNumber}</Table.Cell>
                <Table.Cell>{t(`organisationKind.${o.kind}`)}</Table.Cell>
                <Table.Cell>{o.email}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <Pager page={organisations.data} onPage={setPage} label={t('organisations.pages')} />
      {canEdit && (
        <section className="stack" aria-labelledby="new-organisation">
          <Heading level={2} data-size="md" id="new-organisation">
            {t('organisations.new')}
          </Heading>
          <OrganisationForm />
        </section>
      )}
    </div>
  );
}
