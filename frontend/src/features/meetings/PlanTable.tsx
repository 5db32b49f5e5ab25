import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PlannedMeetingDto } from '../../api/generated/types.gen';
import { meetingWhen } from './meetingFormat';
import { TableScroll } from '../../components/TableScroll';

/** The plan as it stands, for those who read it and for an adopted plan. */
export function PlanTable({ proposals }: { proposals: PlannedMeetingDto[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('plan.proposals')}>
      <Table>
        <caption className="ds-sr-only">{t('plan.proposals')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('meetings.when')}</Table.HeaderCell>
            <Table.HeaderCell>{t('meetings.format')}</Table.HeaderCell>
            <Table.HeaderCell>{t('meetingForm.location')}</Table.HeaderCell>
            <Table.HeaderCell>{t('meeting.open')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {proposals.map((p) => (
            <Table.Row key={`${p.date}${p.startsAt}`}>
              <Table.Cell>{meetingWhen(`${p.date}T${p.startsAt}`, `${p.date}T${p.endsAt}`)}</Table.Cell>
              <Table.Cell>{t(`meetingFormat.${p.format}`)}</Table.Cell>
              <Table.Cell>{[p.location, p.videoUrl && t('meeting.videoLink')].filter(Boolean).join(', ')}</Table.Cell>
              <Table.Cell>{p.isOpen ? t('common.yes') : t('common.no')}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
