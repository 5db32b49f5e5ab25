import { Checkbox, Heading, Tag, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MinutesEntryDto, NamedRef } from '../../api/generated/types.gen';
import { ActionItemsEditor } from './ActionItemsEditor';
import type { DraftEntry } from './draft';
import styles from './minutes.module.css';
import { NotesField } from './NotesField';

/** What the minutes say about one agenda item: notes, the decision, whether it is public, and its action items. */
export function EntryEditor({ entry, value, onChange, organisations, error }: {
  entry: MinutesEntryDto;
  value: DraftEntry;
  onChange: (change: (entry: DraftEntry) => DraftEntry) => void;
  organisations: NamedRef[];
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const caseLabel = t('minutes.case', { number: entry.caseNumber });
  const headingId = `entry-${entry.id}`;
  const isDecision = entry.kind === 'Decision';
  const decision = (
    <Textfield multiline rows={isDecision ? 4 : 2} label={t('minutes.decision')} value={value.decision} error={error('decision')}
      description={isDecision ? t('minutes.decisionHelpDecision') : t('minutes.decisionHelp')}
      onChange={(e) => onChange((v) => ({ ...v, decision: e.target.value }))} />
  );

  return (
    <section className={`stack ${styles.entry}`} aria-labelledby={headingId}>
      <div className="row">
        <Heading level={3} data-size="xs" id={headingId}>
          {caseLabel} {entry.title}
        </Heading>
        <Tag data-size="sm">{t(`agendaKind.${entry.kind}`)}</Tag>
        {!value.isPublic && <Tag data-size="sm" data-color="warning">{t('minutes.notPublicTag')}</Tag>}
      </div>
      {isDecision && <div className={styles.decision}>{decision}</div>}
      <NotesField label={t('minutes.notes')} caseLabel={caseLabel} value={value.notes}
        onChange={(notes) => onChange((v) => ({ ...v, notes }))} />
      {!isDecision && decision}
      <Checkbox label={t('minutes.entryPublic')} description={t('minutes.entryPublicHelp')} checked={value.isPublic}
        onChange={(e) => onChange((v) => ({ ...v, isPublic: e.target.checked }))} />
      <ActionItemsEditor items={value.actionItems} organisations={organisations} caseLabel={caseLabel}
        error={(j, field) => error(`actionItems[${j}].${field}`)}
        onChange={(actionItems) => onChange((v) => ({ ...v, actionItems }))} />
    </section>
  );
}
