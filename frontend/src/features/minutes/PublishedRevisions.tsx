import { Heading, Link, List } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { PublishedRevisionDto } from '../../api/generated/types.gen';
import { formatDateTime } from '../../lib/format';

/** Every published revision, frozen as it was published, each readable on its own. */
export function PublishedRevisions({ meetingId, revisions }: { meetingId: string; revisions: PublishedRevisionDto[] }) {
  const { t } = useTranslation();
  if (revisions.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="revisions-heading">
      <Heading level={2} data-size="sm" id="revisions-heading">
        {t('minutes.publishedRevisions')}
      </Heading>
      <List.Unordered>
        {revisions.map((r) => (
          <List.Item key={r.revision}>
            <Link asChild>
              <RouterLink to={`/moter/${meetingId}/referat/versjon/${r.revision}`}>{t('minutes.viewRevision', { n: r.revision })}</RouterLink>
            </Link>
            {`, ${t('minutes.publishedOn', { on: formatDateTime(r.publishedAt) })}`}
            {r.correctionReason && ` – ${r.correctionReason}`}
            {!r.isPublic && ` (${t('minutes.notPublicVersion')})`}
          </List.Item>
        ))}
      </List.Unordered>
    </section>
  );
}
