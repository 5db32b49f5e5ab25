import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import type { FormErrors } from '../../lib/problems';
import { fieldError } from '../../lib/problemsIn';
import { osloInput, utcFromOslo } from './hearingTime';
import type { Hearing, HearingInput } from './types';

/** Reads the form into the API's shape, or the field errors a person can fix before sending. */
export function readHearingForm(data: FormData, t: (key: string) => string): { input?: HearingInput; errors?: FormErrors } {
  const text = (n: string) => String(data.get(n) ?? '').trim();
  const fields: Record<string, string> = {};
  const title = text('title');
  if (!title) fields.title = t('hearings.form.titleRequired');
  const opensAt = utcFromOslo(text('opensAt'));
  const closesAt = utcFromOslo(text('closesAt'));
  if (!opensAt) fields.opensAt = t('hearings.form.timeRequired');
  if (!closesAt) fields.closesAt = t('hearings.form.timeRequired');
  else if (opensAt && closesAt <= opensAt) fields.closesAt = t('hearings.form.closesBeforeOpens');
  const reminderDays = text('reminderDays').split(/[,;\s]+/).filter(Boolean).map(Number);
  if (reminderDays.some((d) => !Number.isInteger(d) || d < 0)) fields.reminderDays = t('hearings.form.reminderDaysInvalid');
  if (Object.keys(fields).length > 0) return { errors: { fields, summary: t('problems.validation') } };
  return {
    input: {
      title, concerns: text('concerns') || null, description: text('description') || null, opensAt: opensAt!, closesAt: closesAt!,
      publishResponses: data.get('publishResponses') === 'on',
      sections: text('sections').split('\n').map((s) => s.trim()).filter(Boolean),
      reminderDays,
    },
  };
}

/** Title, what it concerns, description, the period in Oslo time, sections and whether answers are published. */
export function HearingForm({ hearing, submit, pending, serverErrors, submitLabel }: {
  hearing?: Hearing;
  submit: (input: HearingInput) => void;
  pending: boolean;
  serverErrors: FormErrors | null;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const [own, setOwn] = useState<FormErrors | null>(null);
  const errors = own ?? serverErrors;
  return (
    <form className="form" noValidate onSubmit={(e) => {
      e.preventDefault();
      const { input, errors: invalid } = readHearingForm(new FormData(e.currentTarget), t);
      setOwn(invalid ?? null);
      if (input) submit(input);
    }}>
      <FormAlert errors={errors} />
      <Textfield label={t('hearings.form.title')} name="title" defaultValue={hearing?.title} required error={fieldError(errors, 'title')} />
      <Textfield label={t('hearings.form.concerns')} description={t('hearings.form.concernsHelp')} name="concerns"
        defaultValue={hearing?.concerns ?? ''} error={fieldError(errors, 'concerns')} />
      <Textfield label={t('hearings.form.description')} description={t('hearings.form.descriptionHelp')} name="description" multiline rows={5}
        defaultValue={hearing?.description ?? ''} error={fieldError(errors, 'description')} />
      <div className="row">
        <Textfield label={t('hearings.form.opensAt')} name="opensAt" type="datetime-local" defaultValue={osloInput(hearing?.opensAt)}
          required error={fieldError(errors, 'opensAt')} />
        <Textfield label={t('hearings.form.closesAt')} name="closesAt" type="datetime-local" defaultValue={osloInput(hearing?.closesAt)}
          required error={fieldError(errors, 'closesAt')} />
      </div>
      <Textfield label={t('hearings.form.sections')} description={t('hearings.form.sectionsHelp')} name="sections" multiline rows={4}
        defaultValue={hearing?.sections.map((s) => s.title).join('\n') ?? ''} error={fieldError(errors, 'sections')} />
      <Textfield label={t('hearings.form.reminderDays')} description={t('hearings.form.reminderDaysHelp')} name="reminderDays"
        defaultValue={(hearing?.reminderDays ?? [7, 2]).join(', ')} error={fieldError(errors, 'reminderDays')} />
      <Checkbox label={t('hearings.form.publishResponses')} description={t('hearings.form.publishResponsesHelp')} name="publishResponses"
        defaultChecked={hearing?.publishResponses ?? true} />
      <Button type="submit" loading={pending}>{submitLabel}</Button>
    </form>
  );
}
