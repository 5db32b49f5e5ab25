import { useTranslation } from 'react-i18next';
import type { InvitationDto } from '../../api/generated/types.gen';
import { answers, countAnswers } from './invitees';

/** The one line the secretariat looks for first: kommer / kommer kanskje / kommer ikke / ikke svart. */
export function InviteesSummary({ invitations }: { invitations: InvitationDto[] }) {
  const { t } = useTranslation();
  const counts = countAnswers(invitations);
  return (
    <ul className="counts" aria-label={t('invitees.summary')}>
      {answers.map((a) => (
        <li key={a}>
          {t(`rsvpAnswer.${a}`)}: <strong>{counts[a]}</strong>
        </li>
      ))}
    </ul>
  );
}
