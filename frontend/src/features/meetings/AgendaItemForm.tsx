import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemDto, AgendaItemInput, AgendaItemKind } from '../../api/generated/types.gen';
import { FormAlert } from '../../components/FormAlert';
import type { FormErrors } from '../../lib/problems';
import { type Presenter, PresenterFields } from './PresenterFields';

const kinds: AgendaItemKind[] = ['Information', 'Discussion', 'Decision'];

function presenterOf(item: AgendaItemDto | undefined): Presenter {
  if (item?.presenter) return { mode: 'person', text: '', personId: item.presenter.id };
  if (item?.presenterText) return { mode: 'text', text: item.presenterText, personId: '' };
  return { mode: 'none', text: '', personId: '' };
}

/** A new agenda item, or an existing one changed: title, kind, presenter, duration and a description in markdown. */
export function AgendaItemForm({ item, onSubmit, onCancel, errors, pending }: {
  item?: AgendaItemDto;
  onSubmit: (v: AgendaItemInput, reset: () => void) => void;
  onCancel?: () => void;
  errors: FormErrors | null;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<AgendaItemKind>(item?.kind ?? 'Information');
  const [presenter, setPresenter] = useState<Presenter>(() => presenterOf(item));
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
          {
            title: String(data.get('title') ?? ''),
            kind,
            durationMinutes: Number(data.get('durationMinutes') || 0),
            presenterText: presenter.mode === 'text' ? presenter.text.trim() || null : null,
            presenterPersonId: presenter.mode === 'person' ? presenter.personId || null : null,
            description: text('description'),
          },
          () => {
            form.reset();
            setKind('Information');
            setPresenter(presenterOf(undefined));
          },
        );
      }}
    >
      <FormAlert errors={errors} />
      <Textfield label={t('agenda.itemTitle')} name="title" defaultValue={item?.title} required error={errors?.fields.title} />
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
      <Textfield label={t('agenda.duration')} name="durationMinutes" type="number" inputMode="numeric" defaultValue={String(item?.durationMinutes ?? 15)}
        min={0} max={600} error={errors?.fields.durationMinutes} />
      <PresenterFields value={presenter} onChange={setPresenter} errors={errors} idPrefix={id} />
      <Textfield label={t('agenda.description')} description={t('agenda.descriptionHelp')} name="description" multiline rows={4}
        defaultValue={item?.description ?? ''} error={errors?.fields.description} />
      <div className="row">
        <Button type="submit" loading={pending}>
          {item ? t('agenda.saveItem') : t('agenda.add')}
        </Button>
        {onCancel && (
          <Button variant="tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
