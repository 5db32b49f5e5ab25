import { Button, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { NamedRef } from '../../api/generated/types.gen';
import { ActionItemRow } from './ActionItemRow';
import { type DraftActionItem, newKey } from './draft';

/** The action items of one entry, added and removed in the draft; saved with the rest. */
export function ActionItemsEditor({ items, onChange, organisations, caseLabel, error }: {
  items: DraftActionItem[];
  onChange: (items: DraftActionItem[]) => void;
  organisations: NamedRef[];
  caseLabel: string;
  /** The message for a field of item j, by the name the server uses for it. */
  error: (j: number, field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Heading level={4} data-size="2xs">
        {t('actionItems.heading')}
      </Heading>
      {items.map((item, j) => (
        <ActionItemRow key={item.key} n={j + 1} item={item} organisations={organisations} error={(field) => error(j, field)}
          onChange={(next) => onChange(items.map((x) => (x.key === item.key ? next : x)))}
          onRemove={() => onChange(items.filter((x) => x.key !== item.key))} />
      ))}
      <div>
        <Button variant="secondary" data-size="sm" aria-label={t('actionItems.addFor', { case: caseLabel })}
          onClick={() => onChange([...items, { key: newKey(), id: null, what: '', responsibleOrganisationId: null, responsiblePersonId: null, dueOn: null }])}>
          {t('actionItems.add')}
        </Button>
      </div>
    </div>
  );
}
