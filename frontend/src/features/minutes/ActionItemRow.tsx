import { Button, Field, Fieldset, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { NamedRef, PersonSummary } from '../../api/generated/types.gen';
import type { DraftActionItem } from './draft';
import styles from './minutes.module.css';

type Props = {
  n: number;
  item: DraftActionItem;
  organisations: NamedRef[];
  people: PersonSummary[];
  onChange: (item: DraftActionItem) => void;
  onRemove: () => void;
  error: (field: string) => string | undefined;
};

/** One action item: what, the responsible organisation (a member of the body), a person, and a due date. */
export function ActionItemRow({ n, item, organisations, people, onChange, onRemove, error }: Props) {
  const { t } = useTranslation();
  // With an organisation chosen, its people; without, anyone in the registry.
  const candidates = people.filter((p) => !item.responsibleOrganisationId || p.organisationId === item.responsibleOrganisationId);
  const chosen = people.find((p) => p.id === item.responsiblePersonId);
  if (chosen && !candidates.includes(chosen)) candidates.unshift(chosen);
  const legend = t('actionItems.itemN', { n });

  return (
    <Fieldset className={styles.actionItem} data-size="sm">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Textfield label={t('actionItems.what')} value={item.what} required error={error('what')}
        onChange={(e) => onChange({ ...item, what: e.target.value })} />
      <div className="row">
        <Field>
          <Label>{t('actionItems.responsibleOrganisation')}</Label>
          <Select value={item.responsibleOrganisationId ?? ''} aria-invalid={error('responsibleOrganisationId') ? true : undefined}
            onChange={(e) => {
              const organisationId = e.target.value || null;
              const person = people.find((p) => p.id === item.responsiblePersonId);
              const keepPerson = !organisationId || person?.organisationId === organisationId;
              onChange({ ...item, responsibleOrganisationId: organisationId, responsiblePersonId: keepPerson ? item.responsiblePersonId : null });
            }}>
            <Select.Option value="">{t('actionItems.noOrganisation')}</Select.Option>
            {organisations.map((o) => (
              <Select.Option key={o.id} value={o.id}>
                {o.name}
              </Select.Option>
            ))}
          </Select>
          {error('responsibleOrganisationId') && <ValidationMessage>{error('responsibleOrganisationId')}</ValidationMessage>}
        </Field>
        <Field>
          <Label>{t('actionItems.responsiblePerson')}</Label>
          <Select value={item.responsiblePersonId ?? ''} aria-invalid={error('responsiblePersonId') ? true : undefined}
            onChange={(e) => onChange({ ...item, responsiblePersonId: e.target.value || null })}>
            <Select.Option value="">{t('actionItems.noPerson')}</Select.Option>
            {candidates.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {item.responsibleOrganisationId || !p.organisationName ? p.name : `${p.name} (${p.organisationName})`}
              </Select.Option>
            ))}
          </Select>
          {error('responsiblePersonId') && <ValidationMessage>{error('responsiblePersonId')}</ValidationMessage>}
        </Field>
        <Textfield label={t('actionItems.dueOn')} type="date" value={item.dueOn ?? ''} error={error('dueOn')}
          onChange={(e) => onChange({ ...item, dueOn: e.target.value || null })} />
        <Button variant="tertiary" data-color="danger" onClick={onRemove} aria-label={t('actionItems.removeItem', { n })}>
          {t('actionItems.remove')}
        </Button>
      </div>
    </Fieldset>
  );
}
