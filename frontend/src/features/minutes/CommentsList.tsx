import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MinutesCommentDto } from '../../api/generated/types.gen';
import { formatDateTime } from '../../lib/format';
import styles from './minutes.module.css';

/** The members' comments, oldest first, each with who wrote it, when, and on which revision. */
export function CommentsList({ comments, label }: { comments: MinutesCommentDto[]; label: string }) {
  const { t } = useTranslation();
  if (comments.length === 0) return null;
  return (
    <ul className={styles.comments} aria-label={label}>
      {comments.map((c) => (
        <li key={c.id}>
          <Paragraph data-size="sm">
            <strong>{c.authorName}</strong>, {formatDateTime(c.createdAt)}
            {c.revision > 1 && ` (${t('minutes.revisionN', { n: c.revision })})`}
          </Paragraph>
          <Paragraph className="prose">{c.text}</Paragraph>
        </li>
      ))}
    </ul>
  );
}
