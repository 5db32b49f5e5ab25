import { Heading, Link, List, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { getOrganisationOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { PersonRef } from '../../api/generated/types.gen';
import { useMe } from '../../app/Layout';
import { OrganisationActionItems } from '../../components/actionItems/OrganisationActionItems';
import { QueryState } from '../../components/Loading';
import { useTitle } from '../../lib/useTitle';
import { OrganisationForm } from './OrganisationForm';

function People({ people, empty }: { people: PersonRef[]; empty: string }) {
  if (people.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <List.Unordered>
      {people.map((p) => (
        <List.Item key={p.id}>
          {p.name}
          {p.title && `, ${p.title}`} – {p.email}
        </List.Item>
      ))}
    </List.Unordered>
  );
}

export function OrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const organisation = useQuery(getOrganisationOptions({ path: { id } }));
  useTitle(organisation.data?.name);
  if (!organisation.data) return <div className="page"><QueryState isPending={organisation.isPending} error={organisation.error} /></div>;
  const o = organisation.data;
  const canEdit = me?.roles.includes('Administrator') || me?.roles.includes('Secretariat') || me?.bodies.some((b) => b.roles.includes('Secretariat'));

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {o.name}
      </Heading>
      <div className="row">
        <Tag>{t(`organisationKind.${o.kind}`)}</Tag>
        {o.organisationNumber && <Paragraph>{t('organisations.numberShort', { number: o.organisationNumber })}</Paragraph>}
        {o.archived && <Tag data-color="warning">{t('body.archived')}</Tag>}
      </div>
      <section className="stack" aria-labelledby="memberships">
        <Heading level={2} data-size="md" id="memberships">
          {t('organisations.memberships')}
        </Heading>
        {o.memberships.length === 0 ? (
          <Paragraph>{t('organisations.noMemberships')}</Paragraph>
        ) : (
          <List.Unordered>
            {o.memberships.map((m) => (
              <List.Item key={m.bodyId}>
                <Link asChild>
                  <RouterLink to={`/organer/${m.bodyId}`}>{m.bodyName}</RouterLink>
                </Link>
              </List.Item>
            ))}
          </List.Unordered>
        )}
      </section>
      <section className="stack" aria-labelledby="contacts">
        <Heading level={2} data-size="md" id="contacts">
          {t('organisations.contacts')}
        </Heading>
        <People people={o.contacts} empty={t('organisations.noContacts')} />
      </section>
      <section className="stack" aria-labelledby="people">
        <Heading level={2} data-size="md" id="people">
          {t('organisations.people')}
        </Heading>
        <People people={o.people} empty={t('organisations.noPeople')} />
      </section>
      <OrganisationActionItems organisationId={o.id} />
      {canEdit && (
        <section className="stack" aria-labelledby="edit">
          <Heading level={2} data-size="md" id="edit">
            {t('organisations.edit')}
          </Heading>
          <OrganisationForm existing={o} />
        </section>
      )}
    </div>
  );
}
