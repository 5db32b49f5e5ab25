import { Button, Heading, Link, List, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { getBodyOptions, listMembershipsOptions } from '../../api/generated/@tanstack/react-query.gen';
import { useMe } from '../../app/Layout';
import { QueryState } from '../../components/Loading';
import { largestPage, useWholeList } from '../../lib/paging';
import { formatDate } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import { MembersTable } from './MembersTable';
import { BodyFacts } from './BodyFacts';
import { UpcomingMeetings } from './UpcomingMeetings';
import { PublicPageSettings } from './PublicPageSettings';

export function BodyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const body = useQuery(getBodyOptions({ path: { id } }));
  // Every member: a body has tens of them, and the nomination buttons below are found among all of them.
  const memberships = useWholeList((page) => listMembershipsOptions({ path: { bodyId: id }, query: { page, pageSize: largestPage } }));
  useTitle(body.data?.name, body.data && t('bodies.title'));

  if (!body.data) return <div className="page"><QueryState isPending={body.isPending} error={body.error} /></div>;
  const b = body.data;
  const myMemberOrgs = (memberships.data ?? []).filter((m) => me?.contactForOrganisationIds.includes(m.organisation.id));

  return (
    <div className="page">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {b.name}
        </Heading>
        <div className="row">
          <Tag>{t(`bodyKind.${b.kind}`)}</Tag>
          {b.isPublic && <Tag data-color="success">{t('body.public')}</Tag>}
          {b.archived && <Tag data-color="warning">{t('body.archived')}</Tag>}
        </div>
        {(b.owner || b.adoptedBy) && (
          <Paragraph>
            {b.owner && t('body.ownedBy', { owner: b.owner.name })} {b.adoptedBy && t('body.adopted', { by: b.adoptedBy, on: formatDate(b.adoptedOn) })}
          </Paragraph>
        )}
      </div>
      {/* What people come for first: the next meetings and who the members are; what the body is for below. */}
      <UpcomingMeetings bodyId={b.id} />
      <Link asChild>
        <RouterLink to={`/organer/${b.id}/oppfolging`}>{t('actionItems.bodyLink')}</RouterLink>
      </Link>
      <Link asChild>
        <RouterLink to={`/organer/${b.id}/horinger`}>{t('hearings.bodyLink')}</RouterLink>
      </Link>
      <Link asChild>
        <RouterLink to={`/organer/${b.id}/innspill`}>{t('inputRounds.bodyLink')}</RouterLink>
      </Link>
      <Link asChild>
        <RouterLink to={`/organer/${b.id}/rapporter`}>{t('reports.bodyLink')}</RouterLink>
      </Link>
      <Link asChild>
        <RouterLink to={`/organer/${b.id}/tidslinje`}>{t('timeline.bodyLink')}</RouterLink>
      </Link>
      <section className="stack" aria-labelledby="members-heading">
        <Heading level={2} data-size="md" id="members-heading">
          {t('members.title')}
        </Heading>
        {myMemberOrgs.map((m) => (
          <div key={m.id}>
            <Button asChild variant="secondary">
              <RouterLink to={`/organer/${b.id}/foreslaa?organisasjon=${m.organisation.id}`}>
                {myMemberOrgs.length > 1 ? t('nominate.buttonFor', { name: m.organisation.name }) : t('nominate.button')}
              </RouterLink>
            </Button>
          </div>
        ))}
        <QueryState isPending={memberships.isPending} error={memberships.error} />
        {memberships.data && <MembersTable memberships={memberships.data} />}
      </section>
      <BodyFacts body={b} />
      <PublicPageSettings body={b} />
      <section className="stack" aria-labelledby="secretariat-heading">
        <Heading level={2} data-size="md" id="secretariat-heading">
          {t('body.secretariat')}
        </Heading>
        {b.secretariat.length === 0 ? (
          <Paragraph>{t('body.noSecretariat')}</Paragraph>
        ) : (
          <List.Unordered>
            {b.secretariat.map((p) => (
              <List.Item key={p.id}>
                {p.name}
                {p.title && `, ${p.title}`}
                {p.organisationName && `, ${p.organisationName}`} – <Link href={`mailto:${p.email}`}>{p.email}</Link>
              </List.Item>
            ))}
          </List.Unordered>
        )}
      </section>
      {b.canManage && (
        <Link asChild>
          <RouterLink to={`/logg?organ=${b.id}`}>{t('body.auditLink')}</RouterLink>
        </Link>
      )}
      {b.canManage && (
        <Link asChild>
          <RouterLink to={`/organer/${b.id}/statistikk`}>{t('statistics.bodyLink')}</RouterLink>
        </Link>
      )}
    </div>
  );
}
