import { Heading, List, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, AttendeeKind } from '../../api/generated/types.gen';
import { TableScroll } from '../TableScroll';

type Attendee = { kind: AttendeeKind; name: string; organisationName: string | null; status: AttendanceStatus; deputyName: string | null; note: string | null };

/** Who was there, as the minutes record it: the seats, then the others. Used for members' and the public's copy alike. */
export function AttendanceTable({ attendees, headingLevel = 2 }: { attendees: Attendee[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const seats = attendees.filter((a) => a.kind === 'Seat');
  const guests = attendees.filter((a) => a.kind === 'Guest');
  return (
    <section className="stack" aria-labelledby="attendance-view-heading">
      <Heading level={headingLevel} data-size="sm" id="attendance-view-heading">
        {t('attendance.title')}
      </Heading>
      <TableScroll label={t('attendance.caption')}>
        <Table data-size="sm">
          <caption className="ds-sr-only">{t('attendance.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('attendance.organisation')}</Table.HeaderCell>
              <Table.HeaderCell>{t('attendance.representative')}</Table.HeaderCell>
              <Table.HeaderCell>{t('attendance.status')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {seats.map((a, i) => (
              <Table.Row key={`${a.organisationName}-${a.name}-${i}`}>
                <Table.Cell>{a.organisationName}</Table.Cell>
                <Table.Cell>{a.name}</Table.Cell>
                <Table.Cell>
                  {a.status === 'DeputyPresent' && a.deputyName
                    ? t('attendance.deputyCame', { name: a.deputyName })
                    : t(`attendanceStatus.${a.status}`)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {guests.length > 0 && (
        <>
          <Heading level={(headingLevel + 1) as 3 | 4} data-size="xs">
            {t('attendance.guests')}
          </Heading>
          <List.Unordered>
            {guests.map((g, i) => (
              <List.Item key={`${g.name}-${i}`}>
                {[g.name, g.organisationName, g.note].filter(Boolean).join(', ')}
              </List.Item>
            ))}
          </List.Unordered>
        </>
      )}
    </section>
  );
}
