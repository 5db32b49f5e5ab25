import { Button, Checkbox, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItemStatus, NamedRef } from '../../api/generated/types.gen';
import type { Filters } from './filters';

const statuses: ActionItemStatus[] = ['Open', 'Done', 'Dropped'];

/** Status, overdue only and organisation apply at once; the free text when searched for. */
export function ActionItemFilters({ filters, organisations, onChange }: { filters: Filters; organisations: NamedRef[]; onChange: (f: Filters) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q ?? '');
  return (
    <form role="search" aria-label={t('actionItems.filters')} className="row" onSubmit={(e) => {
      e.preventDefault();
      onChange({ ...filters, q: q.trim() || undefined });
    }}>
      <Field>
        <Label>{t('actionItems.status')}</Label>
        <Select value={filters.status ?? ''} onChange={(e) => onChange({ ...filters, status: (e.target.value || undefined) as ActionItemStatus | undefined })}>
          <Select.Option value="">{t('common.all')}</Select.Option>
          {statuses.map((s) => (
            <Select.Option key={s} value={s}>
              {t(`actionItemStatus.${s}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('actionItems.responsibleOrganisation')}</Label>
        <Select value={filters.organisationId ?? ''} onChange={(e) => onChange({ ...filters, organisationId: e.target.value || undefined })}>
          <Select.Option value="">{t('common.all')}</Select.Option>
          {organisations.map((o) => (
            <Select.Option key={o.id} value={o.id}>
              {o.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {/* Uncontrolled: the page remounts the filters for each new address, and the box shows its click at once rather than
          springing back until the address has changed (a browser test saw it unchecked on a loaded machine). */}
      <Checkbox label={t('actionItems.overdueOnly')} defaultChecked={!!filters.overdue}
        onChange={(e) => onChange({ ...filters, overdue: e.target.checked || undefined })} />
      <Textfield label={t('actionItems.freeText')} value={q} onChange={(e) => setQ(e.target.value)} />
      <Button type="submit" variant="secondary">
        {t('common.search')}
      </Button>
    </form>
  );
}
