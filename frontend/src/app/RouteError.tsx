import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <main id="main" className="page">
      <Heading level={1} data-size="lg">
        {t('problems.crashTitle')}
      </Heading>
      <Alert data-color="danger">
        <Paragraph>{error instanceof Error ? error.message : t('problems.unknown')}</Paragraph>
      </Alert>
    </main>
  );
}
