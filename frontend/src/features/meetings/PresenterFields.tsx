import { Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PersonSelect } from '../../components/PersonSelect';
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
        <PersonSelect label={t('agenda.presenterPerson')} noneLabel={t('agenda.choosePerson')} value={value.personId}
          describe={(p) => (p.organisationName ? `${p.name}, ${p.organisationName}` : p.name)} error={errors?.fields.presenterPersonId}
          onChange={(personId) => set({ personId })} />
      )}
    </Fieldset>
  );
}
