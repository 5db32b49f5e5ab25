import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetails } from '../../api/generated/types.gen';
import { AnswerOnBehalfForm } from './AnswerOnBehalfForm';
import { CallDeputyForm } from './CallDeputyForm';
import { InviteesTable } from './InviteesTable';

/** For the secretariat: everyone invited with their answers, and what to do about those who have not answered. */
export function InviteesSection({ meeting: m, canAct }: { meeting: MeetingDetails; canAct: boolean }) {
  const { t } = useTranslation();
  const invitations = m.invitations ?? [];
  return (
    <section className="stack" aria-labelledby="invitees-heading">
      <Heading level={2} data-size="md" id="invitees-heading">
        {t('invitees.title')}
      </Heading>
      {invitations.length === 0 ? (
        <Paragraph>{t('invitees.none')}</Paragraph>
      ) : (
        // The answer counts are in the meeting's summary at the top.
        <InviteesTable invitations={invitations} />
      )}
      {canAct && invitations.length > 0 && (
        <div className="columns">
          <AnswerOnBehalfForm meetingId={m.id} invitations={invitations} />
          <CallDeputyForm meetingId={m.id} bodyId={m.body.id} />
        </div>
      )}
    </section>
  );
}
