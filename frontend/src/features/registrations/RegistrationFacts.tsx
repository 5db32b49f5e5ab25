import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MeetingFormat } from '../../api/generated/types.gen';
import { meetingDateAndTime } from '../../lib/meetingTime';

/** Who holds the meeting, when (Oslo wall-clock time) and where. */
export function RegistrationFacts({ bodyName, startsAt, endsAt, format, location }: {
  bodyName: string; startsAt: string; endsAt: string; format: MeetingFormat; location?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Paragraph>
      {t('registration.from', { body: bodyName })}
      <br />
      {meetingDateAndTime(startsAt, endsAt)}
      <br />
      {format === 'Digital' ? t('registration.digital') : location ?? t(`meetingFormat.${format}`)}
    </Paragraph>
  );
}
