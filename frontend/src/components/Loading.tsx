import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../lib/problems';

/** Loading and failure states for a query, the same on every screen. */
export function QueryState({ isPending, error }: { isPending: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (isPending) return <Spinner aria-label={t('common.loading')} />;
  if (error) {
    return (
      <Alert data-color="danger">
        <Paragraph>{problemText(error, t)}</Paragraph>
      </Alert>
    );
  }
  return null;
}
