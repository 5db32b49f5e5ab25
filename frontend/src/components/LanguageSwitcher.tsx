import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { type Language, languages, setLanguage } from '../lib/i18n';

const names: Record<Language, string> = { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', en: 'English' };

/** `hideLabel`: in the header, where the choices name themselves, the label is for screen readers only. */
export function LanguageSwitcher({ hideLabel = false }: { hideLabel?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Field data-size="sm">
      <Label className={hideLabel ? 'ds-sr-only' : undefined}>{t('layout.language')}</Label>
      <Select value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {languages.map((l) => (
          <Select.Option key={l} value={l} lang={l}>
            {names[l]}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
