import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemKind } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import type { FormErrors } from '../../lib/problems';

const kinds: AgendaItemKind[] = ['Information', 'Discussion', 'Decision'];

export type AgendaItemValues = { title: string; kind: AgendaItemKind; durationMinutes: number; presenterText: string | null; description: string | null };

export function AgendaItemForm({ onSubmit, errors, pending }: { onSubmit: (v: AgendaItemValues, reset: () => void) => void; errors: FormErrors | null; pending: boolean }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AgendaItemKind>('Information');
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        const text = (n: string) => String(data.get(n) ?? '').trim() || null;
        onSubmit(
          { title: String(data.get('title') ?? ''), kind, durationMinutes: Number(data.get('durationMinutes') || 0), presenterText: text('presenterText'), description: text('description') },
          () => form.reset(),
        );
      }}
    >
      <FormAlert errors={errors} />
      <Textfield label={t('agenda.itemTitle')} name="title" required error={errors?.fields.title} />
      <Field>
        <Label>{t('agenda.kind')}</Label>
        <Select value={kind} onChange={(e) => setKind(e.target.value as AgendaItemKind)}>
          {kinds.map((k) => (
            <Select.Option key={k} value={k}>
              {t(`agendaKind.${k}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield label={t('agenda.duration')} name="durationMinutes" type="number" inputMode="numeric" defaultValue="15" min={0} max={600}
        error={errors?.fields.durationMinutes} />
      <Textfield label={t('agenda.presenter')} description={t('agenda.presenterHelp')} name="presenterText" error={errors?.fields.presenterText} />
      <Textfield label={t('agenda.description')} name="description" multiline rows={3} error={errors?.fields.description} />
      <Button type="submit" loading={pending}>
        {t('agenda.add')}
      </Button>
    </form>
  );
}
