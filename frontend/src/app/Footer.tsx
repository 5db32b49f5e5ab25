import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { getSiteInfoOptions } from '../api/generated/@tanstack/react-query.gen';
import styles from './Layout.module.css';

/** Who runs the service and how to reach them, on every page: what a public body's web solution must say. */
export function Footer() {
  const { t } = useTranslation();
  // The answer changes only with a restart; the server lets it be kept an hour.
  const site = useQuery({ ...getSiteInfoOptions(), staleTime: Infinity }).data;
  return (
    <footer className={styles.footer}>
      <div className={styles.footerInner}>
        <Paragraph data-size="sm">
          {site ? t('site.ownedBy', { owner: site.owner }) : ' '}
        </Paragraph>
        <ul className={styles.footerLinks}>
          {site?.contactEmail && (
            <li>
              {t('site.contact')}: <Link href={`mailto:${site.contactEmail}`}>{site.contactEmail}</Link>
            </li>
          )}
          {site?.contactPhone && (
            <li>
              {t('site.phone')}: <Link href={`tel:${site.contactPhone.replace(/\s/g, '')}`}>{site.contactPhone}</Link>
            </li>
          )}
          {site?.privacyUrl && (
            <li>
              <Link href={site.privacyUrl}>{t('site.privacy')}</Link>
            </li>
          )}
          <li>
            <Link asChild>
              <RouterLink to="/tilgjengelighet">{t('site.accessibilityStatement')}</RouterLink>
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
