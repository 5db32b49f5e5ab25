import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useTitle } from '../lib/useTitle';

/** What a page says when the API answers 403 for what the page is about: in words, instead of an empty page. */
export function NoAccessPage() {
  const { t } = useTranslation();
  useTitle(t('noAccess.title'));
  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {t('noAccess.title')}
      </Heading>
      <Paragraph>{t('noAccess.text')}</Paragraph>
      <Link asChild>
        <RouterLink to="/">{t('noAccess.home')}</RouterLink>
      </Link>
    </div>
  );
}
