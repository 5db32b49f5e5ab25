import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MyRegistrationDto } from '../../api/generated/types.gen';

/** Where the registrant stands, in one announced sentence. */
export function RegistrationStatusText({ r }: { r: MyRegistrationDto }) {
  const { t } = useTranslation();
  if (r.meetingCancelled) return <Alert data-color="warning" role="status"><Paragraph>{t('registration.meetingCancelled')}</Paragraph></Alert>;
  switch (r.status) {
    case 'Confirmed':
      return <Alert data-color="success" role="status"><Paragraph>{t('registration.statusConfirmed')}</Paragraph></Alert>;
    case 'WaitListed':
      return <Alert data-color="info" role="status"><Paragraph>{t('registration.statusWaiting', { position: r.waitingPosition })}</Paragraph></Alert>;
    case 'Cancelled':
      return <Alert data-color="info" role="status"><Paragraph>{t('registration.statusCancelled')}</Paragraph></Alert>;
    default:
      return (
        <Alert data-color="warning" role="status">
          <Paragraph>{r.expired ? t('registration.statusExpired') : t('registration.statusUnconfirmed')}</Paragraph>
        </Alert>
      );
  }
}
