import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MinutesDto } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import { AttendanceTable } from '../../components/minutes/AttendanceTable';
import { CommentForm } from './CommentForm';
import { CommentsList } from './CommentsList';
import { EntryView } from './EntryView';
import type { MinutesActions } from './useMinutesActions';

/** The minutes read-only: attendance and every item. Members on review comment per item and on the whole. */
export function MinutesDocument({ minutes: m, actions, showErrors = false }: { minutes: MinutesDto; actions?: MinutesActions; showErrors?: boolean }) {
  const { t } = useTranslation();
  const comment = m.canComment && actions
    ? (entryId: string | null) => (text: string, done: () => void) =>
        actions.comment.mutate({ path: { id: m.meetingId }, body: { entryId, text } }, { onSuccess: done })
    : undefined;
  const general = (m.comments ?? []).filter((c) => !c.entryId);

  return (
    <div className="stack">
      {showErrors && <FormAlert errors={actions?.errors ?? null} />}
      <AttendanceTable attendees={m.attendees} />
      <section className="stack" aria-labelledby="entries-view-heading">
        <Heading level={2} data-size="sm" id="entries-view-heading">
          {t('minutes.entries')}
        </Heading>
        {m.entries.map((e) => (
          <EntryView key={e.id} entry={e} comments={m.comments ? m.comments.filter((c) => c.entryId === e.id) : null}
            onComment={comment?.(e.id)} commentPending={actions?.comment.isPending} />
        ))}
      </section>
      {(m.comments || comment) && (
        <section className="stack" aria-labelledby="comments-heading">
          <Heading level={2} data-size="sm" id="comments-heading">
            {t('minutes.generalComments')}
          </Heading>
          <CommentsList comments={general} label={t('minutes.generalComments')} />
          {comment && <CommentForm label={t('minutes.commentOnAll')} pending={actions!.comment.isPending} onSend={comment(null)} />}
        </section>
      )}
    </div>
  );
}
