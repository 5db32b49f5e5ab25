import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MeetingDetails } from '../../api/generated/types.gen';

/** What the meeting is and whose; when, where and how it stands follow in the summary. */
export function MeetingHeader({ meeting: m }: { meeting: MeetingDetails }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" id="meeting-title" tabIndex={-1}>
        {m.title}
      </Heading>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/organer/${m.body.id}`}>{m.body.name}</RouterLink>
        </Link>
        {' · '}
        <Link href={`/api/meetings/${m.id}/calendar.ics`} download>
          {t('meeting.downloadIcs')}
        </Link>
      </Paragraph>
    </div>
  );
}
