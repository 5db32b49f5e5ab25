import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MeetingSummary } from '../../api/generated/types.gen';
import { meetingWhen } from './meetingFormat';
import { TableScroll } from '../../components/TableScroll';

export function MeetingsTable({ meetings, showBody }: { meetings: MeetingSummary[]; showBody?: boolean }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('meetings.caption')}>
      <Table>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('meetings.when')}</Table.HeaderCell>
            <Table.HeaderCell>{t('meetings.meeting')}</Table.HeaderCell>
            <Table.HeaderCell>{t('meetings.format')}</Table.HeaderCell>
            <Table.HeaderCell>{t('meetings.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('meetings.myAnswer')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {meetings.map((m) => (
            <Table.Row key={m.id}>
              <Table.Cell>{meetingWhen(m.startsAt, m.endsAt)}</Table.Cell>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/moter/${m.id}`}>
                    {showBody ? `${m.bodyName}: ${m.title}` : m.title}
                    {/* Most meetings are called "Møte": the date makes each link say where it goes, also out of the table. */}
                    <span className="ds-sr-only">, {meetingWhen(m.startsAt, m.endsAt)}</span>
                  </RouterLink>
                </Link>
                {m.isOpen && <> <Tag data-size="sm" data-color="success">{t('meeting.open')}</Tag></>}
              </Table.Cell>
              <Table.Cell>{t(`meetingFormat.${m.format}`)}</Table.Cell>
              <Table.Cell>{t(`meetingStatus.${m.status}`)}</Table.Cell>
              <Table.Cell>{m.myAnswer ? t(`rsvpAnswer.${m.myAnswer}`) : '–'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
