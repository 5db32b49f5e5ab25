import { Heading, List, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PublicEntry } from '../../api/generated/types.gen';
import { ServerHtml } from '../../components/minutes/ServerHtml';
import { formatDate } from '../../lib/format';
import styles from './publicMinutes.module.css';

/** One item of the public minutes; an item that is not public shows only its number and title, and says why. */
export function PublicEntryView({ entry, index }: { entry: PublicEntry; index: number }) {
  const { t } = useTranslation();
  const headingId = `public-entry-${index}`;
  return (
    <section className={`stack ${styles.entry}`} aria-labelledby={headingId}>
      <div className="row">
        <Heading level={3} data-size="xs" id={headingId}>
          {t('publicMinutes.case', { number: entry.caseNumber })} {entry.title}
        </Heading>
        <Tag data-size="sm">{t(`agendaKind.${entry.kind}`)}</Tag>
      </div>
      {entry.exempt ? (
        <Paragraph>
          <strong>{t('publicMinutes.exempt')}</strong>
        </Paragraph>
      ) : (
        <>
          <ServerHtml html={entry.notesHtml} />
          {entry.decisionHtml && (
            <div className={styles.decision}>
              <Heading level={4} data-size="2xs">{t('publicMinutes.decision')}</Heading>
              <ServerHtml html={entry.decisionHtml} />
            </div>
          )}
          {entry.actionItems.length > 0 && (
            <>
              <Heading level={4} data-size="2xs">{t('publicMinutes.actionItems')}</Heading>
              <List.Unordered>
                {entry.actionItems.map((a, i) => (
                  <List.Item key={i}>
                    {a.what}
                    {a.responsible && ` – ${t('publicMinutes.responsible', { who: a.responsible })}`}
                    {a.dueOn && ` – ${t('publicMinutes.due', { date: formatDate(a.dueOn) })}`}
                  </List.Item>
                ))}
              </List.Unordered>
            </>
          )}
        </>
      )}
    </section>
  );
}
