import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import styles from './DownloadLinks.module.css';

/** Documents to download (PDF, Word), as plain links the browser saves. */
export function DownloadLinks({ links, label }: { links: { href: string; text: string }[]; label?: string }) {
  const { t } = useTranslation();
  return (
    <ul className={styles.links} aria-label={label ?? t('documents.downloads')}>
      {links.map((l) => (
        <li key={l.href}>
          <Link href={l.href} download>
            {l.text}
          </Link>
        </li>
      ))}
    </ul>
  );
}
