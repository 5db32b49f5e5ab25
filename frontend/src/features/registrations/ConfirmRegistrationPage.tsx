import { Heading, Link } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { confirmRegistrationMutation } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { useTitle } from '../../lib/useTitle';
import { RegistrationFacts } from './RegistrationFacts';
import { RegistrationStatusText } from './RegistrationStatusText';

/** The link in the confirm-your-address e-mail: confirms on load and says whether a seat or a waiting place was given. */
export function ConfirmRegistrationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  useTitle(t('registration.confirmTitle'));
  const { mutate, data, error, isPending, isIdle } = useMutation(confirmRegistrationMutation());
  // Confirming twice is harmless (the server answers the same), so React's double effect in development does no harm.
  useEffect(() => mutate({ body: { token } }), [mutate, token]);
  return (
    <div className="narrow stack">
      <Heading level={1} data-size="lg">{data ? data.meetingTitle : t('registration.confirmTitle')}</Heading>
      <QueryState isPending={isPending || isIdle} error={error} />
      {data && (
        <>
          <RegistrationFacts bodyName={data.bodyName} startsAt={data.startsAt} endsAt={data.endsAt} format={data.format} location={data.location} />
          <RegistrationStatusText r={data} />
          <Link asChild>
            <RouterLink to={`/pamelding/${token}`}>{t('registration.manage')}</RouterLink>
          </Link>
        </>
      )}
    </div>
  );
}
