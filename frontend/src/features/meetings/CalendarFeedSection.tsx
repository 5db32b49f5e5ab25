import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createCalendarFeedMutation, revokeCalendarFeedMutation } from '../../api/generated/@tanstack/react-query.gen';
import type { CalendarFeedDto } from '../../api/generated/types.gen';
import { CopyField } from '../../components/CopyField';
import { FormAlert } from '../../components/FormAlert';
import { type FormErrors, toFormErrors } from '../../lib/problems';

/**
 * One's meetings in one's own calendar, through a secret address. The server keeps only a hash of it, so the address
 * is shown once, when it is made; making a new one ends the old one, and it can be switched off.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const [feed, setFeed] = useState<CalendarFeedDto | null>(null);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const subscribe = useRef<HTMLAnchorElement>(null);
  const failed = (e: unknown) => setErrors(toFormErrors(e, t));
  const create = useMutation({
    ...createCalendarFeedMutation(),
    onSuccess: (data) => {
      setErrors(null);
      setFeed(data);
      setStatus(t('feed.created'));
      requestAnimationFrame(() => subscribe.current?.focus());
    },
    onError: failed,
  });
  const revoke = useMutation({
    ...revokeCalendarFeedMutation(),
    onSuccess: () => { setErrors(null); setFeed(null); setStatus(t('feed.revoked')); },
    onError: failed,
  });

  return (
    <section className="stack" aria-labelledby="feed-heading">
      <Heading level={2} data-size="md" id="feed-heading">
        {t('feed.title')}
      </Heading>
      <Paragraph>{t('feed.intro')}</Paragraph>
      <Paragraph>{t('feed.secret')}</Paragraph>
      <FormAlert errors={errors} />
      {feed && (
        <div className="stack">
          <div>
            <Link ref={subscribe} href={feed.webcalUrl}>{t('feed.subscribe')}</Link>
          </div>
          <CopyField label={t('feed.address')} description={t('feed.addressHelp')} value={feed.url} />
          <Paragraph data-size="sm">{t('feed.shownOnce')}</Paragraph>
        </div>
      )}
      <div className="row">
        <Button onClick={() => { setStatus(''); create.mutate({}); }} loading={create.isPending}>
          {feed ? t('feed.replace') : t('feed.create')}
        </Button>
        <Button variant="secondary" data-color="danger" onClick={() => { setStatus(''); revoke.mutate({}); }} loading={revoke.isPending}>
          {t('feed.revoke')}
        </Button>
      </div>
      <p role="status" className="status">{status}</p>
    </section>
  );
}
