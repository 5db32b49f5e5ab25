import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchHit } from '../../api/generated';
import { formatDate } from '../../lib/format';
import { Marked } from './Marked';
import styles from './Search.module.css';

/** Where a hit opens: its own page, or for an agenda item its meeting; public minutes on the public page. */
export function hitLink(hit: SearchHit, isPublic: boolean): string {
  switch (hit.kind) {
    case 'Body': return `/organer/${hit.id}`;
    case 'Organisation': return `/organisasjoner/${hit.id}`;
    case 'Person': return '/personer';
    case 'Meeting': return `/moter/${hit.id}`;
    case 'AgendaItem': return `/moter/${hit.meetingId}`;
    case 'Minutes': return isPublic ? `/offentlig/referat/${hit.id}` : `/moter/${hit.id}/referat`;
  }
}

/** The public minutes are rendered by the server, not the SPA: their link is a full page load, as client-side routing
 * would end on the SPA's not-found page. */
function HitLink({ to, children }: { to: string; children: ReactNode }) {
  return to.startsWith('/offentlig/referat/') ? <a href={to}>{children}</a> : <Link to={to}>{children}</Link>;
}

/** The hits of one page, each tagged with its kind and a link; the matches marked in the title and the snippet. */
export function SearchResults({ hits, isPublic, q }: { hits: SearchHit[]; isPublic: boolean; q: string }) {
  const { t } = useTranslation();
  if (hits.length === 0) return <Paragraph role="status">{t('search.none', { q })}</Paragraph>;
  return (
    <ol className={styles.hits} aria-label={t('search.results')}>
      {hits.map((hit) => {
        const where = [hit.body?.name, hit.kind === 'AgendaItem' ? hit.meetingTitle : null, hit.at ? formatDate(hit.at) : null].filter(Boolean).join(' · ');
        return (
          <li key={`${hit.kind}-${hit.id}`} className={styles.hit}>
            <Tag data-size="sm" data-color="neutral">{t(`search.kind.${hit.kind}`)}</Tag>
            <Heading level={2} data-size="2xs">
              <HitLink to={hitLink(hit, isPublic)}>
                <Marked text={hit.title} ranges={hit.titleMatches} />
              </HitLink>
            </Heading>
            {where && <Paragraph data-size="sm">{where}</Paragraph>}
            {hit.snippet && (
              <Paragraph data-size="sm" className={styles.snippet}>
                <Marked text={hit.snippet} ranges={hit.snippetMatches} />
              </Paragraph>
            )}
          </li>
        );
      })}
    </ol>
  );
}
