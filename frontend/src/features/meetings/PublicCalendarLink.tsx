import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/CopyField';

/** A public body's open meetings as a calendar anyone may subscribe to, without signing in. */
export function PublicCalendarLink({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}/api/public/bodies/${bodyId}/calendar.ics`;
  return (
    <section className="stack" aria-labelledby="public-feed-heading">
      <Heading level={2} data-size="sm" id="public-feed-heading">
        {t('publicFeed.title')}
      </Heading>
      <Paragraph>{t('publicFeed.help')}</Paragraph>
      <div>
        <Link href={url.replace(/^https?:/, 'webcal:')}>{t('publicFeed.subscribe')}</Link>
      </div>
      <CopyField label={t('publicFeed.address')} value={url} />
    </section>
  );
}
