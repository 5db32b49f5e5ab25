import { Field, Fieldset, Label, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listPeopleOptions } from '../../api/generated/@tanstack/react-query.gen';
import { QueryState } from '../../components/Loading';
import type { FormErrors } from '../../lib/problems';

export type PresenterMode = 'none' | 'text' | 'person';
export type Presenter = { mode: PresenterMode; text: string; personId: string };

/** "v/ Hilde Aamodt, Viken fylkeskommune": a presenter is written as free text or chosen from the people we know. */
export function PresenterFields({ value, onChange, errors, idPrefix }: {
  value: Presenter;
  onChange: (value: Presenter) => void;
  errors: FormErrors | null;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const people = useQuery({ ...listPeopleOptions(), enabled: value.mode === 'person' });
  const set = (patch: Partial<Presenter>) => onChange({ ...value, ...patch });
  return (
    <Fieldset>
      <Fieldset.Legend>{t('agenda.presenter')}</Fieldset.Legend>
      <div className="row">
        {(['none', 'text', 'person'] as const).map((mode) => (
          <Radio key={mode} name={`${idPrefix}-presenter-mode`} value={mode} label={t(`agenda.presenterMode.${mode}`)}
            checked={value.mode === mode} onChange={() => set({ mode })} />
        ))}
      </div>
      {value.mode === 'text' && (
        <Textfield label={t('agenda.presenterText')} description={t('agenda.presenterHelp')} value={value.text}
          onChange={(e) => set({ text: e.target.value })} error={errors?.fields.presenterText} />
      )}
      {value.mode === 'person' && (
        <>
          <QueryState isPending={people.isPending} error={people.error} />
          {people.data && (
            <Field>
              <Label>{t('agenda.presenterPerson')}</Label>
              <Select value={value.personId} onChange={(e) => set({ personId: e.target.value })}>
                <Select.Option value="">{t('agenda.choosePerson')}</Select.Option>
                {people.data.map((p) => (
                  <Select.Option key={p.id} value={p.id}>
                    {p.organisationName ? `${p.name}, ${p.organisationName}` : p.name}
                  </Select.Option>
                ))}
              </Select>
              {errors?.fields.presenterPersonId && <ValidationMessage>{errors.fields.presenterPersonId}</ValidationMessage>}
            </Field>
          )}
        </>
      )}
    </Fieldset>
  );
}
