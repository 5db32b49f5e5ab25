import { Button, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Rsvp, StartItem } from '../../api/generated/types.gen';
import { formatDate } from '../../lib/format';
import { meetingDateAndTime } from '../../lib/meetingTime';
import { entryPath, isKnownKind, textKey } from './startEntries';
import styles from './start.module.css';

/** What the entry's link says: the meeting, the agenda item, the action item or the nominating organisation. */
function linkText(item: StartItem, t: TFunction): string {
  switch (item.kind) {
    case 'Invitation':
    case 'MinutesReview':
      return `${item.body.name}: ${item.meeting?.title ?? item.title}`;
    case 'PapersDue':
      return item.caseNumber ? `${t('agenda.case', { number: item.caseNumber })} ${item.title}` : item.title;
    case 'NominationToDecide':
    case 'NominationPending':
      return item.detail ? `${item.title}: ${item.detail}` : item.title;
    default:
      return item.title;
  }
}

/** One thing that needs me, one click from done: an invitation is answered right here, the rest link to where it is done. */
export function StartEntry({ item, onAnswer, answering }: {
  item: StartItem;
  onAnswer: (meetingId: string, answer: Rsvp) => void;
  answering: boolean;
}) {
  const { t } = useTranslation();
  const titleId = `start-${item.id}`;
  // The meeting's time where the meeting is the point; an action item's meeting is long past and beside it.
  const when = item.meeting && item.kind !== 'ActionItem' ? meetingDateAndTime(item.meeting.startsAt, item.meeting.endsAt) : null;
  const what = isKnownKind(item.kind) ? t(textKey('what', item.kind), { date: formatDate(item.dueOn), detail: item.detail ?? '' }) : null;
  return (
    <li className={styles.entry}>
      <Link asChild>
        <RouterLink to={entryPath(item)} id={titleId}>
          {linkText(item, t)}
        </RouterLink>
      </Link>
      {item.kind !== 'Invitation' && item.kind !== 'MinutesReview' && <Paragraph data-size="sm">{item.body.name}</Paragraph>}
      {(what || when) && (
        <Paragraph data-size="sm">
          {[when, what].filter(Boolean).join(' · ')}
          {item.overdue && <> <Tag data-size="sm" data-color="danger">{t('start.overdue')}</Tag></>}
        </Paragraph>
      )}
      {item.kind === 'Invitation' && item.meeting && (
        <div className="row" role="group" aria-labelledby={titleId}>
          {(['Accepted', 'Declined'] as const).map((answer) => (
            <Button key={answer} data-size="sm" variant={answer === 'Accepted' ? 'primary' : 'secondary'} loading={answering}
              onClick={() => onAnswer(item.meeting!.id, answer)}>
              {t(`rsvpAnswer.${answer}`)}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}
