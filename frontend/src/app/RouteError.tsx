import { Alert, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** The crash page: a page threw while rendering (App.tsx's boundary). */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
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
