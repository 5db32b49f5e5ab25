import { Alert, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
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
        <Paragraph>{t('problems.unknown')}</Paragraph>
      </Alert>
      {/* The error itself is English and technical: behind a disclosure, for whoever is asked to help. */}
      {error instanceof Error && (
        <Details>
          <Details.Summary>{t('problems.technical')}</Details.Summary>
          <Details.Content>
            <code>{error.message}</code>
          </Details.Content>
        </Details>
      )}
    </main>
  );
}
