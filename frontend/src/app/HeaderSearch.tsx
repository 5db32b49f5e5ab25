import { Search } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import styles from './Layout.module.css';

/** The search field every signed-in page carries; the search page does the searching. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <form
      role="search"
      aria-label={t('site.search')}
      className={styles.search}
      onSubmit={(e) => {
        e.preventDefault();
        const q = String(new FormData(e.currentTarget).get('q') ?? '').trim();
        navigate(q ? `/sok?q=${encodeURIComponent(q)}` : '/sok');
      }}
    >
      <Search data-size="sm">
        <Search.Input name="q" aria-label={t('site.search')} />
        <Search.Button type="submit" variant="secondary">
          {t('site.search')}
        </Search.Button>
      </Search>
    </form>
  );
}
