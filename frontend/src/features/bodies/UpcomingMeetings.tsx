import { Heading, Link, List, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { listMeetingsOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import { formatDate } from '../../lib/format';

/** Today's (browser's) date as the API's Oslo wall-clock time at midnight: the key stays the same all day. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T00:00:00`;
}

/** The body's next few meetings, from today on, each with its status; the whole plan is one link away. */
export function UpcomingMeetings({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const meetings = useQuery(listMeetingsOptions({ path: { bodyId }, query: { from: today(), pageSize: 3 } }));
  const items = meetings.data?.items ?? [];
  return (
    <section className="stack" aria-labelledby="upcoming-heading">
      <Heading level={2} data-size="md" id="upcoming-heading">
        {t('bodyPage.upcoming')}
      </Heading>
      <QueryState isPending={meetings.isPending} error={meetings.error} />
      {meetings.data && items.length === 0 && <Paragraph>{t('bodyPage.noUpcoming')}</Paragraph>}
      {items.length > 0 && (
        <List.Unordered>
          {items.map((m) => (
            <List.Item key={m.id}>
              <Link asChild>
                {/* Meeting times are Oslo wall-clock times: only the digits are read, never shifted by the browser's zone. */}
                <RouterLink to={`/moter/${m.id}`}>{`${formatDate(m.startsAt.slice(0, 10))}, ${m.startsAt.slice(11, 16)}: ${m.title}`}</RouterLink>
              </Link>{' '}
              <Tag data-size="sm">{t(`meetingStatus.${m.status}`)}</Tag>
            </List.Item>
          ))}
        </List.Unordered>
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/organer/${bodyId}/moter`}>{t('body.meetingsLink')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
