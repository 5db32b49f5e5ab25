import { Button, Field, Fieldset, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getPersonOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { NamedRef } from '../../api/generated/types.gen';
import { PersonSelect } from '../../components/PersonSelect';
import type { DraftActionItem } from './draft';
import styles from './minutes.module.css';

type Props = {
  n: number;
  item: DraftActionItem;
  organisations: NamedRef[];
  onChange: (item: DraftActionItem) => void;
  onRemove: () => void;
  error: (field: string) => string | undefined;
};

/** One action item: what, the responsible organisation (a member of the body), a person, and a due date. */
export function ActionItemRow({ n, item, organisations, onChange, onRemove, error }: Props) {
  const { t } = useTranslation();
  // The responsible person's own organisation decides whether they stay when another organisation is chosen.
  const person = useQuery({ ...getPersonOptions({ path: { id: item.responsiblePersonId ?? '' } }), enabled: !!item.responsiblePersonId }).data;
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
        {/* With an organisation chosen, its people; without, anyone in the registry. */}
        <PersonSelect label={t('actionItems.responsiblePerson')} noneLabel={t('actionItems.noPerson')} value={item.responsiblePersonId ?? ''}
          organisationId={item.responsibleOrganisationId} error={error('responsiblePersonId')}
          describe={(p) => (item.responsibleOrganisationId || !p.organisationName ? p.name : `${p.name} (${p.organisationName})`)}
          onChange={(id) => onChange({ ...item, responsiblePersonId: id || null })} />
        <Textfield label={t('actionItems.dueOn')} type="date" value={item.dueOn ?? ''} error={error('dueOn')}
          onChange={(e) => onChange({ ...item, dueOn: e.target.value || null })} />
        <Button variant="tertiary" data-color="danger" onClick={onRemove} aria-label={t('actionItems.removeItem', { n })}>
          {t('actionItems.remove')}
        </Button>
      </div>
    </Fieldset>
  );
}
