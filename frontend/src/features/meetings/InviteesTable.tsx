import { Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { InvitationDto } from '../../api/generated/types.gen';

const answerColor = { Accepted: 'success', Tentative: 'warning', Declined: 'danger', NoAnswer: 'neutral' } as const;

/** Who is invited, who answered what, who is represented by a deputy, and who has not answered. */
export function InviteesTable({ invitations }: { invitations: InvitationDto[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <Table>
        <caption className="ds-sr-only">{t('invitees.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('invitees.person')}</Table.HeaderCell>
            <Table.HeaderCell>{t('members.organisation')}</Table.HeaderCell>
            <Table.HeaderCell>{t('invitees.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('invitees.answer')}</Table.HeaderCell>
            <Table.HeaderCell>{t('invitees.comment')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {invitations.map((i) => (
            <Table.Row key={i.id}>
              <Table.Cell>{i.person.name}</Table.Cell>
              <Table.Cell>{i.organisationName}</Table.Cell>
              <Table.Cell>{i.role === 'Deputy' ? t('invitees.deputyN', { n: i.deputyOrder }) : t('members.representative')}</Table.Cell>
              <Table.Cell>
                {i.active ? <Tag data-color={answerColor[i.answer]}>{t(`rsvpAnswer.${i.answer}`)}</Tag> : t('invitees.withdrawn')}
              </Table.Cell>
              <Table.Cell>{i.comment}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
