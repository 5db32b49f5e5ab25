import { Heading, List, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MinutesCommentDto, MinutesEntryDto } from '../../api/generated/types.gen';
import { ServerHtml } from '../../components/minutes/ServerHtml';
import { responsibleText } from '../../lib/actionItems';
import { formatDate } from '../../lib/format';
import { CommentForm } from './CommentForm';
import { CommentsList } from './CommentsList';
import styles from './minutes.module.css';

/** One item of the minutes as members read it; on review, with their comments and a form to add one. */
export function EntryView({ entry, comments, onComment, commentPending }: {
  entry: MinutesEntryDto;
  comments: MinutesCommentDto[] | null;
  onComment?: (text: string, done: () => void) => void;
  commentPending?: boolean;
}) {
  const { t } = useTranslation();
  const caseLabel = t('minutes.case', { number: entry.caseNumber });
  const headingId = `view-${entry.id}`;
  return (
    <section className={`stack ${styles.entry}`} aria-labelledby={headingId}>
      <div className="row">
        <Heading level={3} data-size="xs" id={headingId}>
          {caseLabel} {entry.title}
        </Heading>
        <Tag data-size="sm">{t(`agendaKind.${entry.kind}`)}</Tag>
        {!entry.isPublic && <Tag data-size="sm" data-color="warning">{t('minutes.notPublicTag')}</Tag>}
      </div>
      {entry.notesHtml ? <ServerHtml html={entry.notesHtml} /> : <Paragraph data-size="sm">{t('minutes.noNotes')}</Paragraph>}
      {entry.decisionHtml && (
        <div className={styles.decision}>
          <Heading level={4} data-size="2xs">{t('minutes.decision')}</Heading>
          <ServerHtml html={entry.decisionHtml} />
        </div>
      )}
      {entry.actionItems.length > 0 && (
        <>
          <Heading level={4} data-size="2xs">{t('actionItems.heading')}</Heading>
          <List.Unordered>
            {entry.actionItems.map((a) => (
              <List.Item key={a.id}>
                {a.what}
                {responsibleText(a) && ` – ${t('actionItems.responsibleIs', { who: responsibleText(a) })}`}
                {a.dueOn && ` – ${t('actionItems.dueIs', { date: formatDate(a.dueOn) })}`}
              </List.Item>
            ))}
          </List.Unordered>
        </>
      )}
      {comments && <CommentsList comments={comments} label={t('minutes.commentsOn', { case: caseLabel })} />}
      {onComment && (
        <CommentForm label={t('minutes.commentOn', { case: caseLabel })} pending={!!commentPending} onSend={onComment} />
      )}
    </section>
  );
}
