import { Button, Dialog, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MinutesDto } from '../../api/generated/types.gen';
import { differences, type Draft } from './draft';

/**
 * Someone else saved the minutes while this user was editing. Nothing is thrown away without a choice: load their
 * version (and drop mine), or keep mine and save it on top of theirs.
 */
export function ConflictDialog({ current, mine, onLoadTheirs, onKeepMine }: {
  current: MinutesDto | null;
  mine: Draft;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  const diff = current ? differences(mine, current) : { entryIds: [], attendance: false };
  const parts = [
    ...(diff.attendance ? [t('attendance.title')] : []),
    ...(current?.entries ?? []).filter((e) => diff.entryIds.includes(e.id)).map((e) => `${t('minutes.case', { number: e.caseNumber })} ${e.title}`),
  ];
  return (
    <Dialog open={current !== null} closeButton={false} closedby="none" aria-labelledby="conflict-heading" onClose={() => undefined}>
      <div className="stack">
        <Heading level={2} data-size="sm" id="conflict-heading">
          {t('minutes.conflictTitle')}
        </Heading>
        <Paragraph>{t('minutes.conflictText')}</Paragraph>
        {current?.updatedByName && <Paragraph>{t('minutes.conflictBy', { who: current.updatedByName })}</Paragraph>}
        {parts.length > 0 && (
          <>
            <Paragraph>{t('minutes.conflictDiffers')}</Paragraph>
            <List.Unordered>
              {parts.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List.Unordered>
          </>
        )}
        <div className="row">
          <Button onClick={onKeepMine}>{t('minutes.keepMine')}</Button>
          <Button variant="secondary" data-color="danger" onClick={onLoadTheirs}>
            {t('minutes.loadTheirs')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
