import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import styles from './minutes.module.css';

/** Always in reach at the foot of the screen: whether everything is saved, and the one Save button for the whole draft. */
export function SaveBar({ dirty, saving, savedAt, onSave }: { dirty: boolean; saving: boolean; savedAt: Date | null; onSave: () => void }) {
  const { t } = useTranslation();
  const state = saving
    ? t('minutes.saving')
    : dirty
      ? t('minutes.unsaved')
      : savedAt
        ? t('minutes.savedAt', { time: savedAt.toLocaleTimeString(t('minutes.timeLocale'), { hour: '2-digit', minute: '2-digit' }) })
        : t('minutes.allSaved');
  return (
    <div className={styles.saveBar} data-dirty={dirty}>
      <Paragraph role="status" data-size="sm">
        {dirty && !saving && <span aria-hidden="true">● </span>}
        {state}
      </Paragraph>
      <Button onClick={onSave} loading={saving} disabled={saving}>
        {t('minutes.save')}
      </Button>
    </div>
  );
}
