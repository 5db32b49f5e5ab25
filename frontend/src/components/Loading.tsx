import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../lib/problems';

/** Loading and failure states for a query, the same on every screen. */
export function QueryState({ isPending, error }: { isPending: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (isPending) return <LoadingSpinner label={t('common.loading')} />;
  if (error) {
    return (
      <Alert data-color="danger">
        <Paragraph>{problemText(error, t)}</Paragraph>
      </Alert>
    );
  }
  return null;
}

/** What shows while a page's code is on its way (the pages are loaded per route, see app/routes.tsx). */
export function PageLoading() {
  const { t } = useTranslation();
  return <LoadingSpinner label={t('common.loading')} />;
}

/** Designsystemet's spinner, drawn without its component: the component keeps every spinner's turn in step by calling
 * document.getAnimations() when it mounts, which makes the browser recompute the style of the whole page. A page that
 * shows several in turn while it loads (page code, the session, the page's queries) paid for that each time: 9 forced
 * style recalculations, 0.9 s of main thread at 4x CPU, on the secretariat's meeting page. */
export function LoadingSpinner({ label }: { label: string }) {
  return (
    <svg aria-label={label} className="ds-spinner" role="img" viewBox="0 0 50 50">
      <circle className="ds-spinner__background" cx="25" cy="25" r="20" fill="none" strokeWidth="5" />
      <circle className="ds-spinner__circle" cx="25" cy="25" r="20" fill="none" strokeWidth="5" />
    </svg>
  );
}
