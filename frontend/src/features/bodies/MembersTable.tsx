import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MembershipDto, SeatDto } from '../../api/generated/types.gen';
import { formatDate } from '../../lib/format';
import { TableScroll } from '../../components/TableScroll';

/** One row per seat: the organisation, its representative and the deputies in the order they are called in. */
export function MembersTable({ memberships }: { memberships: MembershipDto[] }) {
  const { t } = useTranslation();
  const rows = memberships.flatMap((m): { m: MembershipDto; seat: SeatDto | undefined }[] =>
    m.seats.length === 0 ? [{ m, seat: undefined }] : m.seats.map((seat) => ({ m, seat })),
  );
  return (
    <TableScroll label={t('members.caption')}>
      <Table>
        <caption className="ds-sr-only">{t('members.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('members.organisation')}</Table.HeaderCell>
            <Table.HeaderCell>{t('members.representative')}</Table.HeaderCell>
            <Table.HeaderCell>{t('members.deputy')}</Table.HeaderCell>
            <Table.HeaderCell>{t('members.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('members.term')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map(({ m, seat }) => (
            <Table.Row key={seat?.id ?? m.id}>
              <Table.Cell>{m.organisation.name}</Table.Cell>
              <Table.Cell>
                {seat?.representative ? (
                  <>
                    {seat.representative.name}
                    {seat.representative.title && <div>{seat.representative.title}</div>}
                  </>
                ) : (
                  t('members.vacant')
                )}
              </Table.Cell>
              <Table.Cell>
                {seat && seat.deputies.length > 0 ? (
                  <ol aria-label={t('members.deputiesOf', { name: m.organisation.name })}>
                    {[...seat.deputies]
                      .sort((a, b) => a.order - b.order)
                      .map((d) => (
                        <li key={d.person.id}>{d.person.name}</li>
                      ))}
                  </ol>
                ) : (
                  '–'
                )}
              </Table.Cell>
              <Table.Cell>{seat ? t(`seatRole.${seat.role}`) : '–'}</Table.Cell>
              <Table.Cell>
                {seat?.termStart ? `${formatDate(seat.termStart)} – ${formatDate(seat.termEnd)}` : '–'}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
