import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { asProblem } from '../lib/problems';

/** Loading and failure states for a query, the same on every screen. */
export function QueryState({ isPending, error }: { isPending: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (isPending) return <Spinner aria-label={t('common.loading')} />;
  if (error) {
    const problem = asProblem(error);
    return (
      <Alert data-color="danger">
        <Paragraph>
          {(problem.code && t(`problems.${problem.code}`, { defaultValue: '' })) ||
            (problem.status === 404 ? t('problems.notFound') : problem.detail || problem.title || t('problems.unknown'))}
        </Paragraph>
      </Alert>
    );
  }
  return null;
}

/** What shows while a page's code is on its way (the pages are loaded per route, see app/routes.tsx). */
export function PageLoading() {
  const { t } = useTranslation();
  return <Spinner aria-label={t('common.loading')} />;
}
