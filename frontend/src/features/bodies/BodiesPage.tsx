import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { listBodiesOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { BodySummary } from '../../api/generated/types.gen';
import { QueryState } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { usePage } from '../../lib/paging';
import { useTitle } from '../../lib/useTitle';
import { TableScroll } from '../../components/TableScroll';

export function BodiesPage() {
  const { t } = useTranslation();
  useTitle(t('bodies.title'));
  const [page, setPage] = usePage();
  const bodies = useQuery({ ...listBodiesOptions({ query: { page } }), placeholderData: keepPreviousData });
  // The API orders by kind, then name: each kind's bodies on a page are one group.
  const groups = new Map<string, BodySummary[]>();
  for (const body of bodies.data?.items ?? []) groups.set(body.kind, [...(groups.get(body.kind) ?? []), body]);

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('bodies.title')}
      </Heading>
      <QueryState isPending={bodies.isPending} error={bodies.error} />
      {bodies.data?.total === 0 && <Paragraph>{t('bodies.none')}</Paragraph>}
      {[...groups].map(([kind, list]) => (
        <section key={kind} className="stack" aria-labelledby={`kind-${kind}`}>
          <Heading level={2} data-size="sm" id={`kind-${kind}`}>
            {t(`bodyKind.${kind}`)}
          </Heading>
          <TableScroll label={t(`bodyKind.${kind}`)}>
            <Table>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('bodies.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('bodies.owner')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('bodies.members')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('bodies.myRoles')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {list.map((b) => (
                  <Table.Row key={b.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/organer/${b.id}`}>{b.name}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{b.ownerName}</Table.Cell>
                    <Table.Cell>{b.memberCount}</Table.Cell>
                    <Table.Cell>
                      {b.myRoles.map((r) => (
                        <Tag key={r} data-size="sm">
                          {t(`bodyRole.${r}`)}
                        </Tag>
                      ))}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </section>
      ))}
      <Pager page={bodies.data} onPage={setPage} label={t('bodies.pages')} />
    </div>
  );
}
