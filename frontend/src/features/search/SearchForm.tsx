import { Button, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import styles from './Search.module.css';

/** The search box: a labelled field and a button; submitting hands the words to the page, which puts them in the URL. */
export function SearchForm({ q, error, onSearch, children }: { q: string; error?: string; onSearch: (q: string) => void; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <form
      role="search"
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(String(new FormData(e.currentTarget).get('q') ?? '').trim());
      }}
    >
      <Textfield key={q} label={t('search.label')} name="q" type="search" defaultValue={q} maxLength={200} error={error} />
      {children}
      <Button type="submit">{t('search.submit')}</Button>
    </form>
  );
}
