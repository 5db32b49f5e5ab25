import { Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { InvitationDto } from '../../api/generated/types.gen';
import { formatDateTime } from '../../lib/format';
import { answeredOnBehalf, representativeOf, standIn } from './invitees';
import { TableScroll } from '../../components/TableScroll';

const answerColor = { Accepted: 'success', Tentative: 'warning', Declined: 'danger', NoAnswer: 'neutral' } as const;

/** Who is invited, who answered what (in words, not only colours), who stands in for whom, and who has not answered. */
export function InviteesTable({ invitations }: { invitations: InvitationDto[] }) {
  const { t } = useTranslation();
  const note = (i: InvitationDto) => {
    const deputy = standIn(i, invitations);
    const representative = i.role === 'Deputy' ? representativeOf(i, invitations) : undefined;
    return [
      deputy && t('invitees.representedBy', { name: deputy.person.name, n: deputy.deputyOrder }),
      representative && i.active && t('invitees.standsInFor', { name: representative.person.name }),
      !i.active && t('invitees.withdrawnHelp'),
      i.answeredAt && (answeredOnBehalf(i) ? t('invitees.answeredBySecretariat', { when: formatDateTime(i.answeredAt) })
        : t('invitees.answeredAt', { when: formatDateTime(i.answeredAt) })),
      i.comment && t('invitees.commentText', { comment: i.comment }),
    ].filter(Boolean);
  };
  return (
    <TableScroll label={t('invitees.caption')}>
      <Table>
        <caption className="ds-sr-only">{t('invitees.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('invitees.person')}</Table.HeaderCell>
            <Table.HeaderCell>{t('members.organisation')}</Table.HeaderCell>
            <Table.HeaderCell>{t('invitees.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('invitees.answer')}</Table.HeaderCell>
            <Table.HeaderCell>{t('invitees.notes')}</Table.HeaderCell>
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
              <Table.Cell>
                {note(i).map((line) => (
                  <div key={line as string}>{line}</div>
                ))}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
